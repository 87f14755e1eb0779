import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { MemberRole } from '../../shared/enums';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

export function createOrganizationLoaders(dataSource: DataSource, viewer: Viewer | null) {
  const members = dataSource.getRepository(OrganizationMemberEntity);
  return {
    organizationById: rowsById((ids) => dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) })),

    membersByOrganization: rowsGroupedBy(
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
