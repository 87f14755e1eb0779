import { defineModule } from '../module';
import { StoryProjectEntity } from './story-project.entity';
import { StoryEntity } from './story.entity';
import { createStoryLoaders } from './story.loaders';
import { ProjectStoriesResolver, StoryResolver } from './story.resolver';
import { StoryService } from './story.service';

const verbs = {
  'story.created': 'story',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends StoryVerbs {}
}
type StoryVerbs = typeof verbs;

export const storyModule = defineModule({
  name: 'story',
  entities: [StoryEntity, StoryProjectEntity],
  resolvers: [StoryResolver, ProjectStoriesResolver],
  loaders: createStoryLoaders,
  services: (deps) => ({ stories: new StoryService(deps) }),
  verbs,
});
