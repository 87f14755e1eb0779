import { OrganizationKind, ProjectVisibility } from '../src/shared/enums';
import { seedDemoData } from '../src/seed/seed';
import { makeAdmin, makeOrganization, makeProject, makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/**
 * Feasibility assessments: a versioned rubric stored as data; verified foundations (and admins, as the platform)
 * score published projects against it; the scores stay between the project's maintainers, the assessing
 * organisation and admins, and only an aggregate becomes public, and only once the maintainers opt in.
 */

let server: TestServer;
let criteria: Array<{ key: string; maxScore: number; descriptionZh: string; descriptionEn: string }>;

const RUBRIC = `query($version: Int) { assessmentRubric(version: $version) {
  version current maximum changeNote
  criteria { key position rubricVersion titleZh titleEn descriptionZh descriptionEn maxScore } } }`;
const ASSESSMENT_FIELDS = `id rubricVersion recommendation summary total maximum current createdAt supersededAt
  organization { id } assessor { id } project { id }
  scores { criterionKey score note criterion { key maxScore } }`;
const SUBMIT = `mutation($input: SubmitAssessmentInput!) {
  submitAssessment(input: $input) { assessment { ${ASSESSMENT_FIELDS} } } }`;
const SET_VISIBILITY = `mutation($input: SetAssessmentVisibilityInput!) {
  setAssessmentVisibility(input: $input) { project { id assessmentSummaryPublic } } }`;
const PROJECT_VIEW = `query($slug: String!, $history: Boolean) { project(slug: $slug) {
  assessments(includeSuperseded: $history) { ${ASSESSMENT_FIELDS} }
  assessmentSummaryPublic
  assessmentSummary { rubricVersion assessmentCount maximum averageTotal
    criteria { criterion { key } averageScore } recommendations { recommendation count } }
  readiness { rubricVersion assessmentCount doneCount
    items { criterion { key } latestScores done nextStepZh nextStepEn } } } }`;

beforeAll(async () => {
  server = await startTestServer();
  criteria = ok<any>(await server.gql(RUBRIC)).assessmentRubric.criteria;
});
afterAll(() => server.close());

type Token = string | undefined;

/** A score for every criterion: `scoreOf(key, index)`, 2 by default. */
const allScores = (scoreOf: (key: string, index: number) => number = () => 2, note = (key: string) => `note ${key}`) =>
  criteria.map(({ key }, index) => ({ criterion: key, score: scoreOf(key, index), note: note(key) }));

async function foundation(options: { verified?: boolean; kind?: OrganizationKind } = {}) {
  const db = server.dataSource;
  const assessor = await makeUser(db);
  const organization = await makeOrganization(db, {
    kind: options.kind ?? OrganizationKind.FOUNDATION,
    verified: options.verified ?? true,
    members: [assessor.user],
  });
  return { assessor, organization };
}

async function scene() {
  const db = server.dataSource;
  const [maintainer, stranger, admin] = await Promise.all([makeUser(db), makeUser(db), makeAdmin(db)]);
  const project = await makeProject(db, { maintainers: [maintainer.user] });
  return { maintainer, stranger, admin, project, a: await foundation(), b: await foundation() };
}

const submit = (token: Token, input: Record<string, unknown>) => server.gql(SUBMIT, { input }, { token });

async function submitOk(token: Token, input: Record<string, unknown>) {
  return ok<any>(await submit(token, { recommendation: 'INCUBATE', scores: allScores(), ...input })).submitAssessment
    .assessment;
}

async function view(token: Token, project: { slug: string }, history = false) {
  return ok<any>(await server.gql(PROJECT_VIEW, { slug: project.slug, history }, { token })).project;
}

async function assessmentRows() {
  const [row] = await server.dataSource.query('SELECT count(*)::int AS n FROM assessments');
  return row.n as number;
}

describe('the rubric', () => {
  test('version 1 is stored as data: ten criteria in order, described in both languages, each scored 0–3', async () => {
    const rubric = ok<any>(await server.gql(RUBRIC)).assessmentRubric;
    expect(rubric).toMatchObject({ version: 1, current: true, maximum: 30 });
    expect(rubric.criteria.map((c: any) => c.key)).toEqual([
      'beneficiary_need_validated',
      'beneficiaries_involved',
      'open_license',
      'documentation',
      'privacy_do_no_harm',
      'technical_feasibility',
      'maintainer_capacity',
      'sustainability_plan',
      'contribution_friendliness',
      'measurable_impact',
    ]);
    rubric.criteria.forEach((criterion: any, index: number) => {
      expect(criterion).toMatchObject({ position: index + 1, rubricVersion: 1, maxScore: 3 });
      expect(criterion.titleZh).toMatch(/[\u4e00-\u9fff]/);
      expect(criterion.descriptionZh).toMatch(/[\u4e00-\u9fff]/);
      expect(criterion.titleEn).toMatch(/^[A-Z]/);
      expect(criterion.descriptionEn.length).toBeGreaterThan(60);
    });
    // The rows are the source: the query reads what the migration inserted.
    const [{ n }] = await server.dataSource.query(
      'SELECT count(*)::int AS n FROM assessment_criteria WHERE rubric_version = 1',
    );
    expect(n).toBe(10);
  });

  test('a version asked for by number; an unknown version is null', async () => {
    expect(ok<any>(await server.gql(RUBRIC, { version: 1 })).assessmentRubric.version).toBe(1);
    expect(ok<any>(await server.gql(RUBRIC, { version: 99 })).assessmentRubric).toBeNull();
  });
});

describe('submitAssessment', () => {
  test('a verified foundation member scores a published project; totals are computed and the version recorded', async () => {
    const { project, a } = await scene();
    const assessment = await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores((_key, i) => i % 4), // 0,1,2,3,0,1,2,3,0,1 → 13
      recommendation: 'SUPPORT',
      summary: '  需求清晰，建议补充可持续计划。  ',
    });
    expect(assessment).toMatchObject({
      rubricVersion: 1,
      recommendation: 'SUPPORT',
      summary: '需求清晰，建议补充可持续计划。',
      total: 13,
      maximum: 30,
      current: true,
      supersededAt: null,
      organization: { id: a.organization.id },
      assessor: { id: a.assessor.user.id },
      project: { id: project.id },
    });
    expect(assessment.scores.map((s: any) => [s.criterionKey, s.score, s.criterion.maxScore])).toEqual(
      criteria.map(({ key }, i) => [key, i % 4, 3]),
    );
    const [row] = await server.dataSource.query(
      `SELECT a.total, a.maximum, a.rubric_version, (SELECT sum(score)::int FROM assessment_scores WHERE assessment_id = a.id) AS sum
       FROM assessments a WHERE a.id = $1`,
      [assessment.id],
    );
    expect(row).toEqual({ total: 13, maximum: 30, rubric_version: 1, sum: 13 });
    const [activity] = await server.dataSource.query(
      `SELECT verb, actor_user_id, data FROM activities WHERE subject_type = 'assessment' AND subject_id = $1`,
      [assessment.id],
    );
    expect(activity).toMatchObject({
      verb: 'assessment.submitted',
      actor_user_id: a.assessor.user.id,
      data: { projectId: project.id, rubricVersion: 1, total: 13, maximum: 30, recommendation: 'SUPPORT' },
    });
  });

  test('an admin assesses as the platform by leaving the organisation out', async () => {
    const { project, admin } = await scene();
    const assessment = await submitOk(admin.token, { projectId: project.id, rubricVersion: 1 });
    expect(assessment).toMatchObject({ organization: null, total: 20, maximum: 30, rubricVersion: 1 });
  });

  test.each([
    ['a missing criterion', () => allScores().slice(1), 'scores'],
    ['a criterion scored twice', () => [...allScores(), allScores()[3]], 'scores.10.criterion'],
    [
      'an unknown criterion',
      () => [...allScores().slice(0, 9), { criterion: 'vibes', score: 3 }],
      'scores.9.criterion',
    ],
    ['a score of 4', () => allScores((_k, i) => (i === 2 ? 4 : 2)), 'scores.2.score'],
    ['a negative score', () => allScores((_k, i) => (i === 0 ? -1 : 2)), 'scores.0.score'],
    ['no scores at all', () => [], 'scores'],
  ])('%s is refused with BAD_USER_INPUT naming the field, and nothing is written', async (_name, scores, field) => {
    const { project, a } = await scene();
    const before = await databaseFingerprint(server.dataSource);
    const error = failure(
      await submit(a.assessor.token, {
        projectId: project.id,
        organizationId: a.organization.id,
        recommendation: 'NOT_YET',
        scores: scores(),
      }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('the missing criteria are named', async () => {
    const { project, a } = await scene();
    const error = failure(
      await submit(a.assessor.token, {
        projectId: project.id,
        organizationId: a.organization.id,
        recommendation: 'NOT_YET',
        scores: allScores().filter((s) => s.criterion !== 'open_license' && s.criterion !== 'documentation'),
      }),
    );
    expect(error.extensions.missing).toEqual(['open_license', 'documentation']);
  });

  test('an unknown rubric version and an unknown recommendation are bad input', async () => {
    const { project, a } = await scene();
    const input = { projectId: project.id, organizationId: a.organization.id, scores: allScores() };
    expect(
      failure(await submit(a.assessor.token, { ...input, recommendation: 'INCUBATE', rubricVersion: 7 })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rubricVersion' });
    expect(failure(await submit(a.assessor.token, { ...input, recommendation: 'MAYBE' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'recommendation',
    });
  });

  test.each([
    ['an unverified foundation', { verified: false }],
    ['a company, however verified', { kind: OrganizationKind.COMPANY }],
    ['a community', { kind: OrganizationKind.COMMUNITY }],
  ])('a member of %s may not assess: FORBIDDEN, nothing written', async (_name, options) => {
    const { project } = await scene();
    const { assessor, organization } = await foundation(options);
    const before = await assessmentRows();
    const error = failure(
      await submit(assessor.token, {
        projectId: project.id,
        organizationId: organization.id,
        recommendation: 'INCUBATE',
        scores: allScores(),
      }),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect(await assessmentRows()).toBe(before);
  });

  test('only members sign for a foundation; anyone else is refused, admins included', async () => {
    const { project, a, b, stranger, admin } = await scene();
    const input = {
      projectId: project.id,
      organizationId: a.organization.id,
      recommendation: 'INCUBATE',
      scores: allScores(),
    };
    for (const token of [b.assessor.token, stranger.token, admin.token]) {
      expect(failure(await submit(token, input)).extensions.code).toBe('FORBIDDEN');
    }
    expect(failure(await submit(undefined, input)).extensions.code).toBe('UNAUTHENTICATED');
  });

  test('leaving the organisation out: a foundation member must name it, anyone else is refused', async () => {
    const { project, a, stranger } = await scene();
    const input = { projectId: project.id, recommendation: 'INCUBATE', scores: allScores() };
    expect(failure(await submit(a.assessor.token, input)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organizationId',
    });
    expect(failure(await submit(stranger.token, input)).extensions.code).toBe('FORBIDDEN');
  });

  test('maintainers do not assess their own project, even for a foundation they belong to', async () => {
    const { project, maintainer } = await scene();
    const organization = await makeOrganization(server.dataSource, {
      kind: OrganizationKind.FOUNDATION,
      verified: true,
      members: [maintainer.user],
    });
    const error = failure(
      await submit(maintainer.token, {
        projectId: project.id,
        organizationId: organization.id,
        recommendation: 'INCUBATE',
        scores: allScores(),
      }),
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  test('only published projects are assessed: a draft is hidden from a foundation, and a conflict for an admin', async () => {
    const { a, admin, maintainer } = await scene();
    const draft = await makeProject(server.dataSource, {
      maintainers: [maintainer.user],
      visibility: ProjectVisibility.DRAFT,
    });
    const input = { projectId: draft.id, recommendation: 'INCUBATE', scores: allScores() };
    expect(
      failure(await submit(a.assessor.token, { ...input, organizationId: a.organization.id })).extensions,
    ).toMatchObject({
      code: 'NOT_FOUND',
      field: 'projectId',
    });
    expect(failure(await submit(admin.token, input)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NOT_PUBLISHED',
      field: 'projectId',
    });
  });

  test('resubmitting replaces the current assessment and keeps the earlier one, dated, as history', async () => {
    const { project, maintainer, a, b } = await scene();
    const first = await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores(() => 1),
      recommendation: 'NOT_YET',
    });
    const other = await submitOk(b.assessor.token, { projectId: project.id, organizationId: b.organization.id });
    const second = await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores(() => 3),
      recommendation: 'INCUBATE',
    });
    expect(second.id).not.toBe(first.id);

    const current = (await view(maintainer.token, project)).assessments;
    expect(current.map((x: any) => x.id).sort()).toEqual([second.id, other.id].sort());
    const history = (await view(maintainer.token, project, true)).assessments;
    expect(history.map((x: any) => x.id)).toEqual([second.id, other.id, first.id]);
    const superseded = history.find((x: any) => x.id === first.id);
    expect(superseded).toMatchObject({ current: false, total: 10, recommendation: 'NOT_YET' });
    expect(new Date(superseded.supersededAt).getTime()).toBeGreaterThanOrEqual(new Date(first.createdAt).getTime());
  });

  test('ten resubmissions at once by the same foundation leave exactly one current assessment', async () => {
    const { project, a } = await scene();
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        submit(a.assessor.token, {
          projectId: project.id,
          organizationId: a.organization.id,
          recommendation: 'SUPPORT',
          scores: allScores(() => i % 4),
        }),
      ),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const [row] = await server.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE superseded_at IS NULL)::int AS current
       FROM assessments WHERE project_id = $1`,
      [project.id],
    );
    expect(row).toEqual({ total: 10, current: 1 });
  });
});

test("a foundation's WRITE API key assesses in its name (a partner's own tools); a READ key may not", async () => {
  const { project, maintainer } = await scene();
  const owner = await makeUser(server.dataSource);
  const organization = await makeOrganization(server.dataSource, {
    kind: OrganizationKind.FOUNDATION,
    verified: true,
    owner: owner.user,
  });
  const key = async (scopes: string[]) =>
    ok<any>(
      await server.gql(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
        { input: { organizationId: organization.id, name: `Assessments ${scopes.join('+')}`, scopes } },
        { token: owner.token },
      ),
    ).createApiKey.secret as string;
  const input = { projectId: project.id, organizationId: organization.id, recommendation: 'SUPPORT' };
  expect(failure(await submit(await key(['READ']), { ...input, scores: allScores() })).extensions.code).toBe(
    'FORBIDDEN',
  );
  const assessment = await submitOk(await key(['READ', 'WRITE']), input);
  expect(assessment).toMatchObject({ organization: { id: organization.id }, total: 20 });
  // The maintainers read it like any other.
  expect((await view(maintainer.token, project)).assessments.map((a: any) => a.id)).toEqual([assessment.id]);
});

describe('who sees assessments', () => {
  test('maintainers and admins see every current assessment with its notes; a foundation only its own; others nothing', async () => {
    const { project, maintainer, stranger, admin, a, b } = await scene();
    const fromA = await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores(undefined, (key) => `A 的私密备注 ${key}`),
      summary: 'A 的私密总结',
    });
    const fromB = await submitOk(b.assessor.token, { projectId: project.id, organizationId: b.organization.id });
    const third = await foundation(); // a foundation that has not assessed this project

    const ids = async (token: Token) => (await view(token, project)).assessments.map((x: any) => x.id).sort();
    expect(await ids(maintainer.token)).toEqual([fromA.id, fromB.id].sort());
    expect(await ids(admin.token)).toEqual([fromA.id, fromB.id].sort());
    expect(await ids(a.assessor.token)).toEqual([fromA.id]);
    expect(await ids(b.assessor.token)).toEqual([fromB.id]);
    expect(await ids(third.assessor.token)).toEqual([]);
    expect(await ids(stranger.token)).toEqual([]);
    expect(await ids(undefined)).toEqual([]);

    // The notes travel with the assessment, to the same people only.
    const seenByMaintainer = (await view(maintainer.token, project)).assessments.find((x: any) => x.id === fromA.id);
    expect(seenByMaintainer.scores[0].note).toBe(`A 的私密备注 ${criteria[0].key}`);
    for (const token of [undefined, stranger.token, b.assessor.token, third.assessor.token]) {
      const body = JSON.stringify(await view(token, project, true));
      expect(body).not.toContain('私密');
    }
  });
});

describe('the public summary', () => {
  test('absent until the maintainers opt in, then aggregates exactly what the current rows hold — no notes, no names', async () => {
    const { project, maintainer, stranger, a, b, admin } = await scene();
    await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores(() => 0),
      recommendation: 'NOT_YET',
    }); // superseded below: must not count
    await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores(
        (_k, i) => i % 4,
        (key) => `secret-a-${key}`,
      ),
      recommendation: 'INCUBATE',
      summary: 'secret summary A',
    });
    await submitOk(b.assessor.token, {
      projectId: project.id,
      organizationId: b.organization.id,
      scores: allScores((_k, i) => 3 - (i % 3)),
      recommendation: 'SUPPORT',
    });
    await submitOk(admin.token, { projectId: project.id, scores: allScores(() => 2), recommendation: 'INCUBATE' });

    for (const token of [undefined, stranger.token, maintainer.token, a.assessor.token]) {
      const seen = await view(token, project);
      expect(seen.assessmentSummaryPublic).toBe(false);
      expect(seen.assessmentSummary).toBeNull();
    }

    const switched = ok<any>(
      await server.gql(
        SET_VISIBILITY,
        { input: { projectId: project.id, summaryPublic: true } },
        { token: maintainer.token },
      ),
    ).setAssessmentVisibility.project;
    expect(switched.assessmentSummaryPublic).toBe(true);

    const summary = (await view(undefined, project)).assessmentSummary;
    const rows: Array<{ criterion_key: string; average: string }> = await server.dataSource.query(
      `SELECT s.criterion_key, avg(s.score) AS average FROM assessment_scores s JOIN assessments x ON x.id = s.assessment_id
       WHERE x.project_id = $1 AND x.superseded_at IS NULL GROUP BY s.criterion_key`,
      [project.id],
    );
    const expected = new Map(rows.map((r) => [r.criterion_key, Math.round(Number(r.average) * 100) / 100]));
    expect(summary.assessmentCount).toBe(3);
    expect(summary.maximum).toBe(30);
    expect(summary.criteria.map((c: any) => c.criterion.key)).toEqual(criteria.map((c) => c.key));
    for (const { criterion, averageScore } of summary.criteria) expect(averageScore).toBe(expected.get(criterion.key));
    // By hand for the first criterion: A 0, B 3, platform 2.
    expect(summary.criteria[0].averageScore).toBe(1.67);
    const [{ average_total }] = await server.dataSource.query(
      'SELECT round(avg(total), 2)::float AS average_total FROM assessments WHERE project_id = $1 AND superseded_at IS NULL',
      [project.id],
    );
    expect(summary.averageTotal).toBe(average_total);
    expect(summary.recommendations).toEqual([
      { recommendation: 'INCUBATE', count: 2 },
      { recommendation: 'SUPPORT', count: 1 },
      { recommendation: 'NOT_YET', count: 0 },
    ]);

    // Public now, to anyone — yet the assessments themselves and their notes stay private.
    const anonymous = await view(undefined, project, true);
    expect(anonymous.assessments).toEqual([]);
    const body = JSON.stringify(anonymous);
    expect(body).not.toContain('secret');
    expect(body).not.toContain(a.organization.id);
    expect(body).not.toContain(a.assessor.user.id);

    // Switched off again: gone.
    ok(
      await server.gql(
        SET_VISIBILITY,
        { input: { projectId: project.id, summaryPublic: false } },
        { token: maintainer.token },
      ),
    );
    expect((await view(undefined, project)).assessmentSummary).toBeNull();
  });

  test('with no assessment yet, an opted-in summary says so: count 0, no averages', async () => {
    const { project, maintainer } = await scene();
    ok(
      await server.gql(
        SET_VISIBILITY,
        { input: { projectId: project.id, summaryPublic: true } },
        { token: maintainer.token },
      ),
    );
    const summary = (await view(undefined, project)).assessmentSummary;
    expect(summary).toMatchObject({ assessmentCount: 0, averageTotal: null, maximum: 30 });
    expect(summary.criteria.every((c: any) => c.averageScore === null)).toBe(true);
  });

  test('only maintainers opt in; an admin may only opt out; switching records activity once', async () => {
    const { project, maintainer, stranger, admin, a } = await scene();
    const set = (token: Token, summaryPublic: boolean) =>
      server.gql(SET_VISIBILITY, { input: { projectId: project.id, summaryPublic } }, { token });
    expect(failure(await set(undefined, true)).extensions.code).toBe('UNAUTHENTICATED');
    for (const token of [stranger.token, a.assessor.token, admin.token]) {
      expect(failure(await set(token, true)).extensions.code).toBe('FORBIDDEN');
    }
    ok(await set(maintainer.token, true));
    ok(await set(maintainer.token, true)); // no change, no second record
    ok(await set(admin.token, false));
    const verbs = await server.dataSource.query(
      `SELECT verb FROM activities WHERE subject_type = 'project' AND subject_id = $1 ORDER BY id`,
      [project.id],
    );
    expect(verbs.map((v: any) => v.verb)).toEqual([
      'project.assessment_summary_published',
      'project.assessment_summary_hidden',
    ]);
  });
});

describe('readiness', () => {
  test('maintainers see each criterion with its latest scores: done at 2 or more from everyone, else a next step', async () => {
    const { project, maintainer, stranger, admin, a, b } = await scene();
    // A: documentation 1; B: documentation 3, open_license 1; both 2 elsewhere except measurable_impact from B 2.
    await submitOk(a.assessor.token, {
      projectId: project.id,
      organizationId: a.organization.id,
      scores: allScores((key) => (key === 'documentation' ? 1 : 2)),
    });
    await submitOk(b.assessor.token, {
      projectId: project.id,
      organizationId: b.organization.id,
      scores: allScores((key) => (key === 'documentation' ? 3 : key === 'open_license' ? 1 : 3)),
    });
    const readiness = (await view(maintainer.token, project)).readiness;
    expect(readiness).toMatchObject({ rubricVersion: 1, assessmentCount: 2, doneCount: 8 });
    const item = (key: string) => readiness.items.find((i: any) => i.criterion.key === key);
    const describe = (key: string) => criteria.find((c) => c.key === key)!;
    expect(item('documentation')).toEqual({
      criterion: { key: 'documentation' },
      latestScores: [3, 1], // newest first: B, then A
      done: false,
      nextStepZh: describe('documentation').descriptionZh,
      nextStepEn: describe('documentation').descriptionEn,
    });
    expect(item('open_license')).toMatchObject({ latestScores: [1, 2], done: false });
    expect(item('technical_feasibility')).toEqual({
      criterion: { key: 'technical_feasibility' },
      latestScores: [3, 2],
      done: true,
      nextStepZh: null,
      nextStepEn: null,
    });

    for (const token of [undefined, stranger.token, a.assessor.token, admin.token]) {
      expect((await view(token, project)).readiness).toBeNull();
    }
  });

  test('before any assessment every criterion is a next step', async () => {
    const { project, maintainer } = await scene();
    const readiness = (await view(maintainer.token, project)).readiness;
    expect(readiness).toMatchObject({ assessmentCount: 0, doneCount: 0 });
    expect(readiness.items).toHaveLength(10);
    expect(
      readiness.items.every((i: any) => !i.done && i.latestScores.length === 0 && i.nextStepZh && i.nextStepEn),
    ).toBe(true);
  });
});

test('a page of projects with their summaries and assessments costs a bounded number of statements', async () => {
  const db = server.dataSource;
  const admin = await makeAdmin(db);
  const organization = await makeOrganization(db);
  const QUERY = `query($org: ID!, $first: Int) { projects(first: $first, filter: { organizationId: $org }) { edges { node {
    assessmentSummaryPublic assessmentSummary { averageTotal criteria { averageScore } }
    assessments { total scores { score criterion { key } } organization { id } } } } } }`;
  async function statementsFor(count: number) {
    for (let i = 0; i < count; i++) {
      const project = await makeProject(db, { organization });
      await submitOk(admin.token, { projectId: project.id });
      await db.query('INSERT INTO project_assessment_settings (project_id, summary_public) VALUES ($1, true)', [
        project.id,
      ]);
    }
    server.statements.reset();
    ok(await server.gql(QUERY, { org: organization.id, first: 50 }, { token: admin.token }));
    return server.statements.statements.length;
  }
  const few = await statementsFor(2);
  const many = await statementsFor(10);
  expect(many).toBe(few);
});

test('the demo data: two foundations assessed 云标签, whose maintainers published the summary; NVDA’s stays private', async () => {
  const seeded = await startTestServer();
  try {
    const logger = { info: () => undefined };
    await seedDemoData(seeded.dataSource, logger);
    await seedDemoData(seeded.dataSource, logger); // idempotent: nothing doubles
    const QUERY = `query($slug: String!) { project(slug: $slug) { assessmentSummary { assessmentCount averageTotal
      recommendations { recommendation count } } assessments { id } } }`;
    const yunbiaoqian = ok<any>(await seeded.gql(QUERY, { slug: 'yunbiaoqian' })).project;
    expect(yunbiaoqian.assessmentSummary).toMatchObject({
      assessmentCount: 2,
      averageTotal: 22,
      recommendations: [
        { recommendation: 'INCUBATE', count: 1 },
        { recommendation: 'SUPPORT', count: 1 },
        { recommendation: 'NOT_YET', count: 0 },
      ],
    });
    expect(yunbiaoqian.assessments).toEqual([]);
    expect(ok<any>(await seeded.gql(QUERY, { slug: 'nvda' })).project.assessmentSummary).toBeNull();
  } finally {
    await seeded.close();
  }
});
