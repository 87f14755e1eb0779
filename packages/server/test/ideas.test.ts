import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import { demoIdeas } from '../src/seed/demo-ideas';
import { seedDemoData } from '../src/seed/seed';
import { CauseArea, IdeaInterestRole, ProjectStage, ProjectVisibility } from '../src/shared/enums';
import { makeAdmin, makeIdea, makeIdeaInterest, makeProject, makeUser, type TestUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/**
 * Ideas from the people served: anyone signed in proposes a need of their own community (a public project at stage
 * IDEA), others join it as volunteer, maintainer or beneficiary, the proposer sees who joined (nobody else does),
 * and someone who offered to maintain it takes it up as a project.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PROJECT_FIELDS = `id slug name summary description beneficiaries stage visibility causeAreas
  proposedBy { id displayName email } maintainers { id displayName }
  interestCounts { volunteer maintainer beneficiary total }
  interests { id role note user { id displayName email } }
  viewerInterests { role note } viewerCanTakeUp`;
const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { project { ${PROJECT_FIELDS} } } }`;
const EXPRESS = `mutation($input: ExpressInterestInput!) {
  expressInterest(input: $input) { interest { id role note updatedAt user { id } } project { ${PROJECT_FIELDS} } } }`;
const WITHDRAW = `mutation($input: WithdrawInterestInput!) {
  withdrawInterest(input: $input) { withdrawnInterestId project { ${PROJECT_FIELDS} } } }`;
const TAKE_UP = `mutation($input: TakeUpIdeaInput!) { takeUpIdea(input: $input) { project { ${PROJECT_FIELDS} } } }`;
const HIDE = `mutation($input: HideIdeaInput!) { hideIdea(input: $input) { project { id visibility } } }`;
const PROJECT = `query($slug: String!) { project(slug: $slug) { ${PROJECT_FIELDS} } }`;
const IDEAS = `query($filter: IdeaFilter, $orderBy: IdeaOrder, $first: Int, $after: String) {
  ideas(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug name stage interestCounts { total } proposedBy { displayName } } } } }`;

type Token = string | undefined;

const goodIdea = (overrides: Record<string, unknown> = {}) => ({
  name: '手语翻译小助手',
  summary: '聋人朋友去医院看病时，能随时找到手语翻译志愿者。',
  need: '## 我们的需要\n\n我们是一群聋人朋友。去医院、银行办事时常常沟通不畅，希望有一个工具帮我们预约手语翻译志愿者。',
  causeAreas: [CauseArea.ACCESSIBILITY, CauseArea.PUBLIC_HEALTH],
  beneficiaries: '聋人和听障朋友',
  ...overrides,
});

async function propose(token: Token, input: Record<string, unknown> = goodIdea()) {
  return ok<any>(await server.gql(PROPOSE, { input }, { token })).proposeIdea.project;
}

const express = (token: Token, projectId: string, as: IdeaInterestRole, note?: string | null) =>
  server.gql<any>(EXPRESS, { input: { projectId, as, ...(note === undefined ? {} : { note }) } }, { token });

const withdraw = (token: Token, projectId: string, as: IdeaInterestRole) =>
  server.gql<any>(WITHDRAW, { input: { projectId, as } }, { token });

const takeUp = (token: Token, projectId: string) => server.gql<any>(TAKE_UP, { input: { projectId } }, { token });

async function projectAs(token: Token, slug: string) {
  return ok<any>(await server.gql(PROJECT, { slug }, { token })).project;
}

async function activities(projectId: string): Promise<string[]> {
  const rows: { verb: string }[] = await server.dataSource.query(
    'SELECT verb FROM activities WHERE subject_id = $1 ORDER BY id',
    [projectId],
  );
  return rows.map((row) => row.verb);
}

async function listIdeas(variables: Record<string, unknown>, token?: Token) {
  return ok<any>(await server.gql(IDEAS, variables, { token })).ideas;
}

/** A word no other test's ideas contain, so a search isolates one test's ideas in the shared database. */
const marker = () => `mark${randomBytes(4).toString('hex')}`;

describe('proposeIdea', () => {
  test('anyone signed in proposes a public idea; they are recorded as proposer, not made a maintainer', async () => {
    const { user, token } = await makeUser(server.dataSource, { displayName: '小林（聋人社群）' });
    const idea = await propose(token);
    expect(idea).toMatchObject({
      name: '手语翻译小助手',
      stage: ProjectStage.IDEA,
      visibility: ProjectVisibility.PUBLISHED,
      description: goodIdea().need,
      beneficiaries: '聋人和听障朋友',
      causeAreas: [CauseArea.ACCESSIBILITY, CauseArea.PUBLIC_HEALTH],
      proposedBy: { id: user.id, displayName: '小林（聋人社群）', email: user.email },
      maintainers: [],
      interestCounts: { volunteer: 0, maintainer: 0, beneficiary: 0, total: 0 },
      interests: [],
      viewerInterests: [],
      viewerCanTakeUp: true,
    });
    // A Chinese name has no Latin letters for a slug: a readable fallback with a random suffix.
    expect(idea.slug).toMatch(/^idea-[0-9a-f]{6}$/);
    expect(await activities(idea.id)).toEqual(['idea.proposed']);

    // Public at once: anonymous readers find it, and see the proposer's display name only.
    const seen = await projectAs(undefined, idea.slug);
    expect(seen.proposedBy).toEqual({ id: user.id, displayName: '小林（聋人社群）', email: null });
    expect(seen.interests).toBeNull();
  });

  test('a slug is made from a Latin name, or taken as given', async () => {
    const { token } = await makeUser(server.dataSource);
    expect((await propose(token, goodIdea({ name: 'Sign Language Helper!' }))).slug).toMatch(
      /^sign-language-helper-[0-9a-f]{6}$/,
    );
    const slug = `sign-helper-${marker()}`;
    expect((await propose(token, goodIdea({ slug }))).slug).toBe(slug);
  });

  test.each([
    ['a blank need', { need: '   ' }, 'need'],
    ['no cause', { causeAreas: [] }, 'causeAreas'],
    ['a repeated cause', { causeAreas: [CauseArea.ELDERLY_CARE, CauseArea.ELDERLY_CARE] }, 'causeAreas'],
    ['a blank name', { name: '' }, 'name'],
    ['a summary that is too long', { summary: 'x'.repeat(281) }, 'summary'],
    ['blank beneficiaries', { beneficiaries: ' ' }, 'beneficiaries'],
    ['a bad slug', { slug: 'Not A Slug' }, 'slug'],
    ['an unknown cause', { causeAreas: ['SPACE_TRAVEL'] }, 'causeAreas'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, overrides, field) => {
    const { token } = await makeUser(server.dataSource);
    const before = await databaseFingerprint(server.dataSource);
    const error = failure(await server.gql(PROPOSE, { input: goodIdea(overrides) }, { token }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.field).toBe(field);
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('a taken slug is a CONFLICT on slug; signed out is UNAUTHENTICATED', async () => {
    const { token } = await makeUser(server.dataSource);
    const taken = await makeProject(server.dataSource);
    const conflict = failure(await server.gql(PROPOSE, { input: goodIdea({ slug: taken.slug }) }, { token }));
    expect(conflict.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const anonymous = failure(await server.gql(PROPOSE, { input: goodIdea() }));
    expect(anonymous.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('expressInterest and withdrawInterest', () => {
  test('one interest per person and role: again updates the note, other roles add up, withdrawing removes', async () => {
    const db = server.dataSource;
    const [proposer, volunteer] = await Promise.all([makeUser(db), makeUser(db)]);
    const idea = await makeIdea(db, proposer.user);

    const first = ok(await express(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER, '我会做前端')).expressInterest;
    expect(first.interest).toMatchObject({ role: 'VOLUNTEER', note: '我会做前端', user: { id: volunteer.user.id } });
    expect(first.project.interestCounts).toEqual({ volunteer: 1, maintainer: 0, beneficiary: 0, total: 1 });
    expect(first.project.viewerInterests).toEqual([{ role: 'VOLUNTEER', note: '我会做前端' }]);
    // An interested volunteer does not see who else joined: that is for the proposer.
    expect(first.project.interests).toBeNull();

    // The same role again: the same interest, with the new note; still counted once.
    const again = ok(
      await express(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER, '前端和测试都可以'),
    ).expressInterest;
    expect(again.interest.id).toBe(first.interest.id);
    expect(again.interest.note).toBe('前端和测试都可以');
    expect(again.project.interestCounts.total).toBe(1);

    // Exactly the same again changes nothing at all (a retried request).
    const before = await databaseFingerprint(db);
    ok(await express(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER, '前端和测试都可以'));
    expect(await databaseFingerprint(db)).toEqual(before);

    const beneficiary = ok(await express(volunteer.token, idea.id, IdeaInterestRole.BENEFICIARY)).expressInterest;
    expect(beneficiary.interest.note).toBe('');
    expect(beneficiary.project.interestCounts).toEqual({ volunteer: 1, maintainer: 0, beneficiary: 1, total: 2 });

    const withdrawn = ok(await withdraw(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER)).withdrawInterest;
    expect(withdrawn.withdrawnInterestId).toBe(first.interest.id);
    expect(withdrawn.project.interestCounts).toEqual({ volunteer: 0, maintainer: 0, beneficiary: 1, total: 1 });
    expect(withdrawn.project.viewerInterests).toEqual([{ role: 'BENEFICIARY', note: '' }]);

    const twice = failure(await withdraw(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER));
    expect(twice.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'as' });

    expect(await activities(idea.id)).toEqual([
      'idea.interest_expressed',
      'idea.interest_updated',
      'idea.interest_expressed',
      'idea.interest_withdrawn',
    ]);
    const [row] = await db.query('SELECT interest_count FROM projects WHERE id = $1', [idea.id]);
    expect(row.interest_count).toBe(1);
  });

  test('the same interest sent ten times at once is recorded once', async () => {
    const db = server.dataSource;
    const [proposer, volunteer] = await Promise.all([makeUser(db), makeUser(db)]);
    const idea = await makeIdea(db, proposer.user);
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => express(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER, 'hi')),
    );
    for (const response of responses) expect(response.errors).toBeUndefined();
    const [row] = await db.query(
      'SELECT interest_count, (SELECT count(*)::int FROM idea_interests WHERE project_id = $1) AS n FROM projects WHERE id = $1',
      [idea.id],
    );
    expect(row).toEqual({ interest_count: 1, n: 1 });
  });

  test('only ideas take interest: a project past stage IDEA is a CONFLICT, a draft of others is not found', async () => {
    const db = server.dataSource;
    const { token } = await makeUser(db);
    const active = await makeProject(db, { stage: ProjectStage.ACTIVE });
    const draftIdea = await makeProject(db, { stage: ProjectStage.IDEA, visibility: ProjectVisibility.DRAFT });
    const before = await databaseFingerprint(db);

    const notIdea = failure(await express(token, active.id, IdeaInterestRole.VOLUNTEER));
    expect(notIdea.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_IDEA', field: 'projectId' });
    expect(failure(await express(token, draftIdea.id, IdeaInterestRole.VOLUNTEER)).extensions.code).toBe('NOT_FOUND');
    expect(failure(await express(token, randomUUID(), IdeaInterestRole.VOLUNTEER)).extensions.code).toBe('NOT_FOUND');

    const badId = failure(await express(token, 'not-an-id', IdeaInterestRole.VOLUNTEER));
    expect(badId.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
    const badRole = failure(await express(token, active.id, 'DONOR' as IdeaInterestRole));
    expect(badRole.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'as' });
    const longNote = failure(await express(token, active.id, IdeaInterestRole.VOLUNTEER, 'x'.repeat(501)));
    expect(longNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(failure(await express(undefined, active.id, IdeaInterestRole.VOLUNTEER)).extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await databaseFingerprint(db)).toEqual(before);
  });
});

describe('who joined', () => {
  let proposer: TestUser;
  let stranger: TestUser;
  let admin: TestUser;
  let joined: TestUser[];
  let slug: string;
  const NOTES = ['我可以每周做五小时前端 note-a1', '想当维护者 note-b2', '我妈妈就需要这个 note-c3'];

  beforeAll(async () => {
    const db = server.dataSource;
    [proposer, stranger, admin] = await Promise.all([makeUser(db), makeUser(db), makeAdmin(db)]);
    joined = await Promise.all([
      makeUser(db, { displayName: 'Volunteer Name Hidden' }),
      makeUser(db, { displayName: 'Maintainer Name Hidden' }),
      makeUser(db, { displayName: 'Beneficiary Name Hidden' }),
    ]);
    const idea = await makeIdea(db, proposer.user, { name: `Who joined ${marker()}` });
    slug = idea.slug;
    const roles = [IdeaInterestRole.VOLUNTEER, IdeaInterestRole.MAINTAINER, IdeaInterestRole.BENEFICIARY];
    for (const [i, person] of joined.entries()) ok(await express(person.token, idea.id, roles[i], NOTES[i]));
  });

  test('the proposer sees who joined, in which role and with their notes (no emails)', async () => {
    const seen = await projectAs(proposer.token, slug);
    expect(seen.interests).toEqual([
      expect.objectContaining({
        role: 'VOLUNTEER',
        note: NOTES[0],
        user: { id: joined[0].user.id, displayName: 'Volunteer Name Hidden', email: null },
      }),
      expect.objectContaining({ role: 'MAINTAINER', note: NOTES[1] }),
      expect.objectContaining({ role: 'BENEFICIARY', note: NOTES[2] }),
    ]);
    expect(seen.interestCounts).toEqual({ volunteer: 1, maintainer: 1, beneficiary: 1, total: 3 });
  });

  test('admins see who joined too', async () => {
    expect(await projectAs(admin.token, slug)).toMatchObject({ interests: expect.any(Array) });
    expect((await projectAs(admin.token, slug)).interests).toHaveLength(3);
  });

  test.each([
    ['anonymous', () => undefined],
    ['a signed-in stranger', () => stranger.token],
    ['someone who joined', () => joined[0].token],
  ])('%s sees the counts but neither names nor notes', async (_who, tokenOf) => {
    const token = tokenOf();
    const seen = await projectAs(token, slug);
    expect(seen.interests).toBeNull();
    expect(seen.interestCounts.total).toBe(3);
    const everywhere = JSON.stringify([
      seen,
      await listIdeas({ filter: { search: 'Who joined' }, first: 100 }, token),
      ok(await server.gql(`{ projects(first: 100) { edges { node { ${PROJECT_FIELDS} } } } }`, {}, { token })),
    ]);
    // Someone who joined sees their own note (viewerInterests), nobody else's.
    const own = token === joined[0].token ? [NOTES[0]] : [];
    const secrets = [
      ...NOTES.filter((note) => !own.includes(note)),
      'Maintainer Name Hidden',
      'Beneficiary Name Hidden',
    ];
    for (const secret of [...secrets, proposer.user.email]) {
      expect(everywhere).not.toContain(secret);
    }
    if (token === joined[0].token) expect(seen.viewerInterests).toEqual([{ role: 'VOLUNTEER', note: NOTES[0] }]);
  });
});

describe('the ideas list', () => {
  test('lists public ideas only, newest first, filtered by cause and words, paged by keyset', async () => {
    const db = server.dataSource;
    const { user } = await makeUser(db);
    const word = marker();
    const base = Date.now() - 60_000;
    const ideas = [];
    for (let i = 0; i < 5; i++) {
      ideas.push(
        await makeIdea(db, user, {
          name: `${word} idea n${i}q`,
          causeAreas: i % 2 === 0 ? [CauseArea.ELDERLY_CARE] : [CauseArea.RURAL_DEVELOPMENT],
          createdAt: new Date(base + i * 1000),
        }),
      );
    }
    // Not ideas: a hidden one, a draft at stage IDEA, and a project past stage IDEA.
    await makeIdea(db, user, { name: `${word} hidden`, visibility: ProjectVisibility.DRAFT });
    await makeProject(db, { name: `${word} draft`, stage: ProjectStage.IDEA, visibility: ProjectVisibility.DRAFT });
    await makeProject(db, { name: `${word} active`, stage: ProjectStage.ACTIVE });

    const all = await listIdeas({ filter: { search: word } });
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((e: any) => e.node.id)).toEqual(ideas.map((i) => i.id).reverse());
    expect(all.edges.every((e: any) => e.node.stage === 'IDEA')).toBe(true);

    const elderly = await listIdeas({ filter: { search: word, causeAreas: [CauseArea.ELDERLY_CARE] } });
    expect(elderly.edges.map((e: any) => e.node.name)).toEqual([
      `${word} idea n4q`,
      `${word} idea n2q`,
      `${word} idea n0q`,
    ]);

    const one = await listIdeas({ filter: { search: `n3q ${word}` } });
    expect(one.edges.map((e: any) => e.node.name)).toEqual([`${word} idea n3q`]);

    // Pages of two walk the whole list once, in order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await listIdeas({ filter: { search: word }, first: 2, after });
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(ideas.map((i) => i.id).reverse());
  });

  test('orders by most interest, ties broken stably, and pages through that order', async () => {
    const db = server.dataSource;
    const { user } = await makeUser(db);
    const word = marker();
    const [quiet, popular, middle] = await Promise.all([
      makeIdea(db, user, { name: `${word} quiet` }),
      makeIdea(db, user, { name: `${word} popular` }),
      makeIdea(db, user, { name: `${word} middle` }),
    ]);
    const people = await Promise.all(Array.from({ length: 3 }, () => makeUser(db)));
    for (const person of people) ok(await express(person.token, popular.id, IdeaInterestRole.VOLUNTEER));
    ok(await express(people[0].token, middle.id, IdeaInterestRole.BENEFICIARY));

    const orderBy = { field: 'INTEREST_COUNT', direction: 'DESC' };
    const first = await listIdeas({ filter: { search: word }, orderBy, first: 2 });
    expect(first.edges.map((e: any) => e.node.id)).toEqual([popular.id, middle.id]);
    expect(first.edges[0].node.interestCounts.total).toBe(3);
    const rest = await listIdeas({ filter: { search: word }, orderBy, first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e: any) => e.node.id)).toEqual([quiet.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    // A cursor from one order is refused in another.
    const mixed = failure(
      await server.gql(IDEAS, { filter: { search: word }, first: 2, after: first.pageInfo.endCursor }),
    );
    expect(mixed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  test('proposedByViewer lists the ideas the viewer proposed', async () => {
    const db = server.dataSource;
    const [mine, other] = await Promise.all([makeUser(db), makeUser(db)]);
    const word = marker();
    const idea = await makeIdea(db, mine.user, { name: `${word} mine` });
    await makeIdea(db, other.user, { name: `${word} theirs` });
    const listed = await listIdeas({ filter: { search: word, proposedByViewer: true } }, mine.token);
    expect(listed.edges.map((e: any) => e.node.id)).toEqual([idea.id]);
    expect((await listIdeas({ filter: { search: word, proposedByViewer: true } })).edges).toEqual([]);
  });

  test('a page of ideas with counts and proposers costs the same statements for 5 or 50 ideas', async () => {
    const db = server.dataSource;
    const word = marker();
    for (let i = 0; i < 50; i++) {
      const { user } = await makeUser(db);
      const idea = await makeIdea(db, user, { name: `${word} ${i}` });
      await makeIdeaInterest(db, idea, user, IdeaInterestRole.BENEFICIARY, 'private');
    }
    const { token } = await makeUser(db);
    const query = `query($first: Int, $search: String) { ideas(first: $first, filter: { search: $search }) {
      edges { node { name proposedBy { displayName } interestCounts { total } interests { note }
      viewerInterests { role } viewerCanTakeUp } } } }`;
    const count = async (first: number) => {
      server.statements.reset();
      const data: any = ok(await server.gql(query, { first, search: word }, { token }));
      expect(data.ideas.edges).toHaveLength(first);
      return server.statements.statements.length;
    };
    expect(await count(50)).toBe(await count(5));
  });
});

describe('takeUpIdea', () => {
  test('an idea proposed by a non-maintainer gathers interest from three people and is taken up as a project', async () => {
    const db = server.dataSource;
    const [proposer, volunteer, maintainer, beneficiary] = await Promise.all([
      makeUser(db, { displayName: '王阿姨（社区老人互助会）' }),
      makeUser(db),
      makeUser(db),
      makeUser(db),
    ]);
    const idea = await propose(
      proposer.token,
      goodIdea({
        name: `社区老人用药提醒 ${marker()}`,
        summary: '给不太会用智能手机的老人一个用药提醒。',
        need: '我们小区的老人经常忘记吃药，子女不在身边。',
        causeAreas: [CauseArea.ELDERLY_CARE],
        beneficiaries: '独居老人',
      }),
    );
    ok(await express(volunteer.token, idea.id, IdeaInterestRole.VOLUNTEER, '会做小程序'));
    ok(await express(maintainer.token, idea.id, IdeaInterestRole.MAINTAINER, '我愿意牵头'));
    ok(await express(beneficiary.token, idea.id, IdeaInterestRole.BENEFICIARY, '我奶奶需要'));
    expect((await projectAs(proposer.token, idea.slug)).interests).toHaveLength(3);

    // Someone who only offered to volunteer cannot take it up; nor can a stranger.
    const before = await databaseFingerprint(db);
    expect(failure(await takeUp(volunteer.token, idea.id)).extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(db)).toEqual(before);
    expect((await projectAs(volunteer.token, idea.slug)).viewerCanTakeUp).toBe(false);
    expect((await projectAs(maintainer.token, idea.slug)).viewerCanTakeUp).toBe(true);

    const taken = ok(await takeUp(maintainer.token, idea.id)).takeUpIdea.project;
    expect(taken).toMatchObject({
      stage: ProjectStage.PROTOTYPE,
      visibility: ProjectVisibility.PUBLISHED,
      maintainers: [{ id: maintainer.user.id, displayName: expect.any(String) }],
      proposedBy: { id: proposer.user.id },
      viewerCanTakeUp: false,
    });
    // The new maintainer sees everyone who joined, and can reach them through the notes they left.
    expect(taken.interests.map((i: any) => [i.role, i.user.id])).toEqual([
      ['VOLUNTEER', volunteer.user.id],
      ['MAINTAINER', maintainer.user.id],
      ['BENEFICIARY', beneficiary.user.id],
    ]);
    expect(await activities(idea.id)).toEqual([
      'idea.proposed',
      'idea.interest_expressed',
      'idea.interest_expressed',
      'idea.interest_expressed',
      'idea.taken_up',
    ]);

    // It left the ideas list and is a project like any other: its maintainer edits it, with the usual rules.
    expect(
      (await listIdeas({ filter: { search: '社区老人用药提醒' } })).edges.map((e: any) => e.node.id),
    ).not.toContain(idea.id);
    const projects: any = ok(
      await server.gql('query($s: String) { projects(filter: { search: $s }) { edges { node { id stage } } } }', {
        s: idea.name,
      }),
    );
    expect(projects.projects.edges).toEqual([{ node: { id: idea.id, stage: 'PROTOTYPE' } }]);
    ok(
      await server.gql(
        'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }',
        { input: { projectId: idea.id, repositoryUrl: 'https://github.com/example/reminder' } },
        { token: maintainer.token },
      ),
    );

    // No more joining, no second take-up; withdrawing stays possible.
    const late = failure(await express(volunteer.token, idea.id, IdeaInterestRole.MAINTAINER));
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_IDEA' });
    const second = failure(await takeUp(proposer.token, idea.id));
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_IDEA' });
    ok(await withdraw(beneficiary.token, idea.id, IdeaInterestRole.BENEFICIARY));
  });

  test('the proposer may take up their own idea; admins may not take one up for someone', async () => {
    const db = server.dataSource;
    const [proposer, admin] = await Promise.all([makeUser(db), makeAdmin(db)]);
    const idea = await makeIdea(db, proposer.user);
    expect(failure(await takeUp(admin.token, idea.id)).extensions.code).toBe('FORBIDDEN');
    const taken = ok(await takeUp(proposer.token, idea.id)).takeUpIdea.project;
    expect(taken.maintainers.map((m: any) => m.id)).toEqual([proposer.user.id]);
    expect(taken.stage).toBe('PROTOTYPE');
  });

  test('two people taking up one idea at once: exactly one does', async () => {
    const db = server.dataSource;
    const proposer = await makeUser(db);
    const idea = await makeIdea(db, proposer.user);
    const candidates = await Promise.all(Array.from({ length: 5 }, () => makeUser(db)));
    for (const c of candidates) await makeIdeaInterest(db, idea, c.user, IdeaInterestRole.MAINTAINER);
    const responses = await Promise.all(candidates.map((c) => takeUp(c.token, idea.id)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of responses.filter((r) => r.errors)) {
      expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_IDEA' });
    }
    const [row] = await db.query('SELECT count(*)::int AS n FROM project_maintainers WHERE project_id = $1', [idea.id]);
    expect(row.n).toBe(1);
  });
});

describe('hideIdea', () => {
  test('an admin hides an idea from everyone else, with a reason on record; publishProject shows it again', async () => {
    const db = server.dataSource;
    const [proposer, admin, stranger] = await Promise.all([makeUser(db), makeAdmin(db), makeUser(db)]);
    const word = marker();
    const idea = await makeIdea(db, proposer.user, { name: `${word} spam` });

    expect(
      failure(await server.gql(HIDE, { input: { projectId: idea.id, reason: 'x' } }, { token: stranger.token }))
        .extensions.code,
    ).toBe('FORBIDDEN');
    const hidden = ok<any>(
      await server.gql(HIDE, { input: { projectId: idea.id, reason: '广告，与公益无关' } }, { token: admin.token }),
    );
    expect(hidden.hideIdea.project.visibility).toBe('DRAFT');
    const [record] = await db.query(`SELECT data FROM activities WHERE subject_id = $1 AND verb = 'idea.hidden'`, [
      idea.id,
    ]);
    expect(record.data).toEqual({ reason: '广告，与公益无关' });

    for (const token of [undefined, stranger.token, proposer.token]) {
      expect(await projectAs(token, idea.slug)).toBeNull();
      expect((await listIdeas({ filter: { search: word } }, token)).totalCount).toBe(0);
      expect(failure(await express(token ?? stranger.token, idea.id, IdeaInterestRole.VOLUNTEER)).extensions.code).toBe(
        'NOT_FOUND',
      );
    }

    const notIdea = await makeProject(db);
    const refused = failure(
      await server.gql(HIDE, { input: { projectId: notIdea.id, reason: 'x' } }, { token: admin.token }),
    );
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_AN_IDEA' });

    ok(
      await server.gql(
        'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { id } } }',
        { input: { projectId: idea.id } },
        { token: admin.token },
      ),
    );
    expect((await listIdeas({ filter: { search: word } })).totalCount).toBe(1);
  });
});

describe('demo ideas', () => {
  test('are seeded as public ideas voiced by the people served, counted, marked as demo, and loaded once', async () => {
    const seeded = await startTestServer();
    try {
      const quiet = pino({ level: 'silent' });
      await seedDemoData(seeded.dataSource, quiet);
      const query = `{ ideas(first: 50, orderBy: { field: INTEREST_COUNT, direction: DESC }) { edges { node {
        slug isDemo stage proposedBy { displayName email } interestCounts { total } interests { note } } } } }`;
      const data: any = ok(await seeded.gql(query));
      const demo = data.ideas.edges
        .map((e: any) => e.node)
        .filter((n: any) => demoIdeas.some((d) => d.slug === n.slug));
      expect(demo.map((n: any) => n.slug)).toEqual(demoIdeas.map((d) => d.slug));
      for (const node of demo) {
        const idea = demoIdeas.find((d) => d.slug === node.slug)!;
        expect(node).toEqual({
          slug: idea.slug,
          isDemo: true,
          stage: 'IDEA',
          proposedBy: { displayName: idea.proposer.displayName, email: null },
          interestCounts: { total: idea.interests.length },
          interests: null,
        });
      }
      const before = await databaseFingerprint(seeded.dataSource);
      await seedDemoData(seeded.dataSource, quiet);
      expect(await databaseFingerprint(seeded.dataSource)).toEqual(before);
    } finally {
      await seeded.close();
    }
  });
});
