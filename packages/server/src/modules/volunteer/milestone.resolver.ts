import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import { VolunteerTaskStatus } from '../../shared/enums';
import type { MilestoneEntity } from './milestone.entity';
import {
  CreateMilestoneInput,
  CreateMilestonePayload,
  Milestone,
  MilestoneProgress,
  UpdateMilestoneInput,
  UpdateMilestonePayload,
} from './milestone.types';
import { VolunteerTask, VolunteerTaskConnection } from './volunteer-task.types';

@Resolver(() => Milestone)
export class MilestoneResolver {
  @FieldResolver(() => [VolunteerTask], { deprecationReason: 'Use tasksConnection; this list stops at 100.' })
  async tasks(@Root() milestone: MilestoneEntity, @Ctx() { loaders }: Context) {
    return loaders.volunteer.taskPagesByMilestone.firstRows().load(milestone.id);
  }

  @FieldResolver(() => VolunteerTaskConnection, { description: 'Its tasks, as created.' })
  async tasksConnection(@Root() milestone: MilestoneEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.volunteer.taskPagesByMilestone(args).load(milestone.id);
    return withNodes(page, (id) => loaders.volunteer.taskById.load(id));
  }

  @FieldResolver(() => MilestoneProgress, { description: 'Tasks done out of all its tasks.' })
  async progress(@Root() milestone: MilestoneEntity, @Ctx() { loaders }: Context): Promise<MilestoneProgress> {
    const tasks = await loaders.volunteer.tasksByMilestone.load(milestone.id);
    return { done: tasks.filter((task) => task.status === VolunteerTaskStatus.DONE).length, total: tasks.length };
  }

  @Authorized()
  @Mutation(() => CreateMilestonePayload, { description: 'By a maintainer of the project.' })
  async createMilestone(
    @Arg('input') input: CreateMilestoneInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { milestone: await services.milestones.create(actor, input) };
  }

  @Authorized()
  @Mutation(() => UpdateMilestonePayload, { description: 'By a maintainer of the project.' })
  async updateMilestone(
    @Arg('input') input: UpdateMilestoneInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { milestone: await services.milestones.update(actor, input) };
  }
}
