import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { ProjectStage, ProjectVisibility } from '../../shared/enums';
import { Conflict, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { DomainService } from '../module';
import { requireToActFor } from '../organization/organization.policy';
import { requireAccountByEmail } from '../user/user.service';
import { ProjectMaintainerEntity } from './project-maintainer.entity';
import { ProjectEntity } from './project.entity';
import { projectForMaintainer, visibleProjectsSql } from './project.policy';
import {
  ProjectOrderField,
  type AddProjectMaintainerInput,
  type CreateProjectInput,
  type ProjectsArgs,
  type RemoveProjectMaintainerInput,
  type UpdateProjectInput,
} from './project.types';

const SORT_KEYS: Record<ProjectOrderField, SortKey<ProjectEntity>> = {
  [ProjectOrderField.NAME]: { name: 'NAME', column: 'project.name', read: (p) => p.name, sqlType: 'text' },
  [ProjectOrderField.CREATED_AT]: createdAtKey('project'),
  [ProjectOrderField.UPDATED_AT]: {
    name: 'UPDATED_AT',
    column: 'project.updated_at',
    read: (p) => p.updatedAt,
    sqlType: 'timestamptz',
  },
};

const LISTING_REFUSED = 'You can only list a project under an organisation you are a member of.';

/** The searched expression; the trigram index ix_projects_search_trgm is built on exactly this. */
const SEARCHED = `(project.name || ' ' || project.summary)`;

export class ProjectService extends DomainService {
  list(viewer: Viewer | null, { first, after, filter, orderBy }: ProjectsArgs): Promise<Page<ProjectEntity>> {
    const visible = visibleProjectsSql('project', viewer);
    const query = this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .where(visible.sql, visible.params);
    if (filter?.causeAreas?.length) {
      query.andWhere('project.cause_areas && CAST(:causeAreas AS text[])', { causeAreas: filter.causeAreas });
    }
    if (filter?.stages?.length) query.andWhere('project.stage IN (:...stages)', { stages: filter.stages });
    if (filter?.organizationId) {
      query.andWhere('project.organization_id = :organizationId', { organizationId: filter.organizationId });
    }
    if (filter?.organizationSlug) {
      query.andWhere('project.organization_id IN (SELECT id FROM organizations WHERE slug = :organizationSlug)', {
        organizationSlug: filter.organizationSlug,
      });
    }
    if (filter?.licenses?.length) query.andWhere('project.license IN (:...licenses)', { licenses: filter.licenses });
    if (filter?.maintainedByViewer) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM project_maintainers mine WHERE mine.project_id = project.id AND mine.user_id = :viewerId)',
        // Nobody maintains anything anonymously: no id matches the nil uuid.
        { viewerId: viewer?.user.id ?? '00000000-0000-0000-0000-000000000000' },
      );
    }
    whereTextMatches(query, SEARCHED, filter?.search);
    return paginate(query, {
      alias: 'project',
      sort: SORT_KEYS[orderBy?.field ?? ProjectOrderField.CREATED_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  async bySlug(viewer: Viewer | null, slug: string): Promise<ProjectEntity | null> {
    const visible = visibleProjectsSql('project', viewer);
    return this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .where('project.slug = :slug', { slug })
      .andWhere(visible.sql, visible.params)
      .getOne();
  }

  async create(actor: Viewer, input: CreateProjectInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      if (input.organizationId) await requireToActFor(manager, actor, input.organizationId, LISTING_REFUSED);
      const projects = manager.getRepository(ProjectEntity);
      const project = await projects.save(
        projects.create({
          slug: input.slug,
          name: input.name.trim(),
          summary: input.summary.trim(),
          description: input.description ?? '',
          stage: input.stage,
          causeAreas: input.causeAreas,
          repositoryUrl: input.repositoryUrl ?? null,
          websiteUrl: input.websiteUrl ?? null,
          license: input.license ?? null,
          beneficiaries: input.beneficiaries?.trim() ?? '',
          organizationId: input.organizationId ?? null,
          visibility: ProjectVisibility.DRAFT,
        }),
      );
      await manager.getRepository(ProjectMaintainerEntity).insert({ projectId: project.id, userId: actor.user.id });
      await record('project.created', project.id, { slug: project.slug });
      return project;
    });
  }

  async update(actor: Viewer, input: UpdateProjectInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.lockForMaintainer(manager, actor, input.projectId);
      const projects = manager.getRepository(ProjectEntity);
      if (input.slug !== undefined) project.slug = input.slug;
      if (input.organizationId !== undefined && input.organizationId !== project.organizationId) {
        if (input.organizationId) await requireToActFor(manager, actor, input.organizationId, LISTING_REFUSED);
        project.organizationId = input.organizationId;
      }
      if (input.name !== undefined) project.name = input.name.trim();
      if (input.summary !== undefined) project.summary = input.summary.trim();
      if (input.description !== undefined) project.description = input.description;
      if (input.stage !== undefined) project.stage = input.stage;
      if (input.causeAreas !== undefined) project.causeAreas = input.causeAreas;
      if (input.repositoryUrl !== undefined) project.repositoryUrl = input.repositoryUrl;
      if (input.websiteUrl !== undefined) project.websiteUrl = input.websiteUrl;
      if (input.license !== undefined) project.license = input.license;
      if (input.beneficiaries !== undefined) project.beneficiaries = input.beneficiaries.trim();
      const saved = await projects.save(project);
      await record('project.updated', project.id, { fields: Object.keys(input).filter((key) => key !== 'projectId') });
      return saved;
    });
  }

  /** Makes a draft public. Publishing a published project changes nothing, so a retried request is harmless. */
  async publish(actor: Viewer, projectId: string): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.lockForMaintainer(manager, actor, projectId);
      if (project.visibility === ProjectVisibility.PUBLISHED) return project;
      project.visibility = ProjectVisibility.PUBLISHED;
      project.publishedAt = new Date();
      const saved = await manager.getRepository(ProjectEntity).save(project);
      await record('project.published', project.id);
      return saved;
    });
  }

  /** Moves a project to stage ARCHIVED: it stays visible as a record of past work. */
  async archive(actor: Viewer, projectId: string): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.lockForMaintainer(manager, actor, projectId);
      if (project.stage === ProjectStage.ARCHIVED) return project;
      const previousStage = project.stage;
      project.stage = ProjectStage.ARCHIVED;
      const saved = await manager.getRepository(ProjectEntity).save(project);
      await record('project.archived', project.id, { previousStage });
      return saved;
    });
  }

  async addMaintainer(actor: Viewer, input: AddProjectMaintainerInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.lockForMaintainer(manager, actor, input.projectId);
      const user = await requireAccountByEmail(manager, input.email);
      const maintainers = manager.getRepository(ProjectMaintainerEntity);
      if (await maintainers.existsBy({ projectId: project.id, userId: user.id })) {
        throw new Conflict('This person already maintains the project.', {
          field: 'email',
          reason: 'ALREADY_MAINTAINER',
        });
      }
      await maintainers.insert({ projectId: project.id, userId: user.id });
      await record('project.maintainer_added', project.id, { userId: user.id });
      return project;
    });
  }

  async removeMaintainer(actor: Viewer, input: RemoveProjectMaintainerInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.lockForMaintainer(manager, actor, input.projectId);
      const maintainers = manager.getRepository(ProjectMaintainerEntity);
      if (!(await maintainers.existsBy({ projectId: project.id, userId: input.userId }))) {
        throw new NotFound('This person does not maintain the project.', { field: 'userId' });
      }
      if ((await maintainers.countBy({ projectId: project.id })) <= 1) {
        throw new Conflict('A project keeps at least one maintainer: add another first.', {
          field: 'userId',
          reason: 'LAST_MAINTAINER',
        });
      }
      await maintainers.delete({ projectId: project.id, userId: input.userId });
      await record('project.maintainer_removed', project.id, { userId: input.userId });
      return project;
    });
  }

  private lockForMaintainer(manager: EntityManager, actor: Viewer, projectId: string): Promise<ProjectEntity> {
    return projectForMaintainer(manager, actor, projectId, { lock: true });
  }
}
