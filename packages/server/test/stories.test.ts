import { ProjectVisibility, StoryKind } from '../src/shared/enums';
import { makeAdmin, makeEvent, makeOrganization, makeProject, makeStory, makeUser } from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateStoryInput!) {
  createStory(input: $input) {
    story { id slug kind title url publishedOn summary language mediaUrl mediaType durationSeconds projects { id } }
  }
}`;

let counter = 0;
const podcast = (projectIds: string[], overrides: Record<string, unknown> = {}) => ({
  kind: 'PODCAST',
  slug: `podcast-${++counter}`,
  title: '开源公益播客专栏：NVDA',
  url: 'https://podcast.example.org/episodes/nvda',
  publishedOn: '2025-03-15',
  summary: '视障屏幕阅读器如何持续运营社区',
  projectIds,
  mediaUrl: 'https://podcast.example.org/audio/nvda.mp3',
  mediaType: 'audio/mpeg',
  durationSeconds: 2712,
  ...overrides,
});

describe('createStory: who may publish', () => {
  test('a maintainer of a featured project publishes; the story is public and recorded', async () => {
    const maintainer = await makeUser(server.dataSource);
    const project = await makeProject(server.dataSource, { maintainers: [maintainer.user] });
    const other = await makeProject(server.dataSource);
    const data: any = ok(
      await server.gql(CREATE, { input: podcast([project.id, other.id]) }, { token: maintainer.token }),
    );
    const story = data.createStory.story;
    expect(story).toMatchObject({
      kind: 'PODCAST',
      publishedOn: '2025-03-15',
      language: 'zh-CN',
      mediaType: 'audio/mpeg',
      durationSeconds: 2712,
      projects: [{ id: project.id }, { id: other.id }],
    });
    const [activity] = await server.dataSource.query(
      "SELECT actor_user_id FROM activities WHERE verb = 'story.created' AND subject_id = $1",
      [story.id],
    );
    expect(activity.actor_user_id).toBe(maintainer.user.id);
    const read: any = ok(
      await server.gql('query($slug: String!) { story(slug: $slug) { title } }', { slug: story.slug }),
    );
    expect(read.story.title).toBe('开源公益播客专栏：NVDA');
  });

  test('a member of a verified organisation publishes about any published project; of an unverified one, not', async () => {
    const [verifiedMember, unverifiedMember, stranger, admin] = await Promise.all([
      makeUser(server.dataSource),
      makeUser(server.dataSource),
      makeUser(server.dataSource),
      makeAdmin(server.dataSource),
    ]);
    await makeOrganization(server.dataSource, { verified: true, members: [verifiedMember.user] });
    await makeOrganization(server.dataSource, { verified: false, owner: unverifiedMember.user });
    const project = await makeProject(server.dataSource);
    ok(await server.gql(CREATE, { input: podcast([project.id]) }, { token: verifiedMember.token }));
    ok(await server.gql(CREATE, { input: podcast([project.id]) }, { token: admin.token }));
    const before = await databaseFingerprint(server.dataSource);
    for (const caller of [unverifiedMember, stranger]) {
      const refused = failure(await server.gql(CREATE, { input: podcast([project.id]) }, { token: caller.token }));
      expect(refused.extensions.code).toBe('FORBIDDEN');
    }
    expect(failure(await server.gql(CREATE, { input: podcast([project.id]) })).extensions.code).toBe('UNAUTHENTICATED');
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });

  test('nobody features a draft they cannot see: NOT_FOUND, as if it did not exist', async () => {
    const member = await makeUser(server.dataSource);
    await makeOrganization(server.dataSource, { verified: true, members: [member.user] });
    const draft = await makeProject(server.dataSource, { visibility: ProjectVisibility.DRAFT });
    const error = failure(await server.gql(CREATE, { input: podcast([draft.id]) }, { token: member.token }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'projectIds' });
  });
});

describe('createStory: validation', () => {
  test('bad input is refused field by field, and nothing is written', async () => {
    const maintainer = await makeUser(server.dataSource);
    const project = await makeProject(server.dataSource, { maintainers: [maintainer.user] });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ kind: 'TWEET' }, 'BAD_USER_INPUT', 'kind'],
      [{ slug: '-bad-' }, 'BAD_USER_INPUT', 'slug'],
      [{ title: '' }, 'BAD_USER_INPUT', 'title'],
      [{ url: 'javascript:alert(1)' }, 'BAD_USER_INPUT', 'url'],
      [{ publishedOn: '2025-02-30' }, 'BAD_USER_INPUT', 'publishedOn'],
      [{ language: 'chinese please' }, 'BAD_USER_INPUT', 'language'],
      [{ projectIds: [] }, 'BAD_USER_INPUT', 'projectIds'],
      [{ mediaType: 'application/pdf' }, 'BAD_USER_INPUT', 'mediaType'],
      [{ mediaType: null }, 'BAD_USER_INPUT', 'mediaType'],
      [{ mediaUrl: null }, 'BAD_USER_INPUT', 'mediaUrl'],
      [{ mediaUrl: null, mediaType: null }, 'BAD_USER_INPUT', 'durationSeconds'],
      [{ durationSeconds: 0 }, 'BAD_USER_INPUT', 'durationSeconds'],
      [{ durationSeconds: 1.5 }, 'BAD_USER_INPUT', 'durationSeconds'],
      [{ summary: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'summary'],
    ];
    const before = await databaseFingerprint(server.dataSource);
    for (const [overrides, code, field] of cases) {
      const error = failure(
        await server.gql(CREATE, { input: podcast([project.id], overrides) }, { token: maintainer.token }),
      );
      expect({ overrides, code: error.extensions.code }).toEqual({ overrides, code });
      expect(JSON.stringify(error.extensions)).toContain(field);
    }
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
    const input = podcast([project.id]);
    ok(await server.gql(CREATE, { input }, { token: maintainer.token }));
    expect(failure(await server.gql(CREATE, { input }, { token: maintainer.token })).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'slug',
    });
  });
});

describe('stories query', () => {
  const LIST = `query($filter: StoryFilter, $first: Int, $after: String) {
    stories(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { slug kind publishedOn projects { slug } } }
    }
  }`;

  test('newest first, paged by keyset, filtered by kind and project', async () => {
    const project = await makeProject(server.dataSource);
    const days = ['2031-01-05', '2031-01-03', '2031-01-03', '2031-01-01', '2030-12-30'];
    const made = [];
    for (const [i, day] of days.entries()) {
      made.push(
        await makeStory(server.dataSource, [project], {
          publishedOn: day,
          kind: i % 2 ? StoryKind.VIDEO : StoryKind.ARTICLE,
        }),
      );
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: any = ok(await server.gql(LIST, { filter: { projectId: project.id }, first: 2, after }));
      expect(data.stories.totalCount).toBe(5);
      seen.push(...data.stories.edges.map((e: any) => e.node.publishedOn));
      after = data.stories.pageInfo.hasNextPage ? data.stories.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(days);
    const videos: any = ok(await server.gql(LIST, { filter: { projectSlug: project.slug, kinds: ['VIDEO'] } }));
    expect(videos.stories.edges.map((e: any) => e.node.kind)).toEqual(['VIDEO', 'VIDEO']);
    const ofProject: any = ok(
      await server.gql('query($slug: String!) { project(slug: $slug) { stories { slug } } }', { slug: project.slug }),
    );
    expect(ofProject.project.stories).toHaveLength(5);
    expect(ofProject.project.stories[0].slug).toBe(made[0].slug);
  });

  test('a story never exposes a draft: hidden while it features drafts only, and drafts left out of it', async () => {
    const maintainer = await makeUser(server.dataSource);
    const draft = await makeProject(server.dataSource, {
      visibility: ProjectVisibility.DRAFT,
      maintainers: [maintainer.user],
    });
    const published = await makeProject(server.dataSource);
    const draftOnly = await makeStory(server.dataSource, [draft]);
    const mixed = await makeStory(server.dataSource, [draft, published]);
    const one = 'query($slug: String!) { story(slug: $slug) { slug projects { slug } } }';
    expect((ok(await server.gql(one, { slug: draftOnly.slug })) as any).story).toBeNull();
    expect((ok(await server.gql(one, { slug: mixed.slug })) as any).story.projects).toEqual([{ slug: published.slug }]);
    // Filtering by the draft tells the public nothing either.
    const byDraft: any = ok(await server.gql(LIST, { filter: { projectId: draft.id } }));
    expect(byDraft.stories.totalCount).toBe(0);
    // Its maintainer sees both, with the draft.
    const own: any = ok(await server.gql(LIST, { filter: { projectId: draft.id } }, { token: maintainer.token }));
    expect(own.stories.edges.map((e: any) => e.node.slug).sort()).toEqual([draftOnly.slug, mixed.slug].sort());
  });

  test('a forged cursor is BAD_USER_INPUT, not a 500', async () => {
    const error = failure(await server.gql(LIST, { after: 'bm9wZQ' }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

test('stories with their projects, and the projects with their events and stories, cost the same statements for 5 or 40 rows', async () => {
  const organization = await makeOrganization(server.dataSource);
  const projects = await Promise.all(Array.from({ length: 8 }, () => makeProject(server.dataSource)));
  for (let i = 0; i < 40; i++) {
    await makeStory(server.dataSource, [projects[i % 8], projects[(i + 3) % 8]], { publishedOn: '2040-01-01' });
  }
  for (const project of projects) {
    await makeEvent(server.dataSource, { organizers: [organization], projects: [{ project, outcome: 'MVP built' }] });
  }
  const query = `query($first: Int) {
    stories(first: $first) { edges { node { slug projects { slug events { outcome event { slug } } stories { slug } } } } }
  }`;
  const count = async (first: number) => {
    server.statements.reset();
    const data: any = ok(await server.gql(query, { first }));
    expect(data.stories.edges).toHaveLength(first);
    return server.statements.statements.length;
  };
  expect(await count(40)).toBe(await count(5));
});
