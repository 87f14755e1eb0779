import type { Viewer } from '../../auth/viewer';
import { Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey } from '../../shared/keyset';
import { DomainService } from '../module';
import { ProjectEntity } from '../project/project.entity';
import { visibleProjectsSql } from '../project/project.policy';
import { canCreateStory } from './story.policy';
import { StoryProjectEntity } from './story-project.entity';
import { StoryEntity } from './story.entity';
import { StoryOrderField, type CreateStoryInput, type StoriesArgs } from './story.types';

const SORT_KEYS: Record<StoryOrderField, SortKey<StoryEntity>> = {
  // A date compares with the cursor's timestamptz through Postgres's own date → timestamptz cast, on both sides.
  [StoryOrderField.PUBLISHED_ON]: {
    name: 'PUBLISHED_ON',
    column: 'story.published_on',
    read: (s) => s.publishedOn,
    sqlType: 'timestamptz',
  },
};

/**
 * SQL: the stories (alias `story`) featuring at least one project the viewer may see — and, with `projectSql`,
 * featuring such a project that also matches it. A story about drafts alone stays out of sight, as the drafts do.
 */
function featuringVisibleSql(viewer: Viewer | null, projectSql?: string) {
  const visible = visibleProjectsSql('featured_p', viewer);
  return {
    sql:
      'EXISTS (SELECT 1 FROM story_projects featured_sp JOIN projects featured_p ON featured_p.id = featured_sp.project_id ' +
      `WHERE featured_sp.story_id = story.id AND ${visible.sql}${projectSql ? ` AND ${projectSql}` : ''})`,
    params: visible.params,
  };
}

export class StoryService extends DomainService {
  list(viewer: Viewer | null, { first, after, filter, orderBy }: StoriesArgs): Promise<Page<StoryEntity>> {
    const query = this.dataSource.getRepository(StoryEntity).createQueryBuilder('story');
    const visible = featuringVisibleSql(viewer);
    query.where(visible.sql, visible.params);
    if (filter?.kinds?.length) query.andWhere('story.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter?.projectId) {
      const about = featuringVisibleSql(viewer, 'featured_p.id = :storyProjectId');
      query.andWhere(about.sql, { ...about.params, storyProjectId: filter.projectId });
    }
    if (filter?.projectSlug) {
      const about = featuringVisibleSql(viewer, 'featured_p.slug = :storyProjectSlug');
      query.andWhere(about.sql, { ...about.params, storyProjectSlug: filter.projectSlug });
    }
    return paginate(query, {
      alias: 'story',
      sort: SORT_KEYS[orderBy?.field ?? StoryOrderField.PUBLISHED_ON],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  bySlug(viewer: Viewer | null, slug: string): Promise<StoryEntity | null> {
    const visible = featuringVisibleSql(viewer);
    return this.dataSource
      .getRepository(StoryEntity)
      .createQueryBuilder('story')
      .where('story.slug = :slug', { slug })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  async create(actor: Viewer, input: CreateStoryInput): Promise<StoryEntity> {
    const projectIds = [...new Set(input.projectIds)];
    const mediaUrl = input.mediaUrl ?? null;
    const mediaType = input.mediaType ?? null;
    if (mediaUrl && !mediaType) {
      throw new InvalidInput('mediaType', 'Give the media type of mediaUrl, e.g. audio/mpeg.');
    }
    if (mediaType && !mediaUrl) throw new InvalidInput('mediaUrl', 'mediaType describes mediaUrl: give it too.');
    if (input.durationSeconds != null && !mediaUrl) {
      throw new InvalidInput('durationSeconds', 'durationSeconds is the length of mediaUrl: give it too.');
    }
    return this.mutate(actor, async ({ manager, record }) => {
      const visible = visibleProjectsSql('project', actor);
      const projects = await manager
        .getRepository(ProjectEntity)
        .createQueryBuilder('project')
        .where('project.id IN (:...projectIds)', { projectIds })
        .andWhere(visible.sql, visible.params)
        .getMany();
      // A draft the author cannot see is answered like a missing project.
      if (projects.length !== projectIds.length) {
        throw new NotFound('A featured project was not found.', { field: 'projectIds' });
      }
      const [facts] = await manager.query(
        `SELECT
           EXISTS (SELECT 1 FROM project_maintainers WHERE user_id = $1 AND project_id = ANY($2::uuid[])) AS "maintainsFeatured",
           EXISTS (SELECT 1 FROM organization_members m JOIN organizations o ON o.id = m.organization_id
                   WHERE m.user_id = $1 AND o.verified) AS "memberOfVerifiedOrganization"`,
        [actor.user.id, projectIds],
      );
      if (!canCreateStory(actor, facts)) {
        throw new Forbidden(
          'Stories are published by a maintainer of a featured project, a member of a verified organisation, or an admin.',
        );
      }
      const stories = manager.getRepository(StoryEntity);
      // The unique constraint uq_stories_slug refuses a taken slug (CONFLICT, field slug), also under a race.
      const story = await stories.save(
        stories.create({
          kind: input.kind,
          slug: input.slug,
          title: input.title.trim(),
          url: input.url,
          publishedOn: input.publishedOn,
          summary: input.summary?.trim() ?? '',
          language: input.language ?? 'zh-CN',
          mediaUrl,
          mediaType,
          durationSeconds: input.durationSeconds ?? null,
          createdByUserId: actor.user.id,
        }),
      );
      await manager
        .getRepository(StoryProjectEntity)
        .insert(projectIds.map((projectId, position) => ({ storyId: story.id, projectId, position })));
      await record('story.created', story.id, { slug: story.slug, kind: story.kind, projectIds });
      return story;
    });
  }
}
