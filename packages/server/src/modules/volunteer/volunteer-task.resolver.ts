import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { ID } from '../../graphql/id';
import { Project } from '../project/project.types';
import { User } from '../user/user.types';
import { Milestone } from './milestone.types';
import type { VolunteerTaskEntity } from './volunteer-task.entity';
import {
  ClaimVolunteerTaskInput,
  ClaimVolunteerTaskPayload,
  CompleteVolunteerTaskInput,
  CompleteVolunteerTaskPayload,
  CreateVolunteerTaskInput,
  CreateVolunteerTaskPayload,
  ReleaseVolunteerTaskInput,
  ReleaseVolunteerTaskPayload,
  SubmitVolunteerTaskInput,
  SubmitVolunteerTaskPayload,
  VolunteerTask,
  VolunteerTaskConnection,
  VolunteerTasksArgs,
} from './volunteer-task.types';
import { canSeeClaimant, canSeeSubmission, holdsTask } from './volunteer.policy';
import { viewerActsFor } from './volunteer.viewer';

@Resolver(() => VolunteerTask)
export class VolunteerTaskResolver {
  @Query(() => VolunteerTaskConnection, {
    description: 'Volunteer tasks of the projects you may see (published ones, and drafts you maintain).',
  })
  volunteerTasks(@Args() args: VolunteerTasksArgs, @Ctx() { viewer, services }: Context) {
    return services.volunteerTasks.list(viewer, args);
  }

  @Query(() => VolunteerTask, { nullable: true })
  volunteerTask(@Arg('id', () => ID) id: string, @Ctx() { viewer, services }: Context) {
    return services.volunteerTasks.task(viewer, id);
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Root() task: VolunteerTaskEntity, @Ctx() { loaders }: Context) {
    return loaders.project.visibleById.load(task.projectId);
  }

  @FieldResolver(() => Milestone, { nullable: true })
  milestone(@Root() task: VolunteerTaskEntity, @Ctx() { loaders }: Context) {
    return loaders.volunteer.milestoneById.load(task.milestoneId);
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
    const [profile, actsForProject] = await Promise.all([
      loaders.volunteer.profileByUser.load(task.claimantId),
      viewerActsFor(task.projectId, context),
    ]);
    return canSeeClaimant(viewer, task, profile, actsForProject) ? loaders.user.byId.load(task.claimantId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you hold (or did) this task.' })
  heldByViewer(@Root() task: VolunteerTaskEntity, @Ctx() { viewer }: Context) {
    return holdsTask(viewer, task);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the volunteer handed in; for the volunteer and the project’s maintainers only.',
  })
  async submissionNote(@Root() task: VolunteerTaskEntity, @Ctx() context: Context) {
    if (task.submissionNote === null) return null;
    const actsForProject = await viewerActsFor(task.projectId, context);
    return canSeeSubmission(context.viewer, task, actsForProject) ? task.submissionNote : null;
  }

  @Authorized()
  @Mutation(() => CreateVolunteerTaskPayload, { description: 'By a maintainer of the milestone’s project.' })
  async createVolunteerTask(
    @Arg('input') input: CreateVolunteerTaskInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { task: await services.volunteerTasks.create(actor, input) };
  }

  @Authorized()
  @Mutation(() => ClaimVolunteerTaskPayload, {
    description:
      'Take an OPEN task. CONFLICT with reason TASK_NOT_OPEN (someone was first), ALREADY_CLAIMED or ' +
      'CLAIM_LIMIT_REACHED (you hold as many tasks as one person may).',
  })
  async claimVolunteerTask(
    @Arg('input') input: ClaimVolunteerTaskInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { task: await services.volunteerTasks.claim(actor, input.taskId) };
  }

  @Authorized()
  @Mutation(() => ReleaseVolunteerTaskPayload, { description: 'The task becomes OPEN again.' })
  async releaseVolunteerTask(
    @Arg('input') input: ReleaseVolunteerTaskInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { task: await services.volunteerTasks.release(actor, input.taskId) };
  }

  @Authorized()
  @Mutation(() => SubmitVolunteerTaskPayload)
  async submitVolunteerTask(
    @Arg('input') input: SubmitVolunteerTaskInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { task: await services.volunteerTasks.submit(actor, input) };
  }

  @Authorized()
  @Mutation(() => CompleteVolunteerTaskPayload)
  async completeVolunteerTask(
    @Arg('input') input: CompleteVolunteerTaskInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { task: await services.volunteerTasks.complete(actor, input) };
  }
}
