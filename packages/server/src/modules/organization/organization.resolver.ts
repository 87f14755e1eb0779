import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, Role } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { MemberRole } from '../../shared/enums';
import { PageArgs } from '../../graphql/connection';
import { DEPRECATED_PAGE, nodesOf, withNodes } from '../../shared/nested-pages';
import { Project, ProjectConnection } from '../project/project.types';
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
  OrganizationMemberConnection,
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
    deprecationReason: 'Use membersConnection; this list stops at 100.',
  })
  async members(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders }: Context) {
    if (!canSeeMembers(viewer, await loaders.organization.viewerRole.load(organization.id))) return null;
    return loaders.organization.memberPages.firstRows().load(organization.id);
  }

  @FieldResolver(() => OrganizationMemberConnection, {
    nullable: true,
    description: 'Members and their roles, in the order they joined; null unless the viewer is a member or an admin.',
  })
  async membersConnection(
    @Root() organization: OrganizationEntity,
    @Args() args: PageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    const role = await loaders.organization.viewerRole.load(organization.id);
    if (!canSeeMembers(viewer, role)) return null;
    const page = await loaders.organization.memberPages(args).load(organization.id);
    return withNodes(page, (userId) => loaders.organization.member.load(`${organization.id}:${userId}`));
  }

  @FieldResolver(() => MemberRole, { nullable: true, description: "The viewer's role here; null when not a member." })
  viewerRole(@Root() organization: OrganizationEntity, @Ctx() { loaders }: Context) {
    return loaders.organization.viewerRole.load(organization.id);
  }

  @FieldResolver(() => [Project], {
    description: 'Projects listed under this organisation that the viewer may see.',
    deprecationReason: 'Use projectsConnection; this list stops at 100.',
  })
  async projects(@Root() organization: OrganizationEntity, @Ctx() { loaders }: Context) {
    return loaders.project.visiblePagesByOrganization.firstRows().load(organization.id);
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'Projects listed under this organisation that the viewer may see, newest first.',
  })
  async projectsConnection(
    @Root() organization: OrganizationEntity,
    @Args() args: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    const page = await loaders.project.visiblePagesByOrganization(args).load(organization.id);
    return withNodes(page, (id) => loaders.project.visibleById.load(id));
  }

  @FieldResolver(() => [Project], {
    description: 'Projects this organisation sponsors, by confirmed sponsor links.',
    deprecationReason: 'Use sponsoredProjectsConnection; this list stops at 100.',
  })
  async sponsoredProjects(@Root() organization: OrganizationEntity, @Ctx() context: Context) {
    return nodesOf(await this.sponsoredProjectsConnection(organization, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => ProjectConnection, {
    description:
      'Projects this organisation sponsors by a confirmed link that the viewer may see, one entry per project, ' +
      'latest sponsorship first.',
  })
  async sponsoredProjectsConnection(
    @Root() organization: OrganizationEntity,
    @Args() args: PageArgs,
    @Ctx() { loaders }: Context,
  ) {
    const page = await loaders.sponsor.sponsoredProjectPages(args).load(organization.id);
    return withNodes(page, (id) => loaders.project.visibleById.load(id));
  }

  @Authorized()
  @Mutation(() => CreateOrganizationPayload, {
    description: 'The creator becomes its owner. Unverified until an admin verifies it.',
  })
  async createOrganization(
    @Arg('input') input: CreateOrganizationInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { organization: await services.organizations.create(actor, input) };
  }

  @Authorized()
  @Mutation(() => UpdateOrganizationPayload)
  async updateOrganization(
    @Arg('input') input: UpdateOrganizationInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { organization: await services.organizations.update(actor, input) };
  }

  @Authorized()
  @Mutation(() => AddOrganizationMemberPayload)
  addOrganizationMember(
    @Arg('input') input: AddOrganizationMemberInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return services.organizations.addMember(actor, input);
  }

  @Authorized()
  @Mutation(() => RemoveOrganizationMemberPayload, {
    description: 'Owners remove anyone but the last owner; members may leave.',
  })
  async removeOrganizationMember(
    @Arg('input') input: RemoveOrganizationMemberInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { organization: await services.organizations.removeMember(actor, input), removedUserId: input.userId };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VerifyOrganizationPayload, { description: 'Platform admins only.' })
  async verifyOrganization(
    @Arg('input') input: VerifyOrganizationInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { organization: await services.organizations.verify(actor, input) };
  }
}

@Resolver(() => OrganizationMember)
export class OrganizationMemberResolver {
  @FieldResolver()
  user(@Root() member: OrganizationMemberEntity, @Ctx() { loaders }: Context) {
    return loaders.user.byId.load(member.userId);
  }

  @FieldResolver()
  joinedAt(@Root() member: OrganizationMemberEntity): Date {
    return member.createdAt;
  }
}
