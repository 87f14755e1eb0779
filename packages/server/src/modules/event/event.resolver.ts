import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { compact } from '../../shared/compact';
import { Organization } from '../organization/organization.types';
import type { EventProjectEntity } from './event-project.entity';
import type { EventEntity } from './event.entity';
import { Event, EventConnection, EventProject, EventsArgs } from './event.types';

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

  @FieldResolver(() => [Organization])
  async organizers(@Root() event: EventEntity, @Ctx() { loaders }: Context) {
    const rows = await loaders.organizersByEvent.load(event.id);
    return compact(await loaders.organizationById.loadMany(rows.map((row) => row.organizationId)));
  }

  @FieldResolver(() => [EventProject], { description: 'Participating projects the viewer may see.' })
  async projects(@Root() event: EventEntity, @Ctx() { loaders }: Context) {
    const rows = await loaders.participationsByEvent.load(event.id);
    const projects = await loaders.visibleProjectById.loadMany(rows.map((row) => row.projectId));
    return rows.flatMap((row: EventProjectEntity, i) => {
      const project = projects[i];
      if (project instanceof Error) throw project;
      return project ? [{ project, outcome: row.outcome }] : [];
    });
  }
}
