import { defineModule } from '../module';
import { ProjectMaintainerEntity } from './project-maintainer.entity';
import { ProjectEntity } from './project.entity';
import { createProjectLoaders } from './project.loaders';
import { ProjectResolver } from './project.resolver';
import { ProjectService } from './project.service';

const verbs = {
  'project.created': 'project',
  'project.updated': 'project',
  'project.published': 'project',
  'project.archived': 'project',
  'project.maintainer_added': 'project',
  'project.maintainer_removed': 'project',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends ProjectVerbs {}
}
type ProjectVerbs = typeof verbs;

export const projectModule = defineModule({
  name: 'project',
  entities: [ProjectEntity, ProjectMaintainerEntity],
  resolvers: [ProjectResolver],
  loaders: createProjectLoaders,
  services: (deps) => ({ projects: new ProjectService(deps) }),
  verbs,
});
