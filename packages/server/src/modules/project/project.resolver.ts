import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { PageArgs } from '../../graphql/connection';
import { DEPRECATED_PAGE, nodesOf, withNodes } from '../../shared/nested-pages';
import { Organization } from '../organization/organization.types';
import { SponsorLink, SponsorLinkConnection } from '../sponsor/sponsor-link.types';
import { User, UserConnection } from '../user/user.types';
import type { ProjectEntity } from './project.entity';
import { canEditProject } from './project.policy';
import {
  AddProjectMaintainerInput,
  AddProjectMaintainerPayload,
  ArchiveProjectInput,
  ArchiveProjectPayload,
  CreateProjectInput,
  CreateProjectPayload,
  Project,
  ProjectConnection,
  ProjectsArgs,
  PublishProjectInput,
  PublishProjectPayload,
  RemoveProjectMaintainerInput,
  RemoveProjectMaintainerPayload,
  UpdateProjectInput,
  UpdateProjectPayload,
} from './project.types';

@Resolver(() => Project)
export class ProjectResolver {
  @Query(() => ProjectConnection, {
    description: 'Published projects, plus the drafts the viewer maintains (all drafts for admins).',
  })
  async projects(@Args() args: ProjectsArgs, @Ctx() { viewer, services, loaders }: Context) {
    const page = await services.projects.list(viewer, args);
    // Listed rows are visible by definition: nested fields that lead back to them need no query.
    for (const { node } of page.edges) loaders.project.visibleById.prime(node.id, node);
    return page;
  }

  @Query(() => Project, {
    nullable: true,
    description: 'Null when there is no such project or it is a draft you cannot see.',
  })
  project(@Arg('slug') slug: string, @Ctx() { viewer, services }: Context) {
    return services.projects.bySlug(viewer, slug);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organisation the project is listed under.' })
  organization(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return project.organizationId ? loaders.organization.byId.load(project.organizationId) : null;
  }

  @FieldResolver(() => [User], { deprecationReason: 'Use maintainersConnection; this list stops at 100.' })
  async maintainers(@Root() project: ProjectEntity, @Ctx() context: Context) {
    return nodesOf(await this.maintainersConnection(project, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => UserConnection, { description: 'Its maintainers, in the order they joined.' })
  async maintainersConnection(@Root() project: ProjectEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.project.maintainerPages(args).load(project.id);
    return withNodes(page, (id) => loaders.user.byId.load(id));
  }

  @FieldResolver(() => [SponsorLink], {
    description: 'Confirmed sponsor links: both sides agreed.',
    deprecationReason: 'Use sponsorsConnection; this list stops at 100.',
  })
  async sponsors(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.sponsor.confirmedPagesByProject.firstRows().load(project.id);
  }

  @FieldResolver(() => SponsorLinkConnection, {
    description: 'Confirmed sponsor links (both sides agreed), oldest first.',
  })
  async sponsorsConnection(@Root() project: ProjectEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.sponsor.confirmedPagesByProject(args).load(project.id);
    return withNodes(page, (id) => loaders.sponsor.byId.load(id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this project (maintainer or admin).' })
  async viewerCanEdit(@Root() project: ProjectEntity, @Ctx() { viewer, loaders }: Context) {
    return canEditProject(viewer, await loaders.project.viewerMaintains.load(project.id));
  }

  @Authorized()
  @Mutation(() => CreateProjectPayload, { description: 'Creates a DRAFT; the creator becomes its first maintainer.' })
  async createProject(@Arg('input') input: CreateProjectInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.projects.create(actor, input) };
  }

  @Authorized()
  @Mutation(() => UpdateProjectPayload)
  async updateProject(@Arg('input') input: UpdateProjectInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.projects.update(actor, input) };
  }

  @Authorized()
  @Mutation(() => PublishProjectPayload)
  async publishProject(@Arg('input') input: PublishProjectInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.projects.publish(actor, input.projectId) };
  }

  @Authorized()
  @Mutation(() => ArchiveProjectPayload)
  async archiveProject(@Arg('input') input: ArchiveProjectInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.projects.archive(actor, input.projectId) };
  }

  @Authorized()
  @Mutation(() => AddProjectMaintainerPayload)
  async addProjectMaintainer(
    @Arg('input') input: AddProjectMaintainerInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { project: await services.projects.addMaintainer(actor, input) };
  }

  @Authorized()
  @Mutation(() => RemoveProjectMaintainerPayload, { description: 'A project keeps at least one maintainer.' })
  async removeProjectMaintainer(
    @Arg('input') input: RemoveProjectMaintainerInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { project: await services.projects.removeMaintainer(actor, input), removedUserId: input.userId };
  }
}
