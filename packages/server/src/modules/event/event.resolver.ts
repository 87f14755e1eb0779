import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { DEPRECATED_PAGE, nodesOf, withNodes } from '../../shared/nested-pages';
import { Organization, OrganizationConnection } from '../organization/organization.types';
import type { ProjectEntity } from '../project/project.entity';
import { Project } from '../project/project.types';
import type { EventEntity } from './event.entity';
import { canManageEvent } from './event.policy';
import {
  AddEventProjectInput,
  AddEventProjectPayload,
  CreateEventInput,
  CreateEventPayload,
  Event,
  EventConnection,
  EventProject,
  EventProjectConnection,
  EventsArgs,
  ProjectEvent,
  ProjectEventConnection,
  UpdateEventInput,
  UpdateEventPayload,
} from './event.types';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection)
  events(@Args() args: EventsArgs, @Ctx() { services }: Context) {
    return services.events.list(args);
  }

  @Query(() => Event, { nullable: true })
  event(@Arg('slug') slug: string, @Ctx() { services }: Context) {
    return services.events.bySlug(slug);
  }

  @FieldResolver(() => [Organization], { deprecationReason: 'Use organizersConnection; this list stops at 100.' })
  async organizers(@Root() event: EventEntity, @Ctx() context: Context) {
    return nodesOf(await this.organizersConnection(event, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => OrganizationConnection, { description: 'The organising organisations, by name.' })
  async organizersConnection(@Root() event: EventEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.event.organizerPages(args).load(event.id);
    return withNodes(page, (id) => loaders.organization.byId.load(id));
  }

  @FieldResolver(() => [EventProject], {
    description: 'Participating projects the viewer may see.',
    deprecationReason: 'Use projectsConnection; this list stops at 100.',
  })
  async projects(@Root() event: EventEntity, @Ctx() context: Context) {
    return nodesOf(await this.projectsConnection(event, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => EventProjectConnection, { description: 'Participating projects the viewer may see, by name.' })
  async projectsConnection(@Root() event: EventEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.event.participationPagesByEvent(args).load(event.id);
    return withNodes(page, async (projectId) => {
      const [row, project] = await Promise.all([
        loaders.event.participation.load(`${event.id}:${projectId}`),
        loaders.project.visibleById.load(projectId),
      ]);
      return row && project ? { project, outcome: row.outcome } : null;
    });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may edit the event and add projects to it: an organiser, or an admin.',
  })
  async viewerCanManage(@Root() event: EventEntity, @Ctx() { viewer, loaders }: Context) {
    if (!viewer) return false;
    const rows = await loaders.event.organizers.load(event.id);
    const roles = await loaders.organization.viewerRole.loadMany(rows.map((row) => row.organizationId));
    return canManageEvent(viewer, roles.filter((role) => role && !(role instanceof Error)).length);
  }

  @Authorized()
  @Mutation(() => CreateEventPayload, {
    description: 'Creates an event organised by organisations you are a member of (an admin may name any).',
  })
  async createEvent(@Arg('input') input: CreateEventInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { event: await services.events.create(actor, input) };
  }

  @Authorized()
  @Mutation(() => UpdateEventPayload, {
    description: 'Organisers (members of an organising organisation) or an admin.',
  })
  async updateEvent(@Arg('input') input: UpdateEventInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { event: await services.events.update(actor, input) };
  }

  @Authorized()
  @Mutation(() => AddEventProjectPayload, {
    description:
      'Organisers (or an admin) record a project taking part, with its outcome; adding it again updates the outcome.',
  })
  addEventProject(@Arg('input') input: AddEventProjectInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return services.events.addProject(actor, input);
  }
}

@Resolver(() => Project)
export class ProjectEventsResolver {
  @FieldResolver(() => [ProjectEvent], {
    description: 'Events the project took part in, latest first.',
    deprecationReason: 'Use eventsConnection; this list stops at 100.',
  })
  async events(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    const rows = await loaders.event.participationPagesByProject.firstRows().load(project.id);
    return rows.map((row) => ({ event: row.event, outcome: row.outcome }));
  }

  @FieldResolver(() => ProjectEventConnection, { description: 'Events the project took part in, latest first.' })
  async eventsConnection(@Root() project: ProjectEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.event.participationPagesByProject(args).load(project.id);
    return withNodes(page, async (eventId) => {
      const row = await loaders.event.participation.load(`${eventId}:${project.id}`);
      return row ? { event: row.event, outcome: row.outcome } : null;
    });
  }
}
