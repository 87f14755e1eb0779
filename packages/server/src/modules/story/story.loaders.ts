import { In, type EntityManager } from 'typeorm';
import { rowsGroupedBy } from '../../shared/loaders';
import { StoryProjectEntity } from './story-project.entity';
import { storiesOfProjects } from './story.service';

export function createStoryLoaders(db: EntityManager) {
  return {
    /** The projects each story features, in order (visibility is applied by visibleProjectById). */
    featured: rowsGroupedBy(
      (storyIds) =>
        db
          .getRepository(StoryProjectEntity)
          .find({ where: { storyId: In([...storyIds]) }, order: { position: 'ASC', projectId: 'ASC' } }),
      (row) => row.storyId,
    ),
    /** Stories featuring each project, newest first. */
    byProject: rowsGroupedBy(
      (projectIds) => storiesOfProjects(db, projectIds),
      (row) => row.projectId,
    ),
  };
}
