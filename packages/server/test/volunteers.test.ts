import { CauseArea, ProjectVisibility, VolunteerSkill, VolunteerTaskStatus } from '../src/shared/enums';
import {
  makeAdmin,
  makeMilestone,
  makeProject,
  makeUser,
  makeVolunteerProfile,
  makeVolunteerTask,
  type TestUser,
} from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const TASK = 'task { id status heldByViewer hoursRecorded claimant { id displayName } }';
const call = (mutation: string, input: unknown, who?: TestUser) =>
  server.gql(
    `mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { ${TASK} } }`,
    { input },
    { token: who?.token },
  );
const claim = (taskId: string, who: TestUser) => call('claimVolunteerTask', { taskId }, who);

async function maintainedProject(fields: Parameters<typeof makeProject>[1] = {}) {
  const maintainer = await makeUser(server.dataSource);
  const project = await makeProject(server.dataSource, { maintainers: [maintainer.user], ...fields });
  return { maintainer, project };
}

describe('profiles', () => {
  const UPSERT = `mutation($input: UpsertVolunteerProfileInput!) {
    upsertVolunteerProfile(input: $input) { profile { skills weeklyHours causeAreas languages isPublic supportChannels { label url } user { id } } }
  }`;
  const good = {
    bio: '前端工程师，做过读屏适配',
    skills: ['ENGINEERING', 'ACCESSIBILITY_TESTING'],
    weeklyHours: 6,
    causeAreas: ['ACCESSIBILITY'],
    languages: ['zh-CN', 'en'],
    isPublic: false,
    supportChannels: [{ label: '爱发电', url: 'https://afdian.com/a/volunteer' }],
  };
  const PROFILE = 'query($id: ID!) { volunteerProfile(userId: $id) { weeklyHours supportChannels { url } } }';

  test('a private profile is its owner’s alone; made public, anyone sees it', async () => {
    const volunteer = await makeUser(server.dataSource);
    const created = ok(await server.gql(UPSERT, { input: good }, { token: volunteer.token }));
    expect(created.upsertVolunteerProfile.profile).toMatchObject({ weeklyHours: 6, isPublic: false });

    const stranger = await makeUser(server.dataSource);
    for (const token of [undefined, stranger.token]) {
      const seen = ok(await server.gql(PROFILE, { id: volunteer.user.id }, { token }));
      expect(seen.volunteerProfile).toBeNull();
    }
    expect(
      ok(await server.gql(PROFILE, { id: volunteer.user.id }, { token: volunteer.token })).volunteerProfile,
    ).toEqual({ weeklyHours: 6, supportChannels: [{ url: 'https://afdian.com/a/volunteer' }] });
    const admin = await makeAdmin(server.dataSource);
    expect(
      ok(await server.gql(PROFILE, { id: volunteer.user.id }, { token: admin.token })).volunteerProfile,
    ).not.toBeNull();

    ok(await server.gql(UPSERT, { input: { ...good, isPublic: true } }, { token: volunteer.token }));
    expect(ok(await server.gql(PROFILE, { id: volunteer.user.id })).volunteerProfile).toEqual({
      weeklyHours: 6,
      supportChannels: [{ url: 'https://afdian.com/a/volunteer' }],
    });
    const [{ n }] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM activities WHERE subject_id = $1 AND verb LIKE 'volunteer_profile.%'`,
      [volunteer.user.id],
    );
    expect(n).toBe(2);
  });

  test.each([
    ['weeklyHours', { weeklyHours: 81 }],
    ['weeklyHours', { weeklyHours: -1 }],
    ['skills', { skills: ['ENGINEERING', 'ENGINEERING'] }],
    ['languages', { languages: ['not a language'] }],
    ['supportChannels', { supportChannels: [{ label: 'x', url: 'javascript:alert(1)' }] }],
    ['supportChannels', { supportChannels: Array(6).fill({ label: 'x', url: 'https://example.org' }) }],
    ['bio', { bio: 'x'.repeat(2001) }],
  ])('bad %s is refused, naming the field, and nothing is written', async (field, change) => {
    const volunteer = await makeUser(server.dataSource);
    const error = failure(await server.gql(UPSERT, { input: { ...good, ...change } }, { token: volunteer.token }));
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error.extensions)).toContain(field);
    const rows = await server.dataSource.query('SELECT 1 FROM volunteer_profiles WHERE user_id = $1', [
      volunteer.user.id,
    ]);
    expect(rows).toHaveLength(0);
  });

  test('private profile fields never reach the public through tasks, contributors or suggestions', async () => {
    const { maintainer, project } = await maintainedProject();
    const shy = await makeUser(server.dataSource);
    await makeVolunteerProfile(server.dataSource, shy.user, {
      isPublic: false,
      supportChannels: [{ label: 'secret', url: 'https://example.org/shy' }],
    });
    const task = await makeVolunteerTask(server.dataSource, project, {
      status: VolunteerTaskStatus.DONE,
      claimantId: shy.user.id,
    });
    await makeVolunteerTask(server.dataSource, project);
    const QUERY = `query($slug: String!, $id: ID!) {
      project(slug: $slug) { contributors { user { id } supportChannels { url } } suggestedVolunteers { profile { user { id } } } }
      volunteerTask(id: $id) { claimant { id } }
    }`;
    const anonymous = ok(await server.gql(QUERY, { slug: project.slug, id: task.id }));
    expect(anonymous).toEqual({
      project: { contributors: [], suggestedVolunteers: [] },
      volunteerTask: { claimant: null },
    });
    expect(JSON.stringify(anonymous)).not.toContain('shy');

    // The maintainers see who did the work on their project, but not the private support links.
    const seen = ok(await server.gql(QUERY, { slug: project.slug, id: task.id }, { token: maintainer.token }));
    expect(seen.project.contributors).toEqual([{ user: { id: shy.user.id }, supportChannels: [] }]);
    // Suggestions come from public profiles only (other tests' public volunteers may fit this project).
    expect(JSON.stringify(seen.project.suggestedVolunteers)).not.toContain(shy.user.id);
    expect(seen.volunteerTask.claimant).toEqual({ id: shy.user.id });
  });
});

describe('milestones and tasks', () => {
  test('a maintainer plans a milestone with tasks; the project shows them with progress', async () => {
    const { maintainer, project } = await maintainedProject();
    const milestone = ok(
      await server.gql(
        'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id status dueOn } } }',
        { input: { projectId: project.id, title: 'MVP：读屏兼容', dueOn: '2027-03-01' } },
        { token: maintainer.token },
      ),
    ).createMilestone.milestone;
    expect(milestone).toMatchObject({ status: 'PLANNED', dueOn: '2027-03-01' });
    const created = ok(
      await server.gql(
        `mutation($input: CreateVolunteerTaskInput!) {
          createVolunteerTask(input: $input) { task { id status skillsNeeded estimatedHours goodFirstTask milestone { id } project { id } } }
        }`,
        {
          input: {
            milestoneId: milestone.id,
            title: '为设置页补上无障碍标签',
            skillsNeeded: ['ENGINEERING', 'ACCESSIBILITY_TESTING'],
            estimatedHours: 6,
            goodFirstTask: true,
          },
        },
        { token: maintainer.token },
      ),
    ).createVolunteerTask.task;
    expect(created).toMatchObject({
      status: 'OPEN',
      estimatedHours: 6,
      goodFirstTask: true,
      milestone: { id: milestone.id },
      project: { id: project.id },
    });
    ok(
      await server.gql(
        'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { status } } }',
        { input: { milestoneId: milestone.id, status: 'IN_PROGRESS' } },
        { token: maintainer.token },
      ),
    );
    const page = ok(
      await server.gql(
        'query($slug: String!) { project(slug: $slug) { milestones { title status progress { done total } tasks { id } } } }',
        { slug: project.slug },
      ),
    );
    expect(page.project.milestones).toEqual([
      { title: 'MVP：读屏兼容', status: 'IN_PROGRESS', progress: { done: 0, total: 1 }, tasks: [{ id: created.id }] },
    ]);
  });

  test('bad task input and closed milestones are refused', async () => {
    const { maintainer, project } = await maintainedProject();
    const milestone = await makeMilestone(server.dataSource, project);
    const CREATE = 'mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { task { id } } }';
    const base = { milestoneId: milestone.id, title: '写文档', skillsNeeded: ['CONTENT'], estimatedHours: 3 };
    for (const [field, change] of [
      ['skillsNeeded', { skillsNeeded: [] }],
      ['estimatedHours', { estimatedHours: 0 }],
      ['title', { title: '   ' }],
    ] as const) {
      const error = failure(await server.gql(CREATE, { input: { ...base, ...change } }, { token: maintainer.token }));
      expect({ field, code: error.extensions.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(error.extensions)).toContain(field);
    }
    const cancelled = await makeMilestone(server.dataSource, project, { status: 'CANCELLED' as never });
    const closed = failure(
      await server.gql(CREATE, { input: { ...base, milestoneId: cancelled.id } }, { token: maintainer.token }),
    );
    expect(closed.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MILESTONE_CLOSED' });
    // Nor does a closed milestone's task take a claimant.
    const leftOver = await makeVolunteerTask(server.dataSource, project, { milestone: cancelled });
    const volunteer = await makeUser(server.dataSource);
    expect(failure(await claim(leftOver.id, volunteer)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'MILESTONE_CLOSED',
    });
    await server.dataSource.query('DELETE FROM volunteer_tasks WHERE id = $1', [leftOver.id]);
    const [{ n }] = await server.dataSource.query(
      'SELECT count(*)::int AS n FROM volunteer_tasks WHERE project_id = $1',
      [project.id],
    );
    expect(n).toBe(0);
  });

  test('claim → submit → complete records the volunteer’s contribution, shown with their support links', async () => {
    const { maintainer, project } = await maintainedProject();
    const volunteer = await makeUser(server.dataSource);
    await makeVolunteerProfile(server.dataSource, volunteer.user, {
      supportChannels: [{ label: 'GitHub Sponsors', url: 'https://github.com/sponsors/volunteer' }],
    });
    const task = await makeVolunteerTask(server.dataSource, project, { estimatedHours: 5 });

    expect(ok(await claim(task.id, volunteer)).claimVolunteerTask.task).toMatchObject({
      status: 'CLAIMED',
      heldByViewer: true,
      claimant: { id: volunteer.user.id },
    });
    // Only the claimant hands in; only a maintainer confirms.
    const other = await makeUser(server.dataSource);
    expect(failure(await call('submitVolunteerTask', { taskId: task.id }, other)).extensions.code).toBe('FORBIDDEN');
    expect(
      ok(await call('submitVolunteerTask', { taskId: task.id, note: 'https://github.com/x/y/pull/1' }, volunteer))
        .submitVolunteerTask.task.status,
    ).toBe('SUBMITTED');
    expect(failure(await call('completeVolunteerTask', { taskId: task.id }, volunteer)).extensions.code).toBe(
      'FORBIDDEN',
    );
    const done = ok(await call('completeVolunteerTask', { taskId: task.id, hours: 7 }, maintainer))
      .completeVolunteerTask.task;
    expect(done).toMatchObject({ status: 'DONE', hoursRecorded: 7, claimant: { id: volunteer.user.id } });
    expect(failure(await call('completeVolunteerTask', { taskId: task.id }, maintainer)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TASK_DONE',
    });

    const record = ok(
      await server.gql(
        `query($id: ID!, $slug: String!) {
          volunteerProfile(userId: $id) { contributions { tasksDone hours projects { slug } } }
          project(slug: $slug) { contributors { user { id } tasksDone hours supportChannels { label url } } }
        }`,
        { id: volunteer.user.id, slug: project.slug },
      ),
    );
    expect(record.volunteerProfile.contributions).toEqual({
      tasksDone: 1,
      hours: 7,
      projects: [{ slug: project.slug }],
    });
    expect(record.project.contributors).toEqual([
      {
        user: { id: volunteer.user.id },
        tasksDone: 1,
        hours: 7,
        supportChannels: [{ label: 'GitHub Sponsors', url: 'https://github.com/sponsors/volunteer' }],
      },
    ]);
    const verbs = await server.dataSource.query(
      `SELECT verb FROM activities WHERE subject_id = $1 ORDER BY created_at, id`,
      [task.id],
    );
    expect(verbs.map((row: { verb: string }) => row.verb)).toEqual([
      'volunteer_task.claimed',
      'volunteer_task.submitted',
      'volunteer_task.completed',
    ]);
  });

  test('release: by the claimant or a maintainer, and the task is open again', async () => {
    const { maintainer, project } = await maintainedProject();
    const [first, second, stranger] = await Promise.all([
      makeUser(server.dataSource),
      makeUser(server.dataSource),
      makeUser(server.dataSource),
    ]);
    const task = await makeVolunteerTask(server.dataSource, project);
    ok(await claim(task.id, first));
    expect(failure(await claim(task.id, first)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_CLAIMED',
    });
    expect(failure(await claim(task.id, second)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TASK_NOT_OPEN',
    });
    expect(failure(await call('releaseVolunteerTask', { taskId: task.id }, stranger)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(ok(await call('releaseVolunteerTask', { taskId: task.id }, first)).releaseVolunteerTask.task).toMatchObject({
      status: 'OPEN',
      claimant: null,
    });
    ok(await claim(task.id, second));
    // A volunteer gone quiet: a maintainer frees the task for someone else.
    expect(
      ok(await call('releaseVolunteerTask', { taskId: task.id }, maintainer)).releaseVolunteerTask.task.status,
    ).toBe('OPEN');
    expect(failure(await call('releaseVolunteerTask', { taskId: task.id }, maintainer)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TASK_NOT_HELD',
    });
    expect(failure(await call('completeVolunteerTask', { taskId: task.id }, maintainer)).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TASK_NOT_HELD',
    });
  });

  test('a draft project’s tasks are unknown to everyone but its maintainers', async () => {
    const { maintainer, project } = await maintainedProject({ visibility: ProjectVisibility.DRAFT });
    const task = await makeVolunteerTask(server.dataSource, project);
    const volunteer = await makeUser(server.dataSource);
    expect(failure(await claim(task.id, volunteer)).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'taskId' });
    const QUERY = 'query($id: ID!) { volunteerTask(id: $id) { id } }';
    expect(ok(await server.gql(QUERY, { id: task.id })).volunteerTask).toBeNull();
    expect(ok(await server.gql(QUERY, { id: task.id }, { token: maintainer.token })).volunteerTask).toEqual({
      id: task.id,
    });
  });
});

describe('the claim limit and claim races', () => {
  test('a volunteer holds at most 3 tasks; submitting still holds, releasing frees a place', async () => {
    const { project } = await maintainedProject();
    const volunteer = await makeUser(server.dataSource);
    const tasks = await Promise.all(Array.from({ length: 4 }, () => makeVolunteerTask(server.dataSource, project)));
    for (const task of tasks.slice(0, 3)) ok(await claim(task.id, volunteer));
    ok(await call('submitVolunteerTask', { taskId: tasks[0].id }, volunteer));
    const refused = failure(await claim(tasks[3].id, volunteer));
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'CLAIM_LIMIT_REACHED', limit: 3 });
    expect(refused.message).toMatch(/3/);
    ok(await call('releaseVolunteerTask', { taskId: tasks[1].id }, volunteer));
    expect(ok(await claim(tasks[3].id, volunteer)).claimVolunteerTask.task.status).toBe('CLAIMED');
  });

  test('20 volunteers claiming one task at once: exactly one gets it', async () => {
    const { project } = await maintainedProject();
    const task = await makeVolunteerTask(server.dataSource, project);
    const volunteers = await Promise.all(Array.from({ length: 20 }, () => makeUser(server.dataSource)));
    const results = await Promise.all(volunteers.map((volunteer) => claim(task.id, volunteer)));
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.errors).map((result) => failure(result).extensions.reason)).toEqual(
      Array(19).fill('TASK_NOT_OPEN'),
    );
    const winner = volunteers[results.indexOf(winners[0])];
    const [row] = await server.dataSource.query('SELECT status, claimant_id FROM volunteer_tasks WHERE id = $1', [
      task.id,
    ]);
    expect(row).toEqual({ status: 'CLAIMED', claimant_id: winner.user.id });
  });

  test('one volunteer claiming 6 tasks at once gets exactly 3', async () => {
    const { project } = await maintainedProject();
    const tasks = await Promise.all(Array.from({ length: 6 }, () => makeVolunteerTask(server.dataSource, project)));
    const volunteer = await makeUser(server.dataSource);
    const results = await Promise.all(tasks.map((task) => claim(task.id, volunteer)));
    expect(results.filter((result) => !result.errors)).toHaveLength(3);
    const [{ held }] = await server.dataSource.query(
      `SELECT count(*)::int AS held FROM volunteer_tasks WHERE claimant_id = $1 AND status IN ('CLAIMED', 'SUBMITTED')`,
      [volunteer.user.id],
    );
    expect(held).toBe(3);
  });
});

describe('finding tasks and people', () => {
  test('volunteerTasks filters by skill, cause, status, hours and good-first, and pages', async () => {
    const translation = await makeProject(server.dataSource, { causeAreas: [CauseArea.ELDERLY_CARE] });
    const wanted = await makeVolunteerTask(server.dataSource, translation, {
      skillsNeeded: [VolunteerSkill.TRANSLATION, VolunteerSkill.CONTENT],
      estimatedHours: 2,
      goodFirstTask: true,
    });
    await makeVolunteerTask(server.dataSource, translation, {
      skillsNeeded: [VolunteerSkill.TRANSLATION],
      estimatedHours: 20,
    });
    const claimed = await makeVolunteerTask(server.dataSource, translation, {
      skillsNeeded: [VolunteerSkill.TRANSLATION],
      estimatedHours: 1,
      status: VolunteerTaskStatus.CLAIMED,
      claimantId: (await makeUser(server.dataSource)).user.id,
    });
    const draft = await makeProject(server.dataSource, {
      causeAreas: [CauseArea.ELDERLY_CARE],
      visibility: ProjectVisibility.DRAFT,
    });
    await makeVolunteerTask(server.dataSource, draft, {
      skillsNeeded: [VolunteerSkill.TRANSLATION],
      estimatedHours: 1,
    });

    const LIST = `query($filter: VolunteerTaskFilter, $first: Int, $after: String) {
      volunteerTasks(filter: $filter, first: $first, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }
    }`;
    const ids = async (filter: Record<string, unknown>) =>
      ok(
        await server.gql(LIST, { filter: { causeAreas: ['ELDERLY_CARE'], skills: ['TRANSLATION'], ...filter } }),
      ).volunteerTasks.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(await ids({ maxEstimatedHours: 2 })).toEqual([claimed.id, wanted.id]);
    expect(await ids({ maxEstimatedHours: 2, statuses: ['OPEN'] })).toEqual([wanted.id]);
    expect(await ids({ goodFirstTask: true })).toEqual([wanted.id]);
    expect(await ids({ skills: ['LEGAL'] })).toEqual([]);
    // Three public tasks (the draft's is hidden), two per page.
    const first = ok(await server.gql(LIST, { filter: { projectId: translation.id }, first: 2 })).volunteerTasks;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = ok(
      await server.gql(LIST, { filter: { projectId: translation.id }, first: 2, after: first.pageInfo.endCursor }),
    ).volunteerTasks;
    expect(rest.edges).toHaveLength(1);
    expect(await ids({ projectId: draft.id })).toEqual([]);
  });

  test('recommendedTasks ranks by skill and cause overlap and time, and says what matched', async () => {
    const volunteer = await makeUser(server.dataSource);
    await makeVolunteerProfile(server.dataSource, volunteer.user, {
      skills: [VolunteerSkill.DESIGN, VolunteerSkill.UX_RESEARCH],
      causeAreas: [CauseArea.MENTAL_HEALTH],
      weeklyHours: 2,
    });
    const mentalHealth = await makeProject(server.dataSource, { causeAreas: [CauseArea.MENTAL_HEALTH] });
    const environment = await makeProject(server.dataSource, { causeAreas: [CauseArea.ENVIRONMENT] });
    // Two skills + cause + fits (3+3+2+1 = 9)
    const best = await makeVolunteerTask(server.dataSource, mentalHealth, {
      skillsNeeded: [VolunteerSkill.DESIGN, VolunteerSkill.UX_RESEARCH],
      estimatedHours: 8,
    });
    // One skill + cause, too long for a month of 2 h a week (3+2 = 5)
    const longer = await makeVolunteerTask(server.dataSource, mentalHealth, {
      skillsNeeded: [VolunteerSkill.DESIGN, VolunteerSkill.ENGINEERING],
      estimatedHours: 20,
    });
    // One skill, no cause, fits (3+1 = 4)
    const elsewhere = await makeVolunteerTask(server.dataSource, environment, {
      skillsNeeded: [VolunteerSkill.UX_RESEARCH],
      estimatedHours: 3,
    });
    // Cause only, fits (2+1 = 3)
    const causeOnly = await makeVolunteerTask(server.dataSource, mentalHealth, {
      skillsNeeded: [VolunteerSkill.LEGAL],
      estimatedHours: 1,
    });
    // Neither skill nor cause: not recommended. Taken: not recommended.
    await makeVolunteerTask(server.dataSource, environment, { skillsNeeded: [VolunteerSkill.LEGAL] });
    await makeVolunteerTask(server.dataSource, mentalHealth, {
      skillsNeeded: [VolunteerSkill.DESIGN],
      status: VolunteerTaskStatus.CLAIMED,
      claimantId: (await makeUser(server.dataSource)).user.id,
    });

    const data = ok(
      await server.gql(
        '{ viewer { recommendedTasks(first: 10) { task { id } score matchedSkills matchedCauseAreas fitsAvailability } } }',
        undefined,
        { token: volunteer.token },
      ),
    );
    expect(data.viewer.recommendedTasks).toEqual([
      {
        task: { id: best.id },
        score: 9,
        matchedSkills: ['DESIGN', 'UX_RESEARCH'],
        matchedCauseAreas: ['MENTAL_HEALTH'],
        fitsAvailability: true,
      },
      {
        task: { id: longer.id },
        score: 5,
        matchedSkills: ['DESIGN'],
        matchedCauseAreas: ['MENTAL_HEALTH'],
        fitsAvailability: false,
      },
      {
        task: { id: elsewhere.id },
        score: 4,
        matchedSkills: ['UX_RESEARCH'],
        matchedCauseAreas: [],
        fitsAvailability: true,
      },
      {
        task: { id: causeOnly.id },
        score: 3,
        matchedSkills: [],
        matchedCauseAreas: ['MENTAL_HEALTH'],
        fitsAvailability: true,
      },
    ]);
    // Someone else's account: no recommendations to read.
    const other = await makeUser(server.dataSource);
    const [{ id }] = [volunteer.user];
    const peek = await server.gql(
      'query($id: ID!) { volunteerProfile(userId: $id) { user { recommendedTasks { score } } } }',
      {
        id,
      },
      { token: other.token },
    );
    expect(ok(peek).volunteerProfile.user.recommendedTasks).toBeNull();
  });

  test('suggestedVolunteers ranks public volunteers for the maintainers, skipping the private and the busy', async () => {
    const { maintainer, project } = await maintainedProject({ causeAreas: [CauseArea.CHILDREN_AND_EDUCATION] });
    await makeVolunteerTask(server.dataSource, project, {
      skillsNeeded: [VolunteerSkill.PODCAST_PRODUCTION, VolunteerSkill.NEW_MEDIA],
      estimatedHours: 10,
    });
    await makeVolunteerTask(server.dataSource, project, { skillsNeeded: [VolunteerSkill.CONTENT], estimatedHours: 30 });
    const people = await Promise.all(Array.from({ length: 6 }, () => makeUser(server.dataSource)));
    const [editor, writer, parent, shy, busy, unrelated] = people;
    // Two skills + cause + 10 h fits 4 × 3 h (3+3+2+1 = 9)
    await makeVolunteerProfile(server.dataSource, editor.user, {
      skills: [VolunteerSkill.PODCAST_PRODUCTION, VolunteerSkill.NEW_MEDIA],
      causeAreas: [CauseArea.CHILDREN_AND_EDUCATION],
      weeklyHours: 3,
    });
    // One skill, no cause, 1 h a week: the smallest open task (10 h) does not fit (3)
    await makeVolunteerProfile(server.dataSource, writer.user, {
      skills: [VolunteerSkill.CONTENT],
      causeAreas: [],
      weeklyHours: 1,
    });
    // Cause only, plenty of time (2+1 = 3), more hours than the writer: ranked before them
    await makeVolunteerProfile(server.dataSource, parent.user, {
      skills: [VolunteerSkill.LEGAL],
      causeAreas: [CauseArea.CHILDREN_AND_EDUCATION],
      weeklyHours: 10,
    });
    await makeVolunteerProfile(server.dataSource, shy.user, {
      skills: [VolunteerSkill.PODCAST_PRODUCTION],
      isPublic: false,
    });
    await makeVolunteerProfile(server.dataSource, busy.user, { skills: [VolunteerSkill.NEW_MEDIA], weeklyHours: 20 });
    const elsewhere = await makeProject(server.dataSource);
    for (let i = 0; i < 3; i++) {
      await makeVolunteerTask(server.dataSource, elsewhere, {
        status: VolunteerTaskStatus.CLAIMED,
        claimantId: busy.user.id,
      });
    }
    await makeVolunteerProfile(server.dataSource, unrelated.user, {
      skills: [VolunteerSkill.LEGAL],
      causeAreas: [CauseArea.ENVIRONMENT],
    });

    const QUERY = `query($slug: String!) { project(slug: $slug) {
      suggestedVolunteers(first: 10) { profile { user { id } } score matchedSkills matchedCauseAreas fitsAvailability }
    } }`;
    const data = ok(await server.gql(QUERY, { slug: project.slug }, { token: maintainer.token }));
    expect(data.project.suggestedVolunteers).toEqual([
      {
        profile: { user: { id: editor.user.id } },
        score: 9,
        matchedSkills: ['NEW_MEDIA', 'PODCAST_PRODUCTION'],
        matchedCauseAreas: ['CHILDREN_AND_EDUCATION'],
        fitsAvailability: true,
      },
      {
        profile: { user: { id: parent.user.id } },
        score: 3,
        matchedSkills: [],
        matchedCauseAreas: ['CHILDREN_AND_EDUCATION'],
        fitsAvailability: true,
      },
      {
        profile: { user: { id: writer.user.id } },
        score: 3,
        matchedSkills: ['CONTENT'],
        matchedCauseAreas: [],
        fitsAvailability: false,
      },
    ]);
    const stranger = await makeUser(server.dataSource);
    expect(
      ok(await server.gql(QUERY, { slug: project.slug }, { token: stranger.token })).project.suggestedVolunteers,
    ).toEqual([]);
  });
});

test('the task board with projects, milestones, claimants and progress costs the same statements for 5 or 40 tasks', async () => {
  const project = await makeProject(server.dataSource, { causeAreas: [CauseArea.DISASTER_RELIEF] });
  for (let i = 0; i < 40; i++) {
    const volunteer = await makeUser(server.dataSource);
    await makeVolunteerProfile(server.dataSource, volunteer.user);
    await makeVolunteerTask(server.dataSource, project, {
      skillsNeeded: [VolunteerSkill.FUNDRAISING],
      status: i % 2 ? VolunteerTaskStatus.CLAIMED : VolunteerTaskStatus.OPEN,
      claimantId: i % 2 ? volunteer.user.id : null,
    });
  }
  const BOARD = `query($first: Int) { volunteerTasks(first: $first, filter: { skills: [FUNDRAISING] }) { edges { node {
    title claimant { displayName volunteerProfile { skills } } project { name milestones { progress { done total } } }
    milestone { title tasks { id } }
  } } } }`;
  const statementsFor = async (first: number) => {
    server.statements.reset();
    expect(ok(await server.gql(BOARD, { first })).volunteerTasks.edges).toHaveLength(first);
    return server.statements.statements.length;
  };
  // tasks, profiles, users, projects, milestones by id, by project, and the milestones' tasks — the last may take two
  // batches when a short page leaves some of the project's milestones for a later tick, never one per row.
  const five = await statementsFor(5);
  expect(five).toBeLessThanOrEqual(8);
  expect(await statementsFor(40)).toBeLessThanOrEqual(five);
});
