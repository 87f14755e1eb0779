import { ProjectVisibility } from '../src/shared/enums';
import { makeAdmin, makeEvent, makeOrganization, makeProject, makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) {
    event { id slug kind name description startsAt endsAt timeZone location onlineUrl websiteUrl organizers { id } viewerCanManage }
  }
}`;
const UPDATE = `mutation($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { id name startsAt endsAt timeZone location onlineUrl } }
}`;
const ADD_PROJECT = `mutation($input: AddEventProjectInput!) {
  addEventProject(input: $input) { added participation { outcome project { slug } } event { projects { outcome project { id } } } }
}`;

let counter = 0;
const validInput = (organizerIds: string[], overrides: Record<string, unknown> = {}) => ({
  kind: 'HACKATHON',
  slug: `ai-for-good-hackathon-${++counter}`,
  name: '技术公益黑客松：辅助治疗 AI Agent',
  description: '两天完成 MVP 开发',
  startsAt: '2027-03-20T01:00:00.000Z',
  endsAt: '2027-03-21T09:00:00.000Z',
  location: '北京',
  organizerIds,
  ...overrides,
});

async function activities(verb: string, subjectId: string) {
  return server.dataSource.query('SELECT data FROM activities WHERE verb = $1 AND subject_id = $2', [verb, subjectId]);
}

describe('createEvent', () => {
  test('a member creates an event for their organisation; it is public, listed, and recorded', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const data: any = ok(await server.gql(CREATE, { input: validInput([organization.id]) }, { token: member.token }));
    const event = data.createEvent.event;
    expect(event).toMatchObject({
      kind: 'HACKATHON',
      name: '技术公益黑客松：辅助治疗 AI Agent',
      startsAt: '2027-03-20T01:00:00.000Z',
      location: '北京',
      onlineUrl: null,
      organizers: [{ id: organization.id }],
      viewerCanManage: true,
    });
    expect(await activities('event.created', event.id)).toHaveLength(1);
    const listed: any = ok(
      await server.gql(
        'query($id: ID) { events(filter: { organizerId: $id, timing: UPCOMING }) { edges { node { slug viewerCanManage } } } }',
        {
          id: organization.id,
        },
      ),
    );
    expect(listed.events.edges).toEqual([{ node: { slug: event.slug, viewerCanManage: false } }]);
  });

  test('an admin may name any organisation; others only their own', async () => {
    const [admin, member] = await Promise.all([makeAdmin(server.dataSource), makeUser(server.dataSource)]);
    const mine = await makeOrganization(server.dataSource, { members: [member.user] });
    const theirs = await makeOrganization(server.dataSource);
    ok(await server.gql(CREATE, { input: validInput([theirs.id]) }, { token: admin.token }));
    const before = await databaseFingerprint(server.dataSource);
    const refused = failure(
      await server.gql(CREATE, { input: validInput([mine.id, theirs.id]) }, { token: member.token }),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('bad input is refused field by field, and nothing is written', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ slug: 'Not A Slug' }, 'BAD_USER_INPUT', 'slug'],
      [{ name: '   ' }, 'BAD_USER_INPUT', 'name'],
      [{ kind: 'PARTY' }, 'BAD_USER_INPUT', 'kind'],
      [{ startsAt: 'next tuesday' }, 'BAD_USER_INPUT', 'startsAt'],
      [{ endsAt: '2027-03-19T00:00:00.000Z' }, 'BAD_USER_INPUT', 'endsAt'],
      [{ location: null, onlineUrl: null }, 'BAD_USER_INPUT', 'location'],
      [{ location: null, onlineUrl: 'ftp://example.org' }, 'BAD_USER_INPUT', 'onlineUrl'],
      [{ websiteUrl: 'not a url' }, 'BAD_USER_INPUT', 'websiteUrl'],
      [{ organizerIds: [] }, 'BAD_USER_INPUT', 'organizerIds'],
      [{ organizerIds: ['nope'] }, 'BAD_USER_INPUT', 'organizerIds'],
      [{ organizerIds: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND', 'organizerIds'],
      [{ description: 'x'.repeat(5001) }, 'BAD_USER_INPUT', 'description'],
    ];
    const before = await databaseFingerprint(server.dataSource);
    for (const [overrides, code, field] of cases) {
      const error = failure(
        await server.gql(CREATE, { input: validInput([organization.id], overrides) }, { token: member.token }),
      );
      expect({ overrides, code: error.extensions.code }).toEqual({ overrides, code });
      expect(JSON.stringify(error.extensions)).toContain(field);
    }
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('an online event needs no place, and a taken slug is a CONFLICT on slug', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const input = validInput([organization.id], { location: null, onlineUrl: 'https://meeting.example.org/abc' });
    ok(await server.gql(CREATE, { input }, { token: member.token }));
    const again = failure(await server.gql(CREATE, { input }, { token: member.token }));
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'slug' });
  });
});

describe('event time zones', () => {
  async function storedZone(id: string): Promise<string> {
    const [row] = await server.dataSource.query('SELECT time_zone FROM events WHERE id = $1', [id]);
    return row.time_zone;
  }

  test('the zone an event happens in is stored and returned; without one it is Asia/Shanghai', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const berlin: any = ok(
      await server.gql(
        CREATE,
        { input: validInput([organization.id], { timeZone: 'Europe/Berlin' }) },
        { token: member.token },
      ),
    );
    expect(berlin.createEvent.event.timeZone).toBe('Europe/Berlin');
    expect(await storedZone(berlin.createEvent.event.id)).toBe('Europe/Berlin');
    const read: any = ok(
      await server.gql('query($slug: String!) { event(slug: $slug) { timeZone } }', {
        slug: berlin.createEvent.event.slug,
      }),
    );
    expect(read.event.timeZone).toBe('Europe/Berlin');

    const plain: any = ok(await server.gql(CREATE, { input: validInput([organization.id]) }, { token: member.token }));
    expect(plain.createEvent.event.timeZone).toBe('Asia/Shanghai');

    const moved: any = ok(
      await server.gql(
        UPDATE,
        { input: { eventId: plain.createEvent.event.id, timeZone: 'America/Sao_Paulo' } },
        { token: member.token },
      ),
    );
    expect(moved.updateEvent.event.timeZone).toBe('America/Sao_Paulo');
    expect(await storedZone(plain.createEvent.event.id)).toBe('America/Sao_Paulo');
  });

  test('a zone that is not an IANA name is BAD_USER_INPUT on timeZone, and nothing is written', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const event = await makeEvent(server.dataSource, { organizers: [organization] });
    const before = await databaseFingerprint(server.dataSource);
    for (const timeZone of ['Mars/Olympus_Mons', '+08:00', 'Beijing time', '', 'Asia/Shanghai\u0000']) {
      const created = failure(
        await server.gql(CREATE, { input: validInput([organization.id], { timeZone }) }, { token: member.token }),
      );
      expect({ timeZone, extensions: created.extensions }).toMatchObject({
        timeZone,
        extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' },
      });
      const updated = failure(
        await server.gql(UPDATE, { input: { eventId: event.id, timeZone } }, { token: member.token }),
      );
      expect({ timeZone, extensions: updated.extensions }).toMatchObject({
        timeZone,
        extensions: { code: 'BAD_USER_INPUT', field: 'timeZone' },
      });
    }
    const cleared = failure(
      await server.gql(UPDATE, { input: { eventId: event.id, timeZone: null } }, { token: member.token }),
    );
    expect(cleared.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'timeZone' });
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
    expect(await storedZone(event.id)).toBe('Asia/Shanghai');
  });
});

describe('updateEvent', () => {
  test('an organiser changes details; the rules hold on the result; a stranger may not', async () => {
    const [member, stranger] = await Promise.all([makeUser(server.dataSource), makeUser(server.dataSource)]);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const event = await makeEvent(server.dataSource, { organizers: [organization] });
    const data: any = ok(
      await server.gql(
        UPDATE,
        {
          input: { eventId: event.id, name: '改期后的 Meetup', onlineUrl: 'https://live.example.org', location: null },
        },
        { token: member.token },
      ),
    );
    expect(data.updateEvent.event).toMatchObject({
      name: '改期后的 Meetup',
      location: null,
      onlineUrl: 'https://live.example.org',
    });
    expect(await activities('event.updated', event.id)).toHaveLength(1);

    const noPlace = failure(
      await server.gql(UPDATE, { input: { eventId: event.id, onlineUrl: null } }, { token: member.token }),
    );
    expect(noPlace.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'location' });
    const backwards = failure(
      await server.gql(
        UPDATE,
        { input: { eventId: event.id, endsAt: '2000-01-01T00:00:00Z' } },
        { token: member.token },
      ),
    );
    expect(backwards.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    const cleared = failure(
      await server.gql(UPDATE, { input: { eventId: event.id, startsAt: null } }, { token: member.token }),
    );
    expect(cleared.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    const noKind = failure(
      await server.gql(UPDATE, { input: { eventId: event.id, kind: null } }, { token: member.token }),
    );
    expect(noKind.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    const refused = failure(
      await server.gql(UPDATE, { input: { eventId: event.id, name: 'x' } }, { token: stranger.token }),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const missing = failure(
      await server.gql(
        UPDATE,
        { input: { eventId: '00000000-0000-4000-8000-000000000000', name: 'x' } },
        { token: member.token },
      ),
    );
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'eventId' });
  });
});

describe('addEventProject', () => {
  test('adding a project again updates its outcome: a project appears once per event', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const event = await makeEvent(server.dataSource, { organizers: [organization] });
    const project = await makeProject(server.dataSource);
    const first: any = ok(
      await server.gql(
        ADD_PROJECT,
        { input: { eventId: event.id, projectId: project.id, outcome: '组队完成' } },
        { token: member.token },
      ),
    );
    expect(first.addEventProject).toMatchObject({
      added: true,
      participation: { outcome: '组队完成', project: { slug: project.slug } },
    });
    const second: any = ok(
      await server.gql(
        ADD_PROJECT,
        { input: { eventId: event.id, projectId: project.id, outcome: 'MVP built' } },
        { token: member.token },
      ),
    );
    expect(second.addEventProject.added).toBe(false);
    expect(second.addEventProject.event.projects).toEqual([{ outcome: 'MVP built', project: { id: project.id } }]);
    expect(await activities('event.project_added', event.id)).toHaveLength(1);
    expect(await activities('event.project_outcome_updated', event.id)).toHaveLength(1);

    const events: any = ok(
      await server.gql('query($slug: String!) { project(slug: $slug) { events { outcome event { slug } } } }', {
        slug: project.slug,
      }),
    );
    expect(events.project.events).toEqual([{ outcome: 'MVP built', event: { slug: event.slug } }]);
  });

  test("an organiser cannot add someone else's draft (NOT_FOUND), nor a stranger any project (FORBIDDEN)", async () => {
    const [member, stranger] = await Promise.all([makeUser(server.dataSource), makeUser(server.dataSource)]);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const event = await makeEvent(server.dataSource, { organizers: [organization] });
    const draft = await makeProject(server.dataSource, { visibility: ProjectVisibility.DRAFT });
    const published = await makeProject(server.dataSource);
    const before = await databaseFingerprint(server.dataSource);
    const hidden = failure(
      await server.gql(ADD_PROJECT, { input: { eventId: event.id, projectId: draft.id } }, { token: member.token }),
    );
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'projectId' });
    const refused = failure(
      await server.gql(
        ADD_PROJECT,
        { input: { eventId: event.id, projectId: published.id } },
        { token: stranger.token },
      ),
    );
    expect(refused.extensions.code).toBe('FORBIDDEN');
    const tooLong = failure(
      await server.gql(
        ADD_PROJECT,
        { input: { eventId: event.id, projectId: published.id, outcome: 'x'.repeat(501) } },
        { token: member.token },
      ),
    );
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test("a draft's participation never shows to the public, on the event or as the project's events", async () => {
    const maintainer = await makeUser(server.dataSource);
    const draft = await makeProject(server.dataSource, {
      visibility: ProjectVisibility.DRAFT,
      maintainers: [maintainer.user],
    });
    const event = await makeEvent(server.dataSource, { projects: [{ project: draft, outcome: '秘密' }] });
    const query = 'query($slug: String!) { event(slug: $slug) { projects { outcome } } }';
    expect((ok(await server.gql(query, { slug: event.slug })) as any).event.projects).toEqual([]);
    const own: any = ok(await server.gql(query, { slug: event.slug }, { token: maintainer.token }));
    expect(own.event.projects).toEqual([{ outcome: '秘密' }]);
  });
});
