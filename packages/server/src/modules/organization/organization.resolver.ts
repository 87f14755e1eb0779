import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { MemberRole } from '../../shared/enums';
import { Project } from '../project/project.types';
import { compact } from '../../shared/compact';
import type { ProjectEntity } from '../project/project.entity';
import type { OrganizationEntity } from './organization.entity';
import type { OrganizationMemberEntity } from './organization-member.entity';
import { canSeeMembers } from './organization.policy';
import {
  AddOrganizationMemberInput,
  AddOrganizationMemberPayload,
  CreateOrganizationInput,
  CreateOrganizationPayload,
  Organization,
  OrganizationConnection,
  OrganizationMember,
  OrganizationsArgs,
  RemoveOrganizationMemberInput,
  RemoveOrganizationMemberPayload,
  UpdateOrganizationInput,
  UpdateOrganizationPayload,
  VerifyOrganizationInput,
  VerifyOrganizationPayload,
} from './organization.types';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'Every organisation, verified or not (see `verified`).' })
  organizations(@Args() args: OrganizationsArgs, @Ctx() { services }: Context) {
    return services.organizations.list(args);
  }

  @Query(() => Organization, { nullable: true })
  organization(@Arg('slug') slug: string, @Ctx() { services }: Context) {
    return services.organizations.bySlug(slug);
  }

  @FieldResolver(() => [OrganizationMember], {
    nullable: true,
    description: 'Members and their roles; null unless the viewer is a member or an admin.',
  })
  async members(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders }: Context) {
    const role = await loaders.viewerRole.load(organization.id);
    if (!canSeeMembers(viewer, role)) return null;
    return loaders.membersByOrganization.load(organization.id);
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: "The viewer's role here; null when not a member." })
  viewerRole(@Root() organization: OrganizationEntity, @Ctx() { loaders }: Context) {
    return loaders.viewerRole.load(organization.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects listed under this organisation that the viewer may see.' })
  projects(@Root() organization: OrganizationEntity, @Ctx() { loaders }: Context) {
    return loaders.visibleProjectsByOrganization.load(organization.id);
  }

  @FieldResolver(() => [Project], { description: 'Projects this organisation sponsors, by confirmed sponsor links.' })
  async sponsoredProjects(
    @Root() organization: OrganizationEntity,
    @Ctx() { loaders }: Context,
  ): Promise<ProjectEntity[]> {
    const links = await loaders.confirmedLinksByOrganization.load(organization.id);
    const projectIds = [...new Set(links.map((link) => link.projectId))];
    return compact(await loaders.visibleProjectById.loadMany(projectIds));
  }

  @Mutation(() => CreateOrganizationPayload, {
    description: 'The creator becomes its owner. Unverified until an admin verifies it.',
  })
  async createOrganization(@Arg('input') input: CreateOrganizationInput, @Ctx() { viewer, services }: Context) {
    return { organization: await services.organizations.create(viewer, input) };
  }

  @Mutation(() => UpdateOrganizationPayload)
  async updateOrganization(@Arg('input') input: UpdateOrganizationInput, @Ctx() { viewer, services }: Context) {
    return { organization: await services.organizations.update(viewer, input) };
  }

  @Mutation(() => AddOrganizationMemberPayload)
  addOrganizationMember(@Arg('input') input: AddOrganizationMemberInput, @Ctx() { viewer, services }: Context) {
    return services.organizations.addMember(viewer, input);
  }

  @Mutation(() => RemoveOrganizationMemberPayload, {
    description: 'Owners remove anyone but the last owner; members may leave.',
  })
  async removeOrganizationMember(
    @Arg('input') input: RemoveOrganizationMemberInput,
    @Ctx() { viewer, services }: Context,
  ) {
    return { organization: await services.organizations.removeMember(viewer, input), removedUserId: input.userId };
  }

  @Mutation(() => VerifyOrganizationPayload, { description: 'Platform admins only.' })
  async verifyOrganization(@Arg('input') input: VerifyOrganizationInput, @Ctx() { viewer, services }: Context) {
    return { organization: await services.organizations.verify(viewer, input) };
  }
}

@Resolver(() => OrganizationMember)
export class OrganizationMemberResolver {
  @FieldResolver()
  user(@Root() member: OrganizationMemberEntity, @Ctx() { loaders }: Context) {
    return loaders.userById.load(member.userId);
  }

  @FieldResolver()
  joinedAt(@Root() member: OrganizationMemberEntity): Date {
    return member.createdAt;
  }
}
