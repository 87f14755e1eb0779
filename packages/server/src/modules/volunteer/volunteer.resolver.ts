import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { compact } from '../../shared/compact';
import { VolunteerTaskStatus } from '../../shared/enums';
import type { ProjectEntity } from '../project/project.entity';
import { canEditProject } from '../project/project.policy';
import { Project } from '../project/project.types';
import type { UserEntity } from '../user/user.entity';
import { User } from '../user/user.types';
import type { MilestoneEntity } from './milestone.entity';
import type { VolunteerProfileEntity } from './volunteer-profile.entity';
import type { VolunteerTaskEntity } from './volunteer-task.entity';
import { canSeeProfile } from './volunteer.service';
import {
  ClaimVolunteerTaskInput,
  ClaimVolunteerTaskPayload,
  CompleteVolunteerTaskInput,
  CompleteVolunteerTaskPayload,
  CreateMilestoneInput,
  CreateMilestonePayload,
  CreateVolunteerTaskInput,
  CreateVolunteerTaskPayload,
  MatchArgs,
  Milestone,
  MilestoneProgress,
  ProjectContributor,
  ReleaseVolunteerTaskInput,
  ReleaseVolunteerTaskPayload,
  SubmitVolunteerTaskInput,
  SubmitVolunteerTaskPayload,
  TaskRecommendation,
  UpdateMilestoneInput,
  UpdateMilestonePayload,
  UpsertVolunteerProfileInput,
  UpsertVolunteerProfilePayload,
  VolunteerContributions,
  VolunteerProfile,
  VolunteerSuggestion,
  VolunteerTask,
  VolunteerTaskConnection,
  VolunteerTasksArgs,
} from './volunteer.types';

/** Whether the viewer acts for the project: a maintainer, or an admin (who moderates). */
async function viewerMaintains(projectId: string, { viewer, loaders }: Context): Promise<boolean> {
  return canEditProject(viewer, await loaders.viewerMaintains.load(projectId));
}

@Resolver()
export class VolunteerResolver {
  @Query(() => VolunteerTaskConnection, {
    description: 'Volunteer tasks of the projects you may see (published ones, and drafts you maintain).',
  })
  volunteerTasks(@Args() args: VolunteerTasksArgs, @Ctx() { viewer, services }: Context) {
    return services.volunteers.list(viewer, args);
  }

  @Query(() => VolunteerTask, { nullable: true })
  volunteerTask(@Arg('id', () => ID) id: string, @Ctx() { viewer, services }: Context) {
    return services.volunteers.task(viewer, id);
  }

  @Query(() => VolunteerProfile, { nullable: true, description: 'Null when there is none or it is private.' })
  volunteerProfile(@Arg('userId', () => ID) userId: string, @Ctx() { viewer, services }: Context) {
    return services.volunteers.profileOf(viewer, userId);
  }

  @Mutation(() => UpsertVolunteerProfilePayload, { description: 'Create or replace your volunteer profile.' })
  async upsertVolunteerProfile(@Arg('input') input: UpsertVolunteerProfileInput, @Ctx() { viewer, services }: Context) {
    return { profile: await services.volunteers.upsertProfile(viewer, input) };
  }

  @Mutation(() => CreateMilestonePayload, { description: 'By a maintainer of the project.' })
  async createMilestone(@Arg('input') input: CreateMilestoneInput, @Ctx() { viewer, services }: Context) {
    return { milestone: await services.volunteers.createMilestone(viewer, input) };
  }

  @Mutation(() => UpdateMilestonePayload, { description: 'By a maintainer of the project.' })
  async updateMilestone(@Arg('input') input: UpdateMilestoneInput, @Ctx() { viewer, services }: Context) {
    return { milestone: await services.volunteers.updateMilestone(viewer, input) };
  }

  @Mutation(() => CreateVolunteerTaskPayload, { description: 'By a maintainer of the milestone’s project.' })
  async createVolunteerTask(@Arg('input') input: CreateVolunteerTaskInput, @Ctx() { viewer, services }: Context) {
    return { task: await services.volunteers.createTask(viewer, input) };
  }

  @Mutation(() => ClaimVolunteerTaskPayload, {
    description:
      'Take an OPEN task. CONFLICT with reason TASK_NOT_OPEN (someone was first), ALREADY_CLAIMED or ' +
      'CLAIM_LIMIT_REACHED (you hold as many tasks as one person may).',
  })
  async claimVolunteerTask(@Arg('input') input: ClaimVolunteerTaskInput, @Ctx() { viewer, services }: Context) {
    return { task: await services.volunteers.claim(viewer, input.taskId) };
  }

  @Mutation(() => ReleaseVolunteerTaskPayload, { description: 'The task becomes OPEN again.' })
  async releaseVolunteerTask(@Arg('input') input: ReleaseVolunteerTaskInput, @Ctx() { viewer, services }: Context) {
    return { task: await services.volunteers.release(viewer, input.taskId) };
  }

  @Mutation(() => SubmitVolunteerTaskPayload)
  async submitVolunteerTask(@Arg('input') input: SubmitVolunteerTaskInput, @Ctx() { viewer, services }: Context) {
    return { task: await services.volunteers.submit(viewer, input) };
  }

  @Mutation(() => CompleteVolunteerTaskPayload)
  async completeVolunteerTask(@Arg('input') input: CompleteVolunteerTaskInput, @Ctx() { viewer, services }: Context) {
    return { task: await services.volunteers.complete(viewer, input) };
  }
}

@Resolver(() => VolunteerTask)
export class VolunteerTaskResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() task: VolunteerTaskEntity, @Ctx() { loaders }: Context) {
    return loaders.visibleProjectById.load(task.projectId);
  }

  @FieldResolver(() => Milestone, { nullable: true })
  milestone(@Root() task: VolunteerTaskEntity, @Ctx() { loaders }: Context) {
    return loaders.milestoneById.load(task.milestoneId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      'Who holds or did the task. Shown when their volunteer profile is public; to the project’s maintainers and ' +
      'the volunteer themself always.',
  })
  async claimant(@Root() task: VolunteerTaskEntity, @Ctx() context: Context) {
    if (!task.claimantId) return null;
    const { viewer, loaders } = context;
    const profile = await loaders.volunteerProfileByUser.load(task.claimantId);
    const visible =
      viewer?.user.id === task.claimantId ||
      (profile !== null && canSeeProfile(viewer, profile)) ||
      (await viewerMaintains(task.projectId, context));
    return visible ? loaders.userById.load(task.claimantId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you hold (or did) this task.' })
  heldByViewer(@Root() task: VolunteerTaskEntity, @Ctx() { viewer }: Context) {
    return viewer !== null && task.claimantId === viewer.user.id;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the volunteer handed in; for the volunteer and the project’s maintainers only.',
  })
  async submissionNote(@Root() task: VolunteerTaskEntity, @Ctx() context: Context) {
    if (task.submissionNote === null) return null;
    const mine = context.viewer?.user.id === task.claimantId;
    return mine || (await viewerMaintains(task.projectId, context)) ? task.submissionNote : null;
  }
}

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => [VolunteerTask])
  tasks(@Root() milestone: MilestoneEntity, @Ctx() { loaders }: Context) {
    return loaders.tasksByMilestone.load(milestone.id);
  }

  @FieldResolver(() => MilestoneProgress, { description: 'Tasks done out of all its tasks.' })
  async progress(@Root() milestone: MilestoneEntity, @Ctx() { loaders }: Context): Promise<MilestoneProgress> {
    const tasks = await loaders.tasksByMilestone.load(milestone.id);
    return { done: tasks.filter((task) => task.status === VolunteerTaskStatus.DONE).length, total: tasks.length };
  }
}

@Resolver(() => VolunteerProfile)
export class VolunteerProfileResolver {
  @FieldResolver(() => User)
  user(@Root() profile: VolunteerProfileEntity, @Ctx() { loaders }: Context) {
    return loaders.userById.load(profile.userId);
  }

  @FieldResolver(() => VolunteerContributions, {
    description: 'Tasks done and hours recognised on the projects you may see.',
  })
  async contributions(@Root() profile: VolunteerProfileEntity, @Ctx() { loaders }: Context) {
    const rows = await loaders.contributionsByUser.load(profile.userId);
    const projects = await loaders.visibleProjectById.loadMany([...new Set(rows.map((row) => row.projectId))]);
    const visible = compact(projects);
    const shown = new Set(visible.map((project) => project.id));
    const counted = rows.filter((row) => shown.has(row.projectId));
    return {
      tasksDone: counted.reduce((sum, row) => sum + row.tasksDone, 0),
      hours: counted.reduce((sum, row) => sum + row.hours, 0),
      projects: visible,
    };
  }
}

@Resolver(() => Project)
export class ProjectVolunteeringResolver {
  @FieldResolver(() => [Milestone], { description: 'The project’s plan: milestones by due date, undated last.' })
  milestones(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.milestonesByProject.load(project.id);
  }

  @FieldResolver(() => [ProjectContributor], {
    description:
      'Volunteers with recognised work on the project, most hours first, with where to support them. Volunteers ' +
      'whose profile is private are listed to the maintainers only.',
  })
  async contributors(@Root() project: ProjectEntity, @Ctx() context: Context) {
    const { viewer, loaders } = context;
    const rows = await loaders.contributionsByProject.load(project.id);
    const maintainer = await viewerMaintains(project.id, context);
    const [profiles, users] = await Promise.all([
      loaders.volunteerProfileByUser.loadMany(rows.map((row) => row.userId)),
      loaders.userById.loadMany(rows.map((row) => row.userId)),
    ]);
    return rows.flatMap((row, i) => {
      const profile = profiles[i];
      const user = users[i];
      if (profile instanceof Error) throw profile;
      if (user instanceof Error) throw user;
      const visible = profile !== null && canSeeProfile(viewer, profile);
      if (!user || !(visible || maintainer)) return [];
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
    return context.services.volunteers.suggestVolunteers(context.viewer, project.id, first);
  }
}

@Resolver(() => User)
export class UserVolunteeringResolver {
  @FieldResolver(() => VolunteerProfile, {
    nullable: true,
    description: 'Null when there is none, or it is private and not yours.',
  })
  async volunteerProfile(@Root() user: UserEntity, @Ctx() { viewer, loaders }: Context) {
    const profile = await loaders.volunteerProfileByUser.load(user.id);
    return profile && canSeeProfile(viewer, profile) ? profile : null;
  }

  @FieldResolver(() => [TaskRecommendation], {
    nullable: true,
    description:
      'Open tasks that fit your volunteer profile, best first, each with what matched; null on anyone else’s ' +
      'account, empty without a profile.',
  })
  recommendedTasks(@Root() user: UserEntity, @Args() { first }: MatchArgs, @Ctx() { viewer, services }: Context) {
    return viewer?.user.id === user.id ? services.volunteers.recommendTasks(viewer, first) : null;
  }

  @FieldResolver(() => [VolunteerTask], {
    nullable: true,
    description: 'Tasks you hold or did, newest first; null on anyone else’s account.',
  })
  volunteerTasks(@Root() user: UserEntity, @Ctx() { viewer, services }: Context) {
    return viewer?.user.id === user.id ? services.volunteers.tasksOf(viewer) : null;
  }
}
