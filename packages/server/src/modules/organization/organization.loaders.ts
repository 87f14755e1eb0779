import DataLoader from 'dataloader';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { MemberRole } from '../../shared/enums';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

export function createOrganizationLoaders(db: EntityManager, viewer: Viewer | null) {
  const members = db.getRepository(OrganizationMemberEntity);
  return {
    byId: rowsById((ids) => db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) })),

    members: rowsGroupedBy(
      (organizationIds) =>
        members.find({
          // Service accounts (what API keys act through) are not people and not listed.
          where: { organizationId: In([...organizationIds]), user: { serviceOrganizationId: IsNull() } },
          order: { createdAt: 'ASC', userId: 'ASC' },
        }),
      (member) => member.organizationId,
    ),

    membershipsByUser: rowsGroupedBy(
      (userIds) => members.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } }),
      (member) => member.userId,
    ),

    /** The viewer's role in each organisation asked about; no query at all for anonymous callers. */
    viewerRole: new DataLoader<string, MemberRole | null>(async (organizationIds) => {
      if (!viewer) return organizationIds.map(() => null);
      const memberships = await members.findBy({ userId: viewer.user.id, organizationId: In([...organizationIds]) });
      const roles = new Map(memberships.map((m) => [m.organizationId, m.role]));
      return organizationIds.map((id) => roles.get(id) ?? null);
    }),
  };
}
