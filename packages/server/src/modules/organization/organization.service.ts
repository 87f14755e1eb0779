import { IsNull } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { MemberRole } from '../../shared/enums';
import { Conflict, Forbidden, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { DomainService } from '../module';
import { requireAccountByEmail } from '../user/user.service';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';
import { canRemoveMember, lockForManagement, lockOrganization, lockWithRole } from './organization.policy';
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
  [OrganizationOrderField.CREATED_AT]: createdAtKey('organization'),
};

export class OrganizationService extends DomainService {
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

  async create(actor: Viewer, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
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
      await record('organization.created', organization.id, { slug: organization.slug, kind: organization.kind });
      return organization;
    });
  }

  async update(actor: Viewer, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      const organizations = manager.getRepository(OrganizationEntity);
      if (input.slug !== undefined) organization.slug = input.slug;
      if (input.name !== undefined) organization.name = input.name.trim();
      if (input.kind !== undefined) organization.kind = input.kind;
      if (input.websiteUrl !== undefined) organization.websiteUrl = input.websiteUrl;
      if (input.logoUrl !== undefined) organization.logoUrl = input.logoUrl;
      if (input.description !== undefined) organization.description = input.description;
      const saved = await organizations.save(organization);
      await record('organization.updated', organization.id, {
        fields: Object.keys(input).filter((key) => key !== 'organizationId'),
      });
      return saved;
    });
  }

  async addMember(
    actor: Viewer,
    input: AddOrganizationMemberInput,
  ): Promise<{ organization: OrganizationEntity; member: OrganizationMemberEntity }> {
    return this.mutate(actor, async ({ manager, record }) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      const user = await requireAccountByEmail(manager, input.email);
      const members = manager.getRepository(OrganizationMemberEntity);
      if (await members.existsBy({ organizationId: organization.id, userId: user.id })) {
        throw new Conflict('This person is already a member.', { field: 'email', reason: 'ALREADY_MEMBER' });
      }
      const member = await members.save(
        members.create({ organizationId: organization.id, userId: user.id, role: input.role }),
      );
      await record('organization.member_added', organization.id, { userId: user.id, role: input.role });
      return { organization, member };
    });
  }

  async removeMember(actor: Viewer, input: RemoveOrganizationMemberInput): Promise<OrganizationEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
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
      await record('organization.member_removed', organization.id, { userId: input.userId });
      return organization;
    });
  }

  async verify(actor: Viewer, input: VerifyOrganizationInput): Promise<OrganizationEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const organization = await lockOrganization(manager, input.organizationId);
      organization.verified = input.verified;
      organization.verifiedAt = input.verified ? new Date() : null;
      const saved = await manager.getRepository(OrganizationEntity).save(organization);
      await record(input.verified ? 'organization.verified' : 'organization.unverified', organization.id);
      return saved;
    });
  }
}
