import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { onVisibleProjects } from '../project/project.policy';
import { StoryProjectEntity } from './story-project.entity';
import { StoryEntity } from './story.entity';

export function createStoryLoaders(db: EntityManager, viewer: Viewer | null) {
  const featuring = db.getRepository(StoryProjectEntity);
  return {
    byId: rowsById((ids) => db.getRepository(StoryEntity).findBy({ id: In([...ids]) })),

    /** Story.projectsConnection: the featured projects the viewer may see, in the story's order. */
    featuredPages: nestedPages(db, {
      rows: () => onVisibleProjects(featuring.createQueryBuilder('featured'), 'featured.project_id', viewer),
      parent: 'featured.story_id',
      id: 'featured.project_id',
      sort: { name: 'POSITION', column: 'featured.position', sqlType: 'bigint' },
      direction: 'ASC',
    }),

    /** Project.storiesConnection: the stories featuring the project, newest first. */
    pagesByProject: nestedPages(db, {
      rows: () => featuring.createQueryBuilder('featured').innerJoinAndSelect('featured.story', 'story'),
      parent: 'featured.project_id',
      id: 'featured.story_id',
      sort: { name: 'PUBLISHED_ON', column: 'CAST(story.published_on AS timestamptz)', sqlType: 'timestamptz' },
      direction: 'DESC',
      parentOf: (featured) => featured.projectId,
    }),
  };
}
