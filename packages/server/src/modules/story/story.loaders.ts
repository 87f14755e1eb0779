import { In, type DataSource } from 'typeorm';
import { rowsGroupedBy } from '../../shared/loaders';
import { StoryProjectEntity } from './story-project.entity';
import { storiesOfProjects } from './story.service';

export function createStoryLoaders(dataSource: DataSource) {
  return {
    /** The projects each story features, in order (visibility is applied by visibleProjectById). */
    featuredByStory: rowsGroupedBy(
      (storyIds) =>
        dataSource
          .getRepository(StoryProjectEntity)
          .find({ where: { storyId: In([...storyIds]) }, order: { position: 'ASC', projectId: 'ASC' } }),
      (row) => row.storyId,
    ),
    /** Stories featuring each project, newest first. */
    storiesByProject: rowsGroupedBy(
      (projectIds) => storiesOfProjects(dataSource, projectIds),
      (row) => row.projectId,
    ),
  };
}
