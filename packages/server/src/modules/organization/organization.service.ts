import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { requireViewer, type Viewer } from '../../auth/viewer';
import { MemberRole } from '../../shared/enums';
import { Conflict, Forbidden, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { recordActivity } from '../activity/activity.service';
import { requireAccountByEmail } from '../user/user.service';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';
import { canManageOrganization, canRemoveMember, canVerifyOrganization } from './organization.policy';
import {
  OrganizationOrderField,
  type AddOrganizationMemberInput,
  type CreateOrganizationInput,
  type OrganizationsArgs,
  type RemoveOrganizationMemberInput,
  type UpdateOrganizationInput,
  type VerifyOrganizationInput,
} from './organization.types';

const SORT_KEYS: Record<OrganizationOrderField, SortKey<OrganizationEntity>> = {
  [OrganizationOrderField.NAME]: { name: 'NAME', column: 'organization.name', read: (o) => o.name, sqlType: 'text' },
  [OrganizationOrderField.CREATED_AT]: {
    name: 'CREATED_AT',
    column: 'organization.created_at',
    read: (o) => o.createdAt,
    sqlType: 'timestamptz',
  },
};

export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  list({ first, after, filter, orderBy }: OrganizationsArgs): Promise<Page<OrganizationEntity>> {
    const query = this.dataSource.getRepository(OrganizationEntity).createQueryBuilder('organization');
    if (filter?.kinds?.length) query.andWhere('organization.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.verified != null) query.andWhere('organization.verified = :verified', { verified: filter.verified });
    whereTextMatches(query, 'organization.name', filter?.search);
    return paginate(query, {
      alias: 'organization',
      sort: SORT_KEYS[orderBy?.field ?? OrganizationOrderField.NAME],
      direction: orderBy?.direction ?? 'ASC',
      first,
      after,
    });
  }

  bySlug(slug: string): Promise<OrganizationEntity | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ slug });
  }

  async create(viewer: Viewer | null, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const organizations = manager.getRepository(OrganizationEntity);
      const organization = await organizations.save(
        organizations.create({
          slug: input.slug,
          name: input.name.trim(),
          kind: input.kind,
          websiteUrl: input.websiteUrl ?? null,
          logoUrl: input.logoUrl ?? null,
          description: input.description ?? '',
          verified: false,
        }),
      );
      await manager
        .getRepository(OrganizationMemberEntity)
        .insert({ organizationId: organization.id, userId: actor.user.id, role: MemberRole.OWNER });
      await recordActivity(manager, actor, {
        verb: 'organization.created',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { slug: organization.slug, kind: organization.kind },
      });
      return organization;
    });
  }

  async update(viewer: Viewer | null, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      const organizations = manager.getRepository(OrganizationEntity);
      if (input.slug !== undefined) organization.slug = input.slug;
      if (input.name !== undefined) organization.name = input.name.trim();
      if (input.kind !== undefined) organization.kind = input.kind;
      if (input.websiteUrl !== undefined) organization.websiteUrl = input.websiteUrl;
      if (input.logoUrl !== undefined) organization.logoUrl = input.logoUrl;
      if (input.description !== undefined) organization.description = input.description;
      const saved = await organizations.save(organization);
      await recordActivity(manager, actor, {
        verb: 'organization.updated',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { fields: Object.keys(input).filter((key) => key !== 'organizationId') },
      });
      return saved;
    });
  }

  async addMember(
    viewer: Viewer | null,
    input: AddOrganizationMemberInput,
  ): Promise<{ organization: OrganizationEntity; member: OrganizationMemberEntity }> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      const user = await requireAccountByEmail(manager, input.email);
      const members = manager.getRepository(OrganizationMemberEntity);
      if (await members.existsBy({ organizationId: organization.id, userId: user.id })) {
        throw new Conflict('This person is already a member.', { field: 'email', reason: 'ALREADY_MEMBER' });
      }
      const member = await members.save(
        members.create({ organizationId: organization.id, userId: user.id, role: input.role }),
      );
      await recordActivity(manager, actor, {
        verb: 'organization.member_added',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { userId: user.id, role: input.role },
      });
      return { organization, member };
    });
  }

  async removeMember(viewer: Viewer | null, input: RemoveOrganizationMemberInput): Promise<OrganizationEntity> {
    const actor = requireViewer(viewer);
    return this.dataSource.transaction(async (manager) => {
      const { organization, role } = await lockWithRole(manager, actor, input.organizationId);
      const members = manager.getRepository(OrganizationMemberEntity);
      if (!canRemoveMember(actor, role, input.userId)) {
        throw new Forbidden('Only an owner of this organisation can remove its members.');
      }
      // The service account of the organisation's API keys is not a person to remove: revoke keys instead.
      const member = await members.findOneBy({
        organizationId: organization.id,
        userId: input.userId,
        user: { serviceOrganizationId: IsNull() },
      });
      if (!member) throw new NotFound('This person is not a member of the organisation.', { field: 'userId' });
      if (member.role === MemberRole.OWNER) {
        const owners = await members.countBy({ organizationId: organization.id, role: MemberRole.OWNER });
        if (owners <= 1) {
          throw new Conflict('An organisation keeps at least one owner: make someone else owner first.', {
            reason: 'LAST_OWNER',
            field: 'userId',
          });
        }
      }
      await members.delete({ organizationId: organization.id, userId: input.userId });
      await recordActivity(manager, actor, {
        verb: 'organization.member_removed',
        subjectType: 'organization',
        subjectId: organization.id,
        data: { userId: input.userId },
      });
      return organization;
    });
  }

  async verify(viewer: Viewer | null, input: VerifyOrganizationInput): Promise<OrganizationEntity> {
    const actor = requireViewer(viewer);
    if (!canVerifyOrganization(actor)) throw new Forbidden('Only a platform admin can verify organisations.');
    return this.dataSource.transaction(async (manager) => {
      const organization = await lockOrganization(manager, input.organizationId);
      organization.verified = input.verified;
      organization.verifiedAt = input.verified ? new Date() : null;
      const saved = await manager.getRepository(OrganizationEntity).save(organization);
      await recordActivity(manager, actor, {
        verb: input.verified ? 'organization.verified' : 'organization.unverified',
        subjectType: 'organization',
        subjectId: organization.id,
      });
      return saved;
    });
  }
}

/** The organisation, locked for this transaction so that concurrent member changes queue behind each other. */
async function lockOrganization(manager: EntityManager, organizationId: string): Promise<OrganizationEntity> {
  const organization = await manager
    .getRepository(OrganizationEntity)
    .findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
  if (!organization) throw new NotFound('This organisation was not found.', { field: 'organizationId' });
  return organization;
}

/** The organisation, locked, with the actor's role in it (null when not a member). */
async function lockWithRole(manager: EntityManager, actor: Viewer, organizationId: string) {
  const organization = await lockOrganization(manager, organizationId);
  const membership = await manager
    .getRepository(OrganizationMemberEntity)
    .findOneBy({ organizationId: organization.id, userId: actor.user.id });
  return { organization, role: membership?.role ?? null };
}

/** The organisation, locked, when the actor may manage it (an owner, or an admin); FORBIDDEN otherwise. */
export async function lockForManagement(manager: EntityManager, actor: Viewer, organizationId: string) {
  const { organization, role } = await lockWithRole(manager, actor, organizationId);
  if (!canManageOrganization(actor, role)) throw new Forbidden('Only an owner of this organisation can do this.');
  return organization;
}
