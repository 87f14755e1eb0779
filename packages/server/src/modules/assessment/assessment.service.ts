import type { EntityManager } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { OrganizationKind, ProjectVisibility } from '../../shared/enums';
import { Conflict, Forbidden, InvalidInput, NotFound } from '../../shared/errors';
import { DomainService } from '../module';
import { OrganizationEntity } from '../organization/organization.entity';
import { ProjectEntity } from '../project/project.entity';
import { visibleProjectsSql } from '../project/project.policy';
import { AssessmentCriterionEntity, AssessmentRubricEntity } from './assessment-rubric.entity';
import { AssessmentEntity, AssessmentScoreEntity } from './assessment.entity';
import { assessingForRefusal, canSetAssessmentVisibility, isSelfAssessment } from './assessment.policy';
import type { AssessmentScoreInput, SetAssessmentVisibilityInput, SubmitAssessmentInput } from './assessment.types';
import { ProjectAssessmentSettingsEntity } from './project-assessment-settings.entity';

export class AssessmentService extends DomainService {
  /** A rubric version, or the current one; null when there is no such version. */
  async rubric(version: number | null | undefined): Promise<AssessmentRubricEntity | null> {
    const rubrics = this.dataSource.getRepository(AssessmentRubricEntity);
    if (version) return rubrics.findOneBy({ version });
    const [current] = await rubrics.find({ order: { version: 'DESC' }, take: 1 });
    return current ?? null;
  }

  /**
   * Scores a project for a verified foundation (or, for an admin with no organisation, for the platform). A
   * resubmission by the same assessor for the same project and rubric version supersedes the previous assessment,
   * which stays as dated history.
   */
  async submit(actor: Viewer, input: SubmitAssessmentInput): Promise<AssessmentEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const organizationId = await this.assessingOrganization(manager, actor, input.organizationId ?? null);
      const project = await this.assessableProject(manager, actor, input.projectId);
      const version = input.rubricVersion ?? (await this.rubric(null))?.version;
      const criteria = version
        ? await manager
            .getRepository(AssessmentCriterionEntity)
            .find({ where: { rubricVersion: version }, order: { position: 'ASC' } })
        : [];
      if (!version || criteria.length === 0) {
        throw new InvalidInput('rubricVersion', `There is no rubric version ${input.rubricVersion ?? ''}.`.trim());
      }
      const scores = checkScores(criteria, input.scores);
      const total = scores.reduce((sum, score) => sum + score.score, 0);
      const maximum = criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0);

      // One current assessment per assessor, project and version: resubmissions by the same assessor queue here,
      // so each supersedes the one before it (the partial unique indexes back this up).
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `assessment:${organizationId ?? 'platform'}:${project.id}:${version}`,
      ]);
      const assessments = manager.getRepository(AssessmentEntity);
      const previous = await assessments
        .createQueryBuilder('assessment')
        .where('assessment.project_id = :projectId AND assessment.rubric_version = :version', {
          projectId: project.id,
          version,
        })
        .andWhere('assessment.superseded_at IS NULL')
        .andWhere(
          organizationId ? 'assessment.organization_id = :organizationId' : 'assessment.organization_id IS NULL',
          { organizationId },
        )
        .getOne();
      if (previous) await assessments.update({ id: previous.id }, { supersededAt: () => 'now()' });
      const assessment = await assessments.save(
        assessments.create({
          projectId: project.id,
          organizationId,
          rubricVersion: version,
          assessorUserId: actor.user.id,
          recommendation: input.recommendation,
          summary: input.summary?.trim() ?? '',
          total,
          maximum,
          supersededAt: null,
        }),
      );
      await manager
        .getRepository(AssessmentScoreEntity)
        .insert(scores.map((score) => ({ ...score, assessmentId: assessment.id })));
      await record('assessment.submitted', assessment.id, {
        projectId: project.id,
        organizationId,
        rubricVersion: version,
        total,
        maximum,
        recommendation: input.recommendation,
        supersededAssessmentId: previous?.id ?? null,
      });
      return assessment;
    });
  }

  /** The maintainers' opt-in to a public, aggregated summary of their project's assessments. */
  async setVisibility(actor: Viewer, input: SetAssessmentVisibilityInput): Promise<ProjectEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const project = await this.visibleProject(manager, actor, input.projectId);
      const isMaintainer = await this.maintains(manager, actor, project.id);
      if (!canSetAssessmentVisibility(actor, isMaintainer, input.summaryPublic)) {
        throw new Forbidden(
          isAdmin(actor)
            ? 'Only the maintainers can make their assessments’ summary public; an admin may only hide it.'
            : 'Only maintainers of the project can choose whether its assessment summary is public.',
        );
      }
      const settings = manager.getRepository(ProjectAssessmentSettingsEntity);
      // Locks the project's row (or the gap where it will be): two switches at once apply one after the other.
      await manager.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [project.id]);
      const current = await settings.findOneBy({ projectId: project.id });
      if ((current?.summaryPublic ?? false) === input.summaryPublic) return project;
      await settings.upsert(
        { projectId: project.id, summaryPublic: input.summaryPublic, updatedByUserId: actor.user.id },
        ['projectId'],
      );
      await record(
        input.summaryPublic ? 'project.assessment_summary_published' : 'project.assessment_summary_hidden',
        project.id,
        { summaryPublic: input.summaryPublic },
      );
      return project;
    });
  }

  /** The organisation an assessment is made for, or null for the platform; refuses whoever may not assess. */
  private async assessingOrganization(
    manager: EntityManager,
    actor: Viewer,
    organizationId: string | null,
  ): Promise<string | null> {
    if (organizationId === null) {
      if (isAdmin(actor)) return null;
      const [{ foundations }] = await manager.query(
        `SELECT count(*)::int AS foundations FROM organization_members m JOIN organizations o ON o.id = m.organization_id
         WHERE m.user_id = $1 AND o.kind = $2 AND o.verified`,
        [actor.user.id, OrganizationKind.FOUNDATION],
      );
      if (foundations > 0) {
        throw new InvalidInput('organizationId', 'Say which foundation you assess for: organizationId.');
      }
      throw new Forbidden('Only members of a verified foundation, or platform admins, assess projects.');
    }
    const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw new NotFound('This organisation was not found.', { field: 'organizationId' });
    const [{ isMember }] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM organization_members WHERE organization_id = $1 AND user_id = $2) AS "isMember"',
      [organizationId, actor.user.id],
    );
    const refusal = assessingForRefusal(actor, organization, isMember);
    if (refusal) throw new Forbidden(refusal);
    return organization.id;
  }

  /** A published project the actor does not maintain. */
  private async assessableProject(manager: EntityManager, actor: Viewer, projectId: string): Promise<ProjectEntity> {
    const project = await this.visibleProject(manager, actor, projectId);
    if (isSelfAssessment(await this.maintains(manager, actor, project.id))) {
      throw new Forbidden('You maintain this project: an assessment must come from someone independent of it.');
    }
    if (project.visibility !== ProjectVisibility.PUBLISHED) {
      throw new Conflict('Only published projects are assessed: this one is still a draft.', {
        field: 'projectId',
        reason: 'NOT_PUBLISHED',
      });
    }
    return project;
  }

  /** The project, or NOT_FOUND when the actor may not see it (a draft is answered like a missing project). */
  private async visibleProject(manager: EntityManager, actor: Viewer, projectId: string): Promise<ProjectEntity> {
    const visible = visibleProjectsSql('project', actor);
    const project = await manager
      .getRepository(ProjectEntity)
      .createQueryBuilder('project')
      .where('project.id = :projectId', { projectId })
      .andWhere(visible.sql, visible.params)
      .getOne();
    if (!project) throw new NotFound('This project was not found.', { field: 'projectId' });
    return project;
  }

  private async maintains(manager: EntityManager, actor: Viewer, projectId: string): Promise<boolean> {
    const [{ maintains }] = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM project_maintainers WHERE project_id = $1 AND user_id = $2) AS maintains',
      [projectId, actor.user.id],
    );
    return maintains;
  }
}

/** Every criterion of the rubric scored exactly once, within its range; the scores in rubric order. */
function checkScores(
  criteria: AssessmentCriterionEntity[],
  scores: AssessmentScoreInput[],
): Array<Pick<AssessmentScoreEntity, 'criterionKey' | 'score' | 'note'>> {
  const byKey = new Map(criteria.map((criterion) => [criterion.key, criterion]));
  const given = new Map<string, AssessmentScoreInput>();
  scores.forEach((score, index) => {
    const key = score.criterion.trim();
    const criterion = byKey.get(key);
    if (!criterion) {
      throw new InvalidInput(
        `scores.${index}.criterion`,
        `"${key}" is not a criterion of rubric version ${criteria[0].rubricVersion}; the criteria are: ${[...byKey.keys()].join(', ')}.`,
      );
    }
    if (given.has(key)) {
      throw new InvalidInput(`scores.${index}.criterion`, `"${key}" is scored more than once: score it once.`);
    }
    if (score.score < 0 || score.score > criterion.maxScore) {
      throw new InvalidInput(
        `scores.${index}.score`,
        `The score for "${key}" must be from 0 to ${criterion.maxScore}.`,
      );
    }
    given.set(key, score);
  });
  const missing = criteria.filter((criterion) => !given.has(criterion.key)).map((criterion) => criterion.key);
  if (missing.length) {
    throw new InvalidInput('scores', `Score every criterion of the rubric; missing: ${missing.join(', ')}.`, {
      missing,
    });
  }
  return criteria.map((criterion) => {
    const score = given.get(criterion.key)!;
    return { criterionKey: criterion.key, score: score.score, note: score.note?.trim() ?? '' };
  });
}
