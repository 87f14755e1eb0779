import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, Role } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import type { ProjectEntity } from '../project/project.entity';
import { Project } from '../project/project.types';
import { User } from '../user/user.types';
import type { IdeaInterestEntity } from './idea-interest.entity';
import { canSeeIdeaInterests, canTakeUpIdea } from './idea.policy';
import {
  ExpressInterestInput,
  ExpressInterestPayload,
  HideIdeaInput,
  HideIdeaPayload,
  IdeaConnection,
  IdeaInterest,
  IdeaInterestConnection,
  IdeaInterestCounts,
  IdeasArgs,
  ProposeIdeaInput,
  ProposeIdeaPayload,
  TakeUpIdeaInput,
  TakeUpIdeaPayload,
  WithdrawInterestInput,
  WithdrawInterestPayload,
} from './idea.types';
import { IdeaInterestRole } from '../../shared/enums';

@Resolver(() => IdeaInterest)
export class IdeaResolver {
  @Query(() => IdeaConnection, {
    description:
      'Ideas: public projects at stage IDEA, proposed by the people they would serve and waiting to be taken up.',
  })
  async ideas(@Args() args: IdeasArgs, @Ctx() { viewer, services, loaders }: Context) {
    const page = await services.ideas.list(viewer, args);
    for (const { node } of page.edges) loaders.project.visibleById.prime(node.id, node);
    return page;
  }

  @FieldResolver(() => User)
  user(@Root() interest: IdeaInterestEntity, @Ctx() { loaders }: Context) {
    return loaders.user.byId.load(interest.userId);
  }

  @Authorized()
  @Mutation(() => ProposeIdeaPayload, {
    description:
      'Anyone signed in proposes an idea for a need of their own community, without code: a public project at ' +
      'stage IDEA whose description is the need. The proposer is recorded, not made a maintainer.',
  })
  async proposeIdea(@Arg('input') input: ProposeIdeaInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.ideas.propose(actor, input) };
  }

  @Authorized()
  @Mutation(() => ExpressInterestPayload, {
    description:
      'Joins an idea as VOLUNTEER, MAINTAINER or BENEFICIARY. Once per role: sending it again updates the note.',
  })
  async expressInterest(
    @Arg('input') input: ExpressInterestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return services.ideas.expressInterest(actor, input);
  }

  @Authorized()
  @Mutation(() => WithdrawInterestPayload, { description: 'Withdraws your interest in one role.' })
  async withdrawInterest(
    @Arg('input') input: WithdrawInterestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return services.ideas.withdrawInterest(actor, input);
  }

  @Authorized()
  @Mutation(() => TakeUpIdeaPayload, {
    description:
      'The proposer, or someone who expressed interest as MAINTAINER, takes the idea up: they become its maintainer ' +
      'and it moves to stage PROTOTYPE, leaving the ideas list.',
  })
  async takeUpIdea(@Arg('input') input: TakeUpIdeaInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.ideas.takeUp(actor, input.projectId) };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => HideIdeaPayload, {
    description: 'Admins only: hides an idea from the public (it becomes a draft); publishProject shows it again.',
  })
  async hideIdea(@Arg('input') input: HideIdeaInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { project: await services.ideas.hide(actor, input) };
  }
}

/** Fields that ideas add to Project. */
@Resolver(() => Project)
export class ProjectIdeaResolver {
  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who proposed it as an idea (their public display name; never their email), if anyone.',
  })
  proposedBy(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return project.proposedById ? loaders.user.byId.load(project.proposedById) : null;
  }

  @FieldResolver(() => IdeaInterestCounts, { description: 'How many joined it as an idea, per role. Public.' })
  interestCounts(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.idea.interestCounts.load(project.id);
  }

  @FieldResolver(() => [IdeaInterest], {
    nullable: true,
    description: 'Who joined it, with their notes: for the proposer, the maintainers and admins; null for others.',
    deprecationReason: 'Use interestsConnection; this list stops at 100.',
  })
  async interests(@Root() project: ProjectEntity, @Ctx() { viewer, loaders }: Context) {
    if (!viewer) return null;
    const isMaintainer = await loaders.project.viewerMaintains.load(project.id);
    if (!canSeeIdeaInterests(viewer, project, isMaintainer)) return null;
    return loaders.idea.interestPages.firstRows().load(project.id);
  }

  @FieldResolver(() => IdeaInterestConnection, {
    nullable: true,
    description:
      'Who joined it, with their notes, in the order they did: for the proposer, the maintainers and admins; ' +
      'null for others.',
  })
  async interestsConnection(
    @Root() project: ProjectEntity,
    @Args() args: PageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!viewer) return null;
    const isMaintainer = await loaders.project.viewerMaintains.load(project.id);
    if (!canSeeIdeaInterests(viewer, project, isMaintainer)) return null;
    const page = await loaders.idea.interestPages(args).load(project.id);
    return withNodes(page, (id) => loaders.idea.interestById.load(id));
  }

  @FieldResolver(() => [IdeaInterest], { description: "The viewer's own interests in it (empty when signed out)." })
  viewerInterests(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.idea.viewerInterests.load(project.id);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may take the idea up now (its proposer, or offered to maintain it).',
  })
  async viewerCanTakeUp(@Root() project: ProjectEntity, @Ctx() { viewer, loaders }: Context) {
    if (!viewer) return false;
    const mine = await loaders.idea.viewerInterests.load(project.id);
    return canTakeUpIdea(
      viewer,
      project,
      mine.some((interest) => interest.role === IdeaInterestRole.MAINTAINER),
    );
  }
}
