import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { DEPRECATED_PAGE, nodesOf, withNodes } from '../../shared/nested-pages';
import type { ProjectEntity } from '../project/project.entity';
import { Project, ProjectConnection } from '../project/project.types';
import type { StoryEntity } from './story.entity';
import { CreateStoryInput, CreateStoryPayload, StoriesArgs, Story, StoryConnection } from './story.types';

@Resolver(() => Story)
export class StoryResolver {
  @Query(() => StoryConnection, {
    description: 'Stories featuring at least one project you may see, newest first.',
  })
  stories(@Args() args: StoriesArgs, @Ctx() { viewer, services }: Context) {
    return services.stories.list(viewer, args);
  }

  @Query(() => Story, { nullable: true, description: 'Null when there is no such story or you may not see it.' })
  story(@Arg('slug') slug: string, @Ctx() { viewer, services }: Context) {
    return services.stories.bySlug(viewer, slug);
  }

  @FieldResolver(() => [Project], {
    description: 'The featured projects you may see (never a draft of others).',
    deprecationReason: 'Use projectsConnection; this list stops at 100.',
  })
  async projects(@Root() story: StoryEntity, @Ctx() context: Context) {
    return nodesOf(await this.projectsConnection(story, DEPRECATED_PAGE, context));
  }

  @FieldResolver(() => ProjectConnection, {
    description: 'The featured projects you may see (never a draft of others), in the story’s order.',
  })
  async projectsConnection(@Root() story: StoryEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.story.featuredPages(args).load(story.id);
    return withNodes(page, (id) => loaders.project.visibleById.load(id));
  }

  @Authorized()
  @Mutation(() => CreateStoryPayload, {
    description:
      'Publishes a story about projects: by a maintainer of a featured project, a member of a verified ' +
      'organisation, or an admin.',
  })
  async createStory(@Arg('input') input: CreateStoryInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { story: await services.stories.create(actor, input) };
  }
}

@Resolver(() => Project)
export class ProjectStoriesResolver {
  @FieldResolver(() => [Story], {
    description: 'Stories featuring the project, newest first.',
    deprecationReason: 'Use storiesConnection; this list stops at 100.',
  })
  async stories(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return (await loaders.story.pagesByProject.firstRows().load(project.id)).map((row) => row.story!);
  }

  @FieldResolver(() => StoryConnection, { description: 'Stories featuring the project, newest first.' })
  async storiesConnection(@Root() project: ProjectEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.story.pagesByProject(args).load(project.id);
    return withNodes(page, (id) => loaders.story.byId.load(id));
  }
}
