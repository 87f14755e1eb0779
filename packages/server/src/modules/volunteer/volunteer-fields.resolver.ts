import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import type { ProjectEntity } from '../project/project.entity';
import { Project } from '../project/project.types';
import type { UserEntity } from '../user/user.entity';
import { isOwnAccount } from '../user/user.policy';
import { User } from '../user/user.types';
import { Milestone, MilestoneConnection } from './milestone.types';
import { MatchArgs, TaskRecommendation, VolunteerSuggestion } from './volunteer-matching.types';
import { ProjectContributor, VolunteerProfile } from './volunteer-profile.types';
import { VolunteerTask, VolunteerTaskConnection } from './volunteer-task.types';
import { canListContributor, canSeeProfile } from './volunteer.policy';
import { viewerActsFor } from './volunteer.viewer';

/** Volunteering on the project and user types: plans, contributors, matches, a person's own tasks. */
@Resolver(() => Project)
export class ProjectVolunteeringResolver {
  @FieldResolver(() => [Milestone], {
    description: 'The project’s plan: milestones by due date, undated last.',
    deprecationReason: 'Use milestonesConnection; this list stops at 100.',
  })
  async milestones(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.volunteer.milestonePages.firstRows().load(project.id);
  }

  @FieldResolver(() => MilestoneConnection, {
    description: 'The project’s plan: milestones by due date, undated last.',
  })
  async milestonesConnection(@Root() project: ProjectEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.volunteer.milestonePages(args).load(project.id);
    return withNodes(page, (id) => loaders.volunteer.milestoneById.load(id));
  }

  @FieldResolver(() => [ProjectContributor], {
    description:
      'Volunteers with recognised work on the project, most hours first, with where to support them. Volunteers ' +
      'whose profile is private are listed to the maintainers only.',
  })
  async contributors(@Root() project: ProjectEntity, @Ctx() context: Context) {
    const { viewer, loaders } = context;
    const rows = await loaders.volunteer.contributionsByProject.load(project.id);
    const maintainer = await viewerActsFor(project.id, context);
    const [profiles, users] = await Promise.all([
      loaders.volunteer.profileByUser.loadMany(rows.map((row) => row.userId)),
      loaders.user.byId.loadMany(rows.map((row) => row.userId)),
    ]);
    return rows.flatMap((row, i) => {
      const profile = profiles[i];
      const user = users[i];
      if (profile instanceof Error) throw profile;
      if (user instanceof Error) throw user;
      const visible = profile !== null && canSeeProfile(viewer, profile);
      if (!user || !canListContributor(visible, maintainer)) return [];
      return [
        {
          user,
          tasksDone: row.tasksDone,
          hours: row.hours,
          supportChannels: visible && profile ? profile.supportChannels : [],
        },
      ];
    });
  }

  @FieldResolver(() => [VolunteerSuggestion], {
    description:
      'Public volunteers who fit the open tasks, best first, with the skills and causes that matched; for the ' +
      'project’s maintainers (empty for anyone else).',
  })
  suggestedVolunteers(@Root() project: ProjectEntity, @Args() { first }: MatchArgs, @Ctx() context: Context) {
    return context.services.volunteerMatching.suggestVolunteers(context.viewer, project.id, first);
  }
}

@Resolver(() => User)
export class UserVolunteeringResolver {
  @FieldResolver(() => VolunteerProfile, {
    nullable: true,
    description: 'Null when there is none, or it is private and not yours.',
  })
  async volunteerProfile(@Root() user: UserEntity, @Ctx() { viewer, loaders }: Context) {
    const profile = await loaders.volunteer.profileByUser.load(user.id);
    return profile && canSeeProfile(viewer, profile) ? profile : null;
  }

  @FieldResolver(() => [TaskRecommendation], {
    nullable: true,
    description:
      'Open tasks that fit your volunteer profile, best first, each with what matched; null on anyone else’s ' +
      'account, empty without a profile.',
  })
  recommendedTasks(@Root() user: UserEntity, @Args() { first }: MatchArgs, @Ctx() { viewer, services }: Context) {
    return isOwnAccount(viewer, user.id) ? services.volunteerMatching.recommendTasks(viewer, first) : null;
  }

  @FieldResolver(() => [VolunteerTask], {
    nullable: true,
    description: 'Tasks you hold or did, newest first; null on anyone else’s account.',
    deprecationReason: 'Use volunteerTasksConnection; this list stops at 100.',
  })
  async volunteerTasks(@Root() user: UserEntity, @Ctx() { viewer, loaders }: Context) {
    return isOwnAccount(viewer, user.id) ? loaders.volunteer.taskPagesByClaimant.firstRows().load(user.id) : null;
  }

  @FieldResolver(() => VolunteerTaskConnection, {
    nullable: true,
    description: 'Tasks you hold or did, newest claim first; null on anyone else’s account.',
  })
  async volunteerTasksConnection(
    @Root() user: UserEntity,
    @Args() args: PageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!isOwnAccount(viewer, user.id)) return null;
    const page = await loaders.volunteer.taskPagesByClaimant(args).load(user.id);
    return withNodes(page, (id) => loaders.volunteer.taskById.load(id));
  }
}
