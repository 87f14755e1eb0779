import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { ID } from '../../graphql/id';
import { compact } from '../../shared/compact';
import { User } from '../user/user.types';
import type { VolunteerProfileEntity } from './volunteer-profile.entity';
import {
  UpsertVolunteerProfileInput,
  UpsertVolunteerProfilePayload,
  VolunteerContributions,
  VolunteerProfile,
} from './volunteer-profile.types';

@Resolver(() => VolunteerProfile)
export class VolunteerProfileResolver {
  @Query(() => VolunteerProfile, { nullable: true, description: 'Null when there is none or it is private.' })
  volunteerProfile(@Arg('userId', () => ID) userId: string, @Ctx() { viewer, services }: Context) {
    return services.volunteerProfiles.profileOf(viewer, userId);
  }

  @FieldResolver(() => User)
  user(@Root() profile: VolunteerProfileEntity, @Ctx() { loaders }: Context) {
    return loaders.user.byId.load(profile.userId);
  }

  @FieldResolver(() => VolunteerContributions, {
    description: 'Tasks done and hours recognised on the projects you may see.',
  })
  async contributions(@Root() profile: VolunteerProfileEntity, @Ctx() { loaders }: Context) {
    const rows = await loaders.volunteer.contributionsByUser.load(profile.userId);
    const projects = await loaders.project.visibleById.loadMany([...new Set(rows.map((row) => row.projectId))]);
    const visible = compact(projects);
    const shown = new Set(visible.map((project) => project.id));
    const counted = rows.filter((row) => shown.has(row.projectId));
    return {
      tasksDone: counted.reduce((sum, row) => sum + row.tasksDone, 0),
      hours: counted.reduce((sum, row) => sum + row.hours, 0),
      projects: visible,
    };
  }

  @Authorized()
  @Mutation(() => UpsertVolunteerProfilePayload, { description: 'Create or replace your volunteer profile.' })
  async upsertVolunteerProfile(
    @Arg('input') input: UpsertVolunteerProfileInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { profile: await services.volunteerProfiles.upsert(actor, input) };
  }
}
