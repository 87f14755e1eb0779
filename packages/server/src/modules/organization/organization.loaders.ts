import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { MemberRole } from '../../shared/enums';
import { pairsSql, rowsById, rowsByPair } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

export function createOrganizationLoaders(db: EntityManager, viewer: Viewer | null) {
  const members = db.getRepository(OrganizationMemberEntity);
  return {
    byId: rowsById((ids) => db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) })),

    /** A membership by `<organization id>:<user id>`. */
    member: rowsByPair(
      (pairs) => {
        const match = pairsSql(['member.organization_id', 'member.user_id'], pairs);
        return members.createQueryBuilder('member').where(match.sql, match.params).getMany();
      },
      (member) => [member.organizationId, member.userId],
    ),

    /** Organization.membersConnection: its people (not service accounts), in the order they joined. */
    memberPages: nestedPages(db, {
      rows: () =>
        members
          .createQueryBuilder('member')
          .innerJoin('member.user', 'member_user')
          .where('member_user.service_organization_id IS NULL'),
      parent: 'member.organization_id',
      id: 'member.user_id',
      sort: { name: 'JOINED_AT', column: 'member.created_at', sqlType: 'timestamptz' },
      direction: 'ASC',
      parentOf: (member) => member.organizationId,
    }),

    /** User.organizationsConnection: the organisations the user belongs to, in the order they joined. */
    membershipPagesByUser: nestedPages(db, {
      rows: () => members.createQueryBuilder('member'),
      parent: 'member.user_id',
      id: 'member.organization_id',
      sort: { name: 'JOINED_AT', column: 'member.created_at', sqlType: 'timestamptz' },
      direction: 'ASC',
    }),

    /** The viewer's role in each organisation asked about; no query at all for anonymous callers. */
    viewerRole: new DataLoader<string, MemberRole | null>(async (organizationIds) => {
      if (!viewer) return organizationIds.map(() => null);
      const memberships = await members.findBy({ userId: viewer.user.id, organizationId: In([...organizationIds]) });
      const roles = new Map(memberships.map((m) => [m.organizationId, m.role]));
      return organizationIds.map((id) => roles.get(id) ?? null);
    }),
  };
}
