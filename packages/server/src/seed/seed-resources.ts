import { createHash } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProjectEntity } from '../modules/project/project.entity';
import { ResourceOfferEntity } from '../modules/resource/resource-offer.entity';
import { ResourceRequestEntity } from '../modules/resource/resource-request.entity';
import { SponsorLinkEntity } from '../modules/sponsor/sponsor-link.entity';
import { ResourceRequestStatus, SponsorLinkSide, SponsorLinkStatus, SponsorRole } from '../shared/enums';
import { demoOrganizations } from './demo-data';
import { demoResourceOffers, type DemoInstant, type DemoResourceOffer } from './demo-resources';

const DAY = 24 * 60 * 60 * 1000;
const organizationNames = new Map(demoOrganizations.map((o) => [o.slug, o.name]));
const GRANTED = new Set([ResourceRequestStatus.APPROVED, ResourceRequestStatus.FULFILLED]);

/** Namespace of the demo rows' name-based ids. */
const DEMO_ID_NAMESPACE = Buffer.from('5c1d7f0e8a3b4e6d9f2a1b0c3d4e5f60', 'hex');

/**
 * The same id for the same name on every database (an RFC 9562 version 5 UUID): how demo rows that have no natural
 * key, such as offers, are found again.
 */
export function demoId(name: string): string {
  const hash = createHash('sha1').update(DEMO_ID_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.toString('hex', 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const demoOfferId = (offer: Pick<DemoResourceOffer, 'key'>) => demoId(`resource-offer/${offer.key}`);

const instant = (when: DemoInstant, now: number) =>
  typeof when === 'string' ? new Date(when) : new Date(now + when.daysFromLoading * DAY);

const optionalDate = (when: string | undefined) => (when ? new Date(when) : null);

/** Slug → id of the demo rows among `slugs`: demo offers and requests go only to demo organisations and projects. */
async function demoIdsBySlug(
  manager: EntityManager,
  entity: typeof OrganizationEntity | typeof ProjectEntity,
  slugs: string[],
): Promise<Map<string, string>> {
  const rows = await manager.getRepository<{ id: string; slug: string; isDemo: boolean }>(entity).find({
    select: { id: true, slug: true },
    where: { slug: In(slugs), isDemo: true },
  });
  return new Map(rows.map((row) => [row.slug, row.id]));
}

/**
 * Offers, with their requests. An offer's demo requests are loaded together with it and never later, so an offer
 * found again (even edited, paused or granted further since) is left alone, and a new one's `granted` is exactly
 * what its own grants add up to. Each grant is credited as approval credits it (in-kind-credit.ts): by a CONFIRMED
 * IN_KIND link between the organisation and the project, the live one when there is one.
 */
export async function seedResources(
  manager: EntityManager,
  requesterOf: Map<string, string | null>,
  now: number,
): Promise<{ offers: number; requests: number }> {
  const organizationIds = await demoIdsBySlug(manager, OrganizationEntity, [
    ...new Set(demoResourceOffers.map((o) => o.organization)),
  ]);
  const projectIds = await demoIdsBySlug(manager, ProjectEntity, [
    ...new Set(demoResourceOffers.flatMap((o) => o.requests.map((r) => r.project))),
  ]);
  const offers = demoResourceOffers.filter((o) => organizationIds.has(o.organization));
  if (!offers.length) return { offers: 0, requests: 0 };

  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(ResourceOfferEntity)
    .values(
      offers.map(({ key, organization, requests: _r, details, opensAt, closesAt, ...fields }) => ({
        ...fields,
        id: demoOfferId({ key }),
        organizationId: organizationIds.get(organization)!,
        createdByUserId: null,
        category: details.category,
        details,
        granted: 0,
        opensAt: new Date(opensAt),
        closesAt: closesAt === null ? null : instant(closesAt, now),
        isDemo: true,
        createdAt: new Date(opensAt),
        updatedAt: new Date(opensAt),
      })),
    )
    .orIgnore()
    .returning(['id'])
    .updateEntity(false)
    .execute();
  const loadedIds = new Set((inserted.raw as Array<{ id: string }>).map((row) => row.id));
  const loadedOffers = offers.filter((o) => loadedIds.has(demoOfferId(o)));

  const requests = loadedOffers.flatMap((offer) =>
    offer.requests.filter((r) => projectIds.has(r.project)).map((request) => ({ offer, request })),
  );
  const linkIds = await creditGrants(
    manager,
    requests
      .filter(({ request }) => GRANTED.has(request.status))
      .map(({ offer, request }) => ({
        organizationId: organizationIds.get(offer.organization)!,
        projectId: projectIds.get(request.project)!,
        attribution: offer.attribution || organizationNames.get(offer.organization)!,
        decidedAt: new Date(request.decidedAt!),
      })),
    now,
  );

  if (requests.length) {
    await manager.getRepository(ResourceRequestEntity).insert(
      requests.map(({ offer, request }) => {
        const organizationId = organizationIds.get(offer.organization)!;
        const projectId = projectIds.get(request.project)!;
        const granted = GRANTED.has(request.status);
        const createdAt = instant(request.createdAt, now);
        const dates = [request.decidedAt, request.fulfilledAt, request.closedAt].map(optionalDate);
        return {
          offerId: demoOfferId(offer),
          projectId,
          requestedByUserId: requesterOf.get(request.project) ?? null,
          quantity: request.quantity,
          approvedQuantity: granted ? (request.approvedQuantity ?? request.quantity) : null,
          status: request.status,
          justification: request.justification,
          decisionNote: request.decisionNote ?? null,
          fulfillmentNote: request.fulfillmentNote ?? null,
          decidedByUserId: null,
          decidedAt: dates[0],
          fulfilledAt: dates[1],
          closedAt: dates[2],
          sponsorLinkId: granted ? linkIds.get(pairKey(organizationId, projectId))! : null,
          isDemo: true,
          createdAt,
          updatedAt: lastOf(createdAt, dates),
        };
      }),
    );
  }

  // `granted` from the rows just written, not from the demo data: the sum of the standing grants, as approvals keep it.
  await manager.query(
    `UPDATE resource_offers offer SET granted = grants.quantity
       FROM (SELECT offer_id, sum(approved_quantity)::int AS quantity FROM resource_requests
              WHERE offer_id = ANY($1::uuid[]) AND status IN ('APPROVED', 'FULFILLED') GROUP BY offer_id) grants
      WHERE offer.id = grants.offer_id`,
    [[...loadedIds]],
  );
  return { offers: loadedOffers.length, requests: requests.length };
}

const pairKey = (organizationId: string, projectId: string) => `${organizationId}/${projectId}`;

const lastOf = (first: Date, dates: Array<Date | null>) =>
  dates.reduce<Date>((last, date) => (date && date > last ? date : last), first);

interface Grant {
  organizationId: string;
  projectId: string;
  attribution: string;
  decidedAt: Date;
}

/**
 * creditInKind for demo grants, without an actor or activity: the first grant to a pair, in the order they were
 * decided, makes the CONFIRMED IN_KIND link (with its offer's attribution, from the day it was decided); a live
 * link between them is used instead, a proposal between them is answered by the grant, and a link due to end
 * before today runs on. Returns the link of each pair.
 */
async function creditGrants(manager: EntityManager, grants: Grant[], now: number): Promise<Map<string, string>> {
  const firstGrants = new Map<string, Grant>();
  for (const grant of [...grants].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime())) {
    const key = pairKey(grant.organizationId, grant.projectId);
    if (!firstGrants.has(key)) firstGrants.set(key, grant);
  }
  if (!firstGrants.size) return new Map();
  const pairs = [...firstGrants.values()];

  // Ignored where a live link already joins the pair (uq_sponsor_links_live): that one is credited instead.
  await manager
    .createQueryBuilder()
    .insert()
    .into(SponsorLinkEntity)
    .values(
      pairs.map((grant) => ({
        organizationId: grant.organizationId,
        projectId: grant.projectId,
        role: SponsorRole.IN_KIND,
        status: SponsorLinkStatus.CONFIRMED,
        proposedBy: SponsorLinkSide.ORGANIZATION,
        proposedByUserId: null,
        attribution: grant.attribution,
        startsOn: grant.decidedAt.toISOString().slice(0, 10),
        respondedAt: grant.decidedAt,
        isDemo: true,
        createdAt: grant.decidedAt,
        updatedAt: grant.decidedAt,
      })),
    )
    .orIgnore()
    .execute();

  const links = await manager.getRepository(SponsorLinkEntity).find({
    where: pairs.map((grant) => ({
      organizationId: grant.organizationId,
      projectId: grant.projectId,
      role: SponsorRole.IN_KIND,
      status: In([SponsorLinkStatus.PROPOSED, SponsorLinkStatus.CONFIRMED]),
    })),
  });
  const proposed = links.filter((link) => link.status === SponsorLinkStatus.PROPOSED).map((link) => link.id);
  if (proposed.length) {
    await manager
      .getRepository(SponsorLinkEntity)
      .update({ id: In(proposed) }, { status: SponsorLinkStatus.CONFIRMED, respondedAt: new Date(now) });
  }
  await manager.query(`UPDATE sponsor_links SET ends_on = NULL WHERE id = ANY($1::uuid[]) AND ends_on < current_date`, [
    links.map((link) => link.id),
  ]);
  return new Map(links.map((link) => [pairKey(link.organizationId, link.projectId), link.id]));
}
