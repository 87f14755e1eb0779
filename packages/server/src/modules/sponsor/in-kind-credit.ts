import { In } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { SponsorLinkSide, SponsorLinkStatus, SponsorRole } from '../../shared/enums';
import type { Tx } from '../activity/activity.log';
import { SponsorLinkEntity } from './sponsor-link.entity';

/**
 * Giving is credited by name: an approved grant creates the CONFIRMED IN_KIND link between the organisation and
 * the project, or extends the live one. The project asked and the organisation said yes, so both sides agreed.
 * Runs inside the approval's transaction; returns the link's id.
 *
 * The insert leans on uq_sponsor_links_live: when two approvals credit the same pair at once, the second waits
 * for the first, finds its link and extends it, instead of making a second one.
 */
export async function creditInKind(
  { manager, record }: Tx,
  actor: Viewer,
  credit: { organizationId: string; projectId: string; attribution: string; requestId: string },
): Promise<string> {
  const inserted: Array<{ id: string }> = await manager.query(
    `INSERT INTO sponsor_links
       (organization_id, project_id, role, status, proposed_by, proposed_by_user_id, attribution, starts_on, responded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, current_date, now())
     ON CONFLICT (organization_id, project_id, role) WHERE status IN ('PROPOSED', 'CONFIRMED') DO NOTHING
     RETURNING id`,
    [
      credit.organizationId,
      credit.projectId,
      SponsorRole.IN_KIND,
      SponsorLinkStatus.CONFIRMED,
      SponsorLinkSide.ORGANIZATION,
      actor.user.id,
      credit.attribution,
    ],
  );
  const facts = { organizationId: credit.organizationId, projectId: credit.projectId, role: SponsorRole.IN_KIND };
  if (inserted[0]) {
    await record('sponsor_link.confirmed', inserted[0].id, {
      ...facts,
      resourceRequestId: credit.requestId,
      created: true,
    });
    return inserted[0].id;
  }

  const links = manager.getRepository(SponsorLinkEntity);
  // The one live link the insert collided with (the unique index allows no second).
  const link = await links.findOneOrFail({
    where: { ...facts, status: In([SponsorLinkStatus.PROPOSED, SponsorLinkStatus.CONFIRMED]) },
    lock: { mode: 'pessimistic_write' },
  });
  const wasProposed = link.status === SponsorLinkStatus.PROPOSED;
  // A proposal between them is answered by the grant.
  if (wasProposed) {
    link.status = SponsorLinkStatus.CONFIRMED;
    link.respondedAt = new Date();
  }
  await links.save(link);
  // A link due to end before today runs on: the grant is today's support. "Today" is the database's, as in
  // isSponsor and activeOn.
  await manager.query(`UPDATE sponsor_links SET ends_on = NULL WHERE id = $1 AND ends_on < current_date`, [link.id]);
  await record(wasProposed ? 'sponsor_link.confirmed' : 'sponsor_link.extended', link.id, {
    ...facts,
    resourceRequestId: credit.requestId,
  });
  return link.id;
}
