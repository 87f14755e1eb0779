import { CauseArea, ResourceOfferStatus, ResourceRequestStatus } from '../src/shared/enums';
import {
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeUser,
  type TestUser,
} from './factories';
import { failure, ok, startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const CREATE = `mutation($input: CreateResourceOfferInput!) {
  createResourceOffer(input: $input) {
    offer {
      id category title unit total remaining maxPerProject status attribution
      organization { slug }
      eligibility { causeAreas stages osiLicenseRequired }
      details {
        __typename
        ... on ComputeDetails { acceleratorModel acceleratorMemoryGiB }
        ... on ServerDetails { vcpus memoryGiB storageGiB region months }
        ... on DataDetails { datasetName license accessTerms }
        ... on PromotionDetails { channel audienceSize slotDescription }
      }
    }
  }
}`;
const UPDATE = `mutation($input: UpdateResourceOfferInput!) {
  updateResourceOffer(input: $input) { offer { title total remaining maxPerProject unit closesAt } }
}`;
const SET_STATUS = `mutation($input: SetResourceOfferStatusInput!) {
  setResourceOfferStatus(input: $input) { offer { status } }
}`;

async function csrTeam(verified = true): Promise<{ member: TestUser; organizationId: string; slug: string }> {
  const member = await makeUser(server.dataSource);
  const organization = await makeOrganization(server.dataSource, { members: [member.user], verified });
  return { member, organizationId: organization.id, slug: organization.slug };
}

const base = (organizationId: string) => ({
  organizationId,
  category: 'COMPUTE',
  title: '字节跳动 GPU 算力支持计划',
  unit: 'GPU-hours',
  total: 1000,
  details: { compute: { acceleratorModel: 'NVIDIA A100 80GB', acceleratorMemoryGiB: 80 } },
});

describe('creating offers', () => {
  test.each([
    [
      'COMPUTE',
      { compute: { acceleratorModel: '昇腾 910B' } },
      { __typename: 'ComputeDetails', acceleratorModel: '昇腾 910B', acceleratorMemoryGiB: null },
    ],
    [
      'SERVER',
      { server: { vcpus: 8, memoryGiB: 32, storageGiB: 200, region: 'cn-beijing', months: 12 } },
      { __typename: 'ServerDetails', vcpus: 8, memoryGiB: 32, storageGiB: 200, region: 'cn-beijing', months: 12 },
    ],
    [
      'DATA',
      {
        data: { datasetName: '中文手语视频集', license: 'CC-BY-4.0', accessTerms: '仅限公益研究，签署数据协议后开放' },
      },
      {
        __typename: 'DataDetails',
        datasetName: '中文手语视频集',
        license: 'CC-BY-4.0',
        accessTerms: '仅限公益研究，签署数据协议后开放',
      },
    ],
    [
      'PROMOTION',
      { promotion: { channel: 'PODCAST', audienceSize: 20000, slotDescription: '《开源公益》播客一期嘉宾' } },
      {
        __typename: 'PromotionDetails',
        channel: 'PODCAST',
        audienceSize: 20000,
        slotDescription: '《开源公益》播客一期嘉宾',
      },
    ],
  ])('a member creates a %s offer as a DRAFT, with typed details', async (category, details, expected) => {
    const { member, organizationId, slug } = await csrTeam();
    const data: any = ok(
      await server.gql(
        CREATE,
        { input: { ...base(organizationId), category, details, eligibility: { causeAreas: ['ACCESSIBILITY'] } } },
        { token: member.token },
      ),
    );
    expect(data.createResourceOffer.offer).toMatchObject({
      category,
      status: 'DRAFT',
      total: 1000,
      remaining: 1000,
      organization: { slug },
      eligibility: { causeAreas: ['ACCESSIBILITY'], stages: [], osiLicenseRequired: false },
      details: expected,
    });
  });

  test.each([
    [{ details: { server: { vcpus: 8, memoryGiB: 32, storageGiB: 200, region: 'x', months: 1 } } }, 'details'],
    [{ details: {} }, 'details'],
    [
      {
        details: { compute: { acceleratorModel: 'A100' }, data: { datasetName: 'x', license: 'x', accessTerms: 'x' } },
      },
      'details',
    ],
    [{ details: { compute: { acceleratorModel: '  ' } } }, 'details.compute.acceleratorModel'],
    [{ total: 0 }, 'total'],
    [{ total: 2_000_000_000 }, 'total'],
    [{ maxPerProject: 1001 }, 'maxPerProject'],
    [{ opensAt: '2026-12-01T00:00:00Z', closesAt: '2026-11-01T00:00:00Z' }, 'closesAt'],
    [{ title: '' }, 'title'],
    [{ eligibility: { causeAreas: ['ACCESSIBILITY', 'ACCESSIBILITY'] } }, 'eligibility.causeAreas'],
  ])('%j is BAD_USER_INPUT on %s, and nothing is written', async (override, field) => {
    const { member, organizationId } = await csrTeam();
    const before = await databaseFingerprint(server.dataSource);
    const error = failure(
      await server.gql(CREATE, { input: { ...base(organizationId), ...override } }, { token: member.token }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });
});

describe('changing offers', () => {
  test('the total never goes below what is granted', async () => {
    const { member, organizationId } = await csrTeam();
    const organization = { id: organizationId };
    const offer = await makeResourceOffer(server.dataSource, organization, { total: 500 });
    await makeResourceRequest(server.dataSource, offer, await makeProject(server.dataSource), {
      quantity: 300,
      status: ResourceRequestStatus.APPROVED,
    });
    const refused = failure(
      await server.gql(UPDATE, { input: { offerId: offer.id, total: 299 } }, { token: member.token }),
    );
    expect(refused.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'BELOW_GRANTED',
      field: 'total',
      granted: 300,
    });
    const data: any = ok(
      await server.gql(UPDATE, { input: { offerId: offer.id, total: 300 } }, { token: member.token }),
    );
    expect(data.updateResourceOffer.offer).toMatchObject({ total: 300, remaining: 0 });
  });

  test('the unit is fixed once a project has asked; other fields still change', async () => {
    const { member, organizationId } = await csrTeam();
    const offer = await makeResourceOffer(server.dataSource, { id: organizationId });
    await makeResourceRequest(server.dataSource, offer, await makeProject(server.dataSource));
    const refused = failure(
      await server.gql(UPDATE, { input: { offerId: offer.id, unit: 'hours' } }, { token: member.token }),
    );
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HAS_REQUESTS', field: 'unit' });
    const data: any = ok(
      await server.gql(
        UPDATE,
        { input: { offerId: offer.id, title: '新标题', maxPerProject: 200, closesAt: '2027-06-30T00:00:00.000Z' } },
        { token: member.token },
      ),
    );
    expect(data.updateResourceOffer.offer).toMatchObject({
      title: '新标题',
      maxPerProject: 200,
      closesAt: '2027-06-30T00:00:00.000Z',
    });
  });

  test('a maximum per project above the total is refused on update too', async () => {
    const { member, organizationId } = await csrTeam();
    const offer = await makeResourceOffer(server.dataSource, { id: organizationId }, { total: 100 });
    const error = failure(
      await server.gql(UPDATE, { input: { offerId: offer.id, maxPerProject: 101 } }, { token: member.token }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxPerProject' });
  });

  test('status: draft → open → paused → closed → open; back to draft only while nobody has asked', async () => {
    const { member, organizationId } = await csrTeam();
    const offer = await makeResourceOffer(
      server.dataSource,
      { id: organizationId },
      {
        status: ResourceOfferStatus.DRAFT,
      },
    );
    for (const status of ['OPEN', 'PAUSED', 'CLOSED', 'OPEN', 'DRAFT', 'OPEN']) {
      const data: any = ok(
        await server.gql(SET_STATUS, { input: { offerId: offer.id, status } }, { token: member.token }),
      );
      expect(data.setResourceOfferStatus.offer.status).toBe(status);
    }
    await makeResourceRequest(server.dataSource, offer, await makeProject(server.dataSource));
    const error = failure(
      await server.gql(SET_STATUS, { input: { offerId: offer.id, status: 'DRAFT' } }, { token: member.token }),
    );
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'HAS_REQUESTS' });
  });
});

describe('listing offers', () => {
  const LIST = `query($filter: ResourceOfferFilter, $orderBy: ResourceOfferOrder, $first: Int, $after: String) {
    resourceOffers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { title status remaining closesAt } }
    }
  }`;

  let team: { member: TestUser; organizationId: string; slug: string };
  beforeAll(async () => {
    const db = server.dataSource;
    team = await csrTeam(true);
    const org = { id: team.organizationId };
    const unverified = await makeOrganization(db, { verified: false });
    await makeResourceOffer(db, org, {
      title: 'L-open-a11y 无障碍算力',
      total: 100,
      eligibleCauseAreas: [CauseArea.ACCESSIBILITY],
      closesAt: new Date('2027-01-01'),
    });
    await makeResourceOffer(db, org, { title: 'L-open-any 通用算力', total: 300, closesAt: new Date('2026-12-31') });
    const full = await makeResourceOffer(db, org, { title: 'L-open-full 已用完', total: 50 });
    await makeResourceRequest(db, full, await makeProject(db), {
      quantity: 50,
      status: ResourceRequestStatus.APPROVED,
    });
    await makeResourceOffer(db, org, {
      title: 'L-open-elderly 养老',
      total: 200,
      eligibleCauseAreas: [CauseArea.ELDERLY_CARE],
    });
    await makeResourceOffer(db, org, { title: 'L-draft 草稿', status: ResourceOfferStatus.DRAFT });
    await makeResourceOffer(db, org, { title: 'L-paused 暂停', status: ResourceOfferStatus.PAUSED });
    await makeResourceOffer(db, unverified, { title: 'L-unverified 未认证' });
  });

  const titles = async (variables: Record<string, unknown>, token?: string) => {
    const data: any = ok(
      await server.gql(LIST, { ...variables, filter: { search: 'L', ...(variables.filter as object) } }, { token }),
    );
    return data.resourceOffers.edges.map((e: any) => e.node.title);
  };

  test('the public sees OPEN offers of verified organisations only', async () => {
    expect((await titles({})).sort()).toEqual(
      ['L-open-a11y 无障碍算力', 'L-open-any 通用算力', 'L-open-elderly 养老', 'L-open-full 已用完'].sort(),
    );
  });

  test("members also see their organisation's drafts and paused offers", async () => {
    const mine = await titles({ filter: { organizationSlug: team.slug } }, team.member.token);
    expect(mine).toHaveLength(6);
    expect(mine).toEqual(expect.arrayContaining(['L-draft 草稿', 'L-paused 暂停']));
  });

  test('filters: eligible for a cause (open-to-all included), has remaining, status', async () => {
    expect((await titles({ filter: { eligibleForCause: 'ACCESSIBILITY' } })).sort()).toEqual(
      ['L-open-a11y 无障碍算力', 'L-open-any 通用算力', 'L-open-full 已用完'].sort(),
    );
    expect(await titles({ filter: { hasRemaining: false } })).toEqual(['L-open-full 已用完']);
    expect(await titles({ filter: { statuses: ['PAUSED'] } }, team.member.token)).toEqual(['L-paused 暂停']);
    expect(await titles({ filter: { statuses: ['PAUSED'] } })).toEqual([]);
  });

  test('order by remaining, and by closing date with open-ended offers last, page by page', async () => {
    expect(await titles({ orderBy: { field: 'REMAINING', direction: 'DESC' } })).toEqual([
      'L-open-any 通用算力',
      'L-open-elderly 养老',
      'L-open-a11y 无障碍算力',
      'L-open-full 已用完',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const data: any = ok(
        await server.gql(LIST, {
          filter: { search: 'L' },
          orderBy: { field: 'CLOSES_AT', direction: 'ASC' },
          first: 1,
          after,
        }),
      );
      seen.push(...data.resourceOffers.edges.map((e: any) => e.node.title));
      after = data.resourceOffers.pageInfo.hasNextPage ? data.resourceOffers.pageInfo.endCursor : null;
    } while (after);
    expect(seen.slice(0, 2)).toEqual(['L-open-any 通用算力', 'L-open-a11y 无障碍算力']);
    expect(seen.slice(2).sort()).toEqual(['L-open-elderly 养老', 'L-open-full 已用完'].sort());
  });

  test("an offer's requests are for its organisation's members only", async () => {
    const db = server.dataSource;
    const offer = await makeResourceOffer(db, { id: team.organizationId });
    await makeResourceRequest(db, offer, await makeProject(db));
    const query = `query($id: ID!) { resourceOffer(id: $id) { viewerCanManage requests { status justification } } }`;
    const anonymous: any = ok(await server.gql(query, { id: offer.id }));
    expect(anonymous.resourceOffer).toEqual({ viewerCanManage: false, requests: null });
    const member: any = ok(await server.gql(query, { id: offer.id }, { token: team.member.token }));
    expect(member.resourceOffer.viewerCanManage).toBe(true);
    expect(member.resourceOffer.requests).toEqual([{ status: 'PENDING', justification: expect.any(String) }]);
  });
});
