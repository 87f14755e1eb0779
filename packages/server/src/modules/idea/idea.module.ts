import { defineModule } from '../module';
import { IdeaInterestEntity } from './idea-interest.entity';
import { createIdeaLoaders } from './idea.loaders';
import { IdeaResolver, ProjectIdeaResolver } from './idea.resolver';
import { IdeaService } from './idea.service';

/** An idea is a project at stage IDEA: its verbs are about the project. */
const verbs = {
  'idea.proposed': 'project',
  'idea.interest_expressed': 'project',
  'idea.interest_updated': 'project',
  'idea.interest_withdrawn': 'project',
  'idea.taken_up': 'project',
  'idea.hidden': 'project',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends IdeaVerbs {}
}
type IdeaVerbs = typeof verbs;

export const ideaModule = defineModule({
  name: 'idea',
  entities: [IdeaInterestEntity],
  resolvers: [IdeaResolver, ProjectIdeaResolver],
  loaders: createIdeaLoaders,
  services: (deps) => ({ ideas: new IdeaService(deps) }),
  verbs,
});
