import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { IdeaInterestRole, ProjectStage, ProjectVisibility } from '../../shared/enums';
import { Conflict, Forbidden, NotFound } from '../../shared/errors';
import { paginate, type Page, type SortKey, createdAtKey } from '../../shared/keyset';
import { whereTextMatches } from '../../shared/search';
import { DomainService } from '../module';
import { ProjectMaintainerEntity } from '../project/project-maintainer.entity';
import { ProjectEntity } from '../project/project.entity';
import { canSeeProject } from '../project/project.policy';
import { IdeaInterestEntity } from './idea-interest.entity';
import { canTakeUpIdea, isProposer } from './idea.policy';
import {
  IdeaOrderField,
  type ExpressInterestInput,
  type HideIdeaInput,
  type IdeasArgs,
  type ProposeIdeaInput,
  type WithdrawInterestInput,
} from './idea.types';

const SORT_KEYS: Record<IdeaOrderField, SortKey<ProjectEntity>> = {
  [IdeaOrderField.CREATED_AT]: createdAtKey('project'),
  [IdeaOrderField.INTEREST_COUNT]: {
    name: 'INTEREST_COUNT',
    column: 'project.interest_count',
    read: (p) => p.interestCount,
    sqlType: 'bigint',
  },
};

/** The same searched expression as the projects list, so the trigram index ix_projects_search_trgm serves both. */
const SEARCHED = `(project.name || ' ' || project.summary)`;

/** The stage an idea moves to once someone takes it up: work on a first version begins. */
export const TAKEN_UP_STAGE = ProjectStage.PROTOTYPE;

/**
 * A slug from the name's Latin letters and digits (a Chinese name gives none, hence the `idea` fallback), with a
 * random suffix so that two ideas of the same name do not clash.
 */
export function slugForIdea(name: string): string {
  const base = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${base || 'idea'}-${randomBytes(3).toString('hex')}`;
}

export class IdeaService extends DomainService {
  /** Public ideas (PUBLISHED, stage IDEA), the same for every viewer; a hidden idea is a draft and not listed. */
  list(viewer: Viewer | null, { first, after, filter, orderBy }: IdeasArgs): Promise<Page<ProjectEntity>> {
    const query = this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .where('project.stage = :stage', { stage: ProjectStage.IDEA })
      .andWhere('project.visibility = :visibility', { visibility: ProjectVisibility.PUBLISHED });
    if (filter?.causeAreas?.length) {
      query.andWhere('project.cause_areas && CAST(:causeAreas AS text[])', { causeAreas: filter.causeAreas });
    }
    if (filter?.proposedByViewer) {
      // Nobody proposes anything anonymously: no id matches the nil uuid.
      query.andWhere('project.proposed_by_id = :proposerId', {
        proposerId: viewer?.user.id ?? '00000000-0000-0000-0000-000000000000',
      });
    }
    whereTextMatches(query, SEARCHED, filter?.search);
    return paginate(query, {
      alias: 'project',
      sort: SORT_KEYS[orderBy?.field ?? IdeaOrderField.CREATED_AT],
      direction: orderBy ? orderBy.direction : 'DESC',
      first,
      after,
    });
  }

  /** Anyone signed in proposes an idea for their community: public at once, without maintainers until taken up. */
  async propose(actor: Viewer, input: ProposeIdeaInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const projects = manager.getRepository(ProjectEntity);
      const now = new Date();
      const project = await projects.save(
        projects.create({
          slug: input.slug ?? slugForIdea(input.name),
          name: input.name.trim(),
          summary: input.summary.trim(),
          description: input.need,
          stage: ProjectStage.IDEA,
          causeAreas: input.causeAreas,
          beneficiaries: input.beneficiaries.trim(),
          visibility: ProjectVisibility.PUBLISHED,
          publishedAt: now,
          proposedById: actor.user.id,
        }),
      );
      await record('idea.proposed', project.id, { slug: project.slug });
      return project;
    });
  }

  /**
   * Joins an open idea in a role. Expressing the same interest again is no error: it updates the note (and changes
   * nothing when the note is the same), so a retried request or an edited note both just work.
   */
  async expressInterest(
    actor: Viewer,
    input: ExpressInterestInput,
  ): Promise<{ interest: IdeaInterestEntity; project: ProjectEntity }> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await lockVisibleProject(manager, actor, input.projectId);
      requireOpenIdea(project, 'Interest can be expressed in ideas only');
      const interests = manager.getRepository(IdeaInterestEntity);
      const note = input.note?.trim() ?? '';
      const existing = await interests.findOneBy({ projectId: project.id, userId: actor.user.id, role: input.as });
      if (existing) {
        if (existing.note === note) return { interest: existing, project };
        existing.note = note;
        const interest = await interests.save(existing);
        await record('idea.interest_updated', project.id, { role: input.as });
        return { interest, project };
      }
      // The project row is locked, so the same interest sent twice at once waits here rather than clashing.
      const interest = await interests.save(
        interests.create({ projectId: project.id, userId: actor.user.id, role: input.as, note }),
      );
      project.interestCount = await adjustInterestCount(manager, project.id, +1);
      await record('idea.interest_expressed', project.id, { role: input.as });
      return { interest, project };
    });
  }

  /** Withdraws one's own interest, also after the idea was taken up (nobody stays listed against their wish). */
  async withdrawInterest(
    actor: Viewer,
    input: WithdrawInterestInput,
  ): Promise<{ project: ProjectEntity; withdrawnInterestId: string }> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await lockVisibleProject(manager, actor, input.projectId);
      const interests = manager.getRepository(IdeaInterestEntity);
      const interest = await interests.findOneBy({ projectId: project.id, userId: actor.user.id, role: input.as });
      if (!interest) {
        throw new NotFound('You have not expressed this interest in this project.', { field: 'as' });
      }
      await interests.delete({ id: interest.id });
      project.interestCount = await adjustInterestCount(manager, project.id, -1);
      await record('idea.interest_withdrawn', project.id, { role: input.as });
      return { project, withdrawnInterestId: interest.id };
    });
  }

  /**
   * The proposer, or someone who offered to maintain it, takes the idea up: they become a maintainer and the project
   * moves to stage PROTOTYPE, leaving the ideas list. Everyone's interests stay, for the new maintainers to see.
   */
  async takeUp(actor: Viewer, projectId: string): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await lockVisibleProject(manager, actor, projectId);
      requireOpenIdea(project, 'Only an idea can be taken up');
      const offeredToMaintain = await manager
        .getRepository(IdeaInterestEntity)
        .existsBy({ projectId: project.id, userId: actor.user.id, role: IdeaInterestRole.MAINTAINER });
      if (!canTakeUpIdea(actor, project, offeredToMaintain)) {
        throw new Forbidden('Only the proposer, or someone who expressed interest as a maintainer, can take it up.');
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(ProjectMaintainerEntity)
        .values({ projectId: project.id, userId: actor.user.id })
        .orIgnore()
        .execute();
      project.stage = TAKEN_UP_STAGE;
      const saved = await manager.getRepository(ProjectEntity).save(project);
      await record('idea.taken_up', project.id, { stage: TAKEN_UP_STAGE, asProposer: isProposer(actor, project) });
      return saved;
    });
  }

  /**
   * An admin hides an idea (spam, harm, someone's private data): it becomes a draft, seen by admins (and any
   * maintainers) only. An admin makes it public again with publishProject. Hiding a hidden idea changes nothing.
   */
  async hide(actor: Viewer, input: HideIdeaInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await manager
        .getRepository(ProjectEntity)
        .findOne({ where: { id: input.projectId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw new NotFound('This project was not found.', { field: 'projectId' });
      if (project.stage !== ProjectStage.IDEA) {
        throw new Conflict('Only ideas (projects at stage IDEA) are hidden this way.', {
          field: 'projectId',
          reason: 'NOT_AN_IDEA',
        });
      }
      if (project.visibility === ProjectVisibility.DRAFT) return project;
      project.visibility = ProjectVisibility.DRAFT;
      const saved = await manager.getRepository(ProjectEntity).save(project);
      await record('idea.hidden', project.id, { reason: input.reason.trim() });
      return saved;
    });
  }
}

/** The project, locked, if this viewer may see it; a draft of others is "not found", as everywhere else. */
async function lockVisibleProject(manager: EntityManager, actor: Viewer, projectId: string): Promise<ProjectEntity> {
  const project = await manager
    .getRepository(ProjectEntity)
    .findOne({ where: { id: projectId }, lock: { mode: 'pessimistic_write' } });
  const isMaintainer =
    project !== null &&
    (await manager.getRepository(ProjectMaintainerEntity).existsBy({ projectId: project.id, userId: actor.user.id }));
  if (!project || !canSeeProject(actor, project, isMaintainer)) {
    throw new NotFound('This idea was not found.', { field: 'projectId' });
  }
  return project;
}

function requireOpenIdea(project: ProjectEntity, what: string): void {
  if (project.stage !== ProjectStage.IDEA) {
    throw new Conflict(`${what}: this project has left stage IDEA (it is ${project.stage}).`, {
      field: 'projectId',
      reason: 'NOT_AN_IDEA',
    });
  }
  if (project.visibility !== ProjectVisibility.PUBLISHED) {
    throw new Conflict(`${what}: this one is not public (a draft, or hidden by an admin).`, {
      field: 'projectId',
      reason: 'IDEA_NOT_PUBLIC',
    });
  }
}

/** Keeps projects.interest_count with the interest rows, without touching updated_at (the project did not change). */
async function adjustInterestCount(manager: EntityManager, projectId: string, delta: 1 | -1): Promise<number> {
  const [rows] = await manager.query(
    'UPDATE projects SET interest_count = interest_count + $2 WHERE id = $1 RETURNING interest_count',
    [projectId, delta],
  );
  return rows[0].interest_count;
}
