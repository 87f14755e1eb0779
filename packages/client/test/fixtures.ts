import { randomUUID } from 'node:crypto';
import { createClient, type GoodlinkClient } from '../src/index';
import {
  CreateOrganizationDocument,
  CreateResourceOfferDocument,
  SetResourceOfferStatusDocument,
  SignInDocument,
  SignUpDocument,
  VerifyOrganizationDocument,
  type CreateResourceOfferInput,
  type ResourceOfferStatus,
} from './generated/graphql';
import { ADMIN } from './server';

/** A new account, signed in: its token and a client that sends it. */
export async function signUp(url: string): Promise<{ token: string; client: GoodlinkClient }> {
  const id = randomUUID().slice(0, 8);
  const { signUp } = await createClient({ url }).request(SignUpDocument, {
    input: { email: `member-${id}@client-tests.goodlink.test`, password: 'a long enough password', displayName: id },
  });
  return { token: signUp.token, client: createClient({ url, token: signUp.token }) };
}

export async function signInAsAdmin(url: string): Promise<GoodlinkClient> {
  const { signIn } = await createClient({ url }).request(SignInDocument, { input: ADMIN });
  return createClient({ url, token: signIn.token });
}

export interface OfferPlan {
  category: 'COMPUTE' | 'SERVER';
  status: ResourceOfferStatus;
}

/** Offers start as DRAFT; PAUSED and CLOSED are reached through OPEN, as an organisation would. */
const STATUS_PATH: Record<ResourceOfferStatus, ResourceOfferStatus[]> = {
  DRAFT: [],
  OPEN: ['OPEN'],
  PAUSED: ['OPEN', 'PAUSED'],
  CLOSED: ['OPEN', 'CLOSED'],
};

function offerInput(organizationId: string, plan: OfferPlan, index: number): CreateResourceOfferInput {
  const common = { organizationId, title: `Test ${plan.category} offer ${index} (${plan.status})`, total: 100 + index };
  return plan.category === 'COMPUTE'
    ? { ...common, category: 'COMPUTE', unit: 'GPU-hours', details: { compute: { acceleratorModel: 'NVIDIA L40S' } } }
    : {
        ...common,
        category: 'SERVER',
        unit: 'servers',
        details: { server: { vcpus: 4, memoryGiB: 16, storageGiB: 100, region: 'cn-shanghai', months: 6 } },
      };
}

/**
 * An organisation of a new member, verified by the admin when asked (the public sees only verified organisations'
 * offers), with one offer per plan entry in the planned status. Returns the owner's token and the offers' ids.
 */
export async function organizationWithOffers(
  url: string,
  plans: OfferPlan[],
  { verified }: { verified: boolean },
): Promise<{ token: string; offers: Array<OfferPlan & { id: string }> }> {
  const owner = await signUp(url);
  const slug = `test-org-${randomUUID().slice(0, 8)}`;
  const { createOrganization } = await owner.client.request(CreateOrganizationDocument, {
    input: { slug, name: `Client test organisation ${slug}`, kind: 'COMPANY' },
  });
  const organizationId = createOrganization.organization.id;
  if (verified) {
    const admin = await signInAsAdmin(url);
    await admin.request(VerifyOrganizationDocument, { input: { organizationId, verified: true } });
  }

  const offers: Array<OfferPlan & { id: string }> = [];
  for (const [index, plan] of plans.entries()) {
    const { createResourceOffer } = await owner.client.request(CreateResourceOfferDocument, {
      input: offerInput(organizationId, plan, index),
    });
    const offerId = createResourceOffer.offer.id;
    for (const status of STATUS_PATH[plan.status]) {
      await owner.client.request(SetResourceOfferStatusDocument, { input: { offerId, status } });
    }
    offers.push({ ...plan, id: offerId });
  }
  return { token: owner.token, offers };
}
