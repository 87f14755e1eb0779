import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, AllowApiKey } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import { AssessmentRecommendation } from '../../shared/enums';
import { Organization } from '../organization/organization.types';
import type { ProjectEntity } from '../project/project.entity';
import { Project } from '../project/project.types';
import { User } from '../user/user.types';
import type { AssessmentRubricEntity } from './assessment-rubric.entity';
import type { AssessmentEntity } from './assessment.entity';
import { summaryKey } from './assessment.loaders';
import { canSeeReadiness, isCurrent } from './assessment.policy';
import { readinessOf } from './assessment.readiness';
import {
  Assessment,
  AssessmentConnection,
  AssessmentCriterion,
  AssessmentRubric,
  AssessmentRubricArgs,
  AssessmentScore,
  AssessmentSummary,
  AssessmentSummaryArgs,
  ProjectAssessmentPageArgs,
  ProjectAssessmentsArgs,
  ProjectReadiness,
  SetAssessmentVisibilityInput,
  SetAssessmentVisibilityPayload,
  SubmitAssessmentInput,
  SubmitAssessmentPayload,
} from './assessment.types';

@Resolver(() => AssessmentRubric)
export class AssessmentRubricResolver {
  @Query(() => AssessmentRubric, {
    nullable: true,
    description: 'The feasibility rubric: a version, or the current one. Public. Null when there is no such version.',
  })
  assessmentRubric(@Args() { version }: AssessmentRubricArgs, @Ctx() { services }: Context) {
    return services.assessments.rubric(version);
  }

  @FieldResolver(() => [AssessmentCriterion], { description: 'In order.' })
  criteria(@Root() rubric: AssessmentRubricEntity, @Ctx() { loaders }: Context) {
    return loaders.assessment.criteriaByVersion.load(rubric.version);
  }

  @FieldResolver(() => Int, { description: "The sum of the criteria's maximum scores." })
  async maximum(@Root() rubric: AssessmentRubricEntity, @Ctx() { loaders }: Context) {
    const criteria = await loaders.assessment.criteriaByVersion.load(rubric.version);
    return criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the current (highest) version.' })
  async current(@Root() rubric: AssessmentRubricEntity, @Ctx() { loaders }: Context) {
    return (await loaders.assessment.currentRubricVersion.load(0)) === rubric.version;
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => Project, { nullable: true })
  project(@Root() assessment: AssessmentEntity, @Ctx() { loaders }: Context) {
    return loaders.project.visibleById.load(assessment.projectId);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The assessing foundation; null when a platform admin assessed as the platform.',
  })
  organization(@Root() assessment: AssessmentEntity, @Ctx() { loaders }: Context) {
    return assessment.organizationId ? loaders.organization.byId.load(assessment.organizationId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed it.' })
  assessor(@Root() assessment: AssessmentEntity, @Ctx() { loaders }: Context) {
    return assessment.assessorUserId ? loaders.user.byId.load(assessment.assessorUserId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Not replaced by a newer assessment from the same assessor.' })
  current(@Root() assessment: AssessmentEntity) {
    return isCurrent(assessment);
  }

  @FieldResolver(() => [AssessmentScore], { description: 'One per criterion, in rubric order.' })
  async scores(@Root() assessment: AssessmentEntity, @Ctx() { loaders }: Context) {
    const [scores, criteria] = await Promise.all([
      loaders.assessment.scores.load(assessment.id),
      loaders.assessment.criteriaByVersion.load(assessment.rubricVersion),
    ]);
    const byKey = new Map(scores.map((score) => [score.criterionKey, score]));
    return criteria.flatMap((criterion) => {
      const score = byKey.get(criterion.key);
      return score ? [{ ...score, criterion }] : [];
    });
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => SubmitAssessmentPayload, {
    description:
      'Scores a published project against the rubric, for a verified foundation you are a member of (or, as a ' +
      'platform admin, for the platform). Resubmitting replaces your organisation’s current assessment of the ' +
      'project for that rubric version; the earlier one stays as history (supersededAt).',
  })
  async submitAssessment(
    @Arg('input') input: SubmitAssessmentInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { assessment: await services.assessments.submit(actor, input) };
  }

  @Authorized()
  @Mutation(() => SetAssessmentVisibilityPayload, {
    description:
      "The maintainers' opt-in: makes the project's assessmentSummary (aggregated scores only) public, or private " +
      'again. A platform admin may only make it private.',
  })
  async setAssessmentVisibility(
    @Arg('input') input: SetAssessmentVisibilityInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { project: await services.assessments.setVisibility(actor, input) };
  }
}

/** Fields that assessments add to Project. */
@Resolver(() => Project)
export class ProjectAssessmentsResolver {
  @FieldResolver(() => [Assessment], {
    description:
      "Newest first. Only the project's maintainers and admins see all; members of an assessing organisation see " +
      "their organisation's; everyone else gets an empty list.",
    deprecationReason: 'Use assessmentsConnection; this list stops at 100.',
  })
  async assessments(
    @Root() project: ProjectEntity,
    @Args() { includeSuperseded }: ProjectAssessmentsArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.assessment.visiblePagesByProject.firstRows(includeSuperseded).load(project.id);
  }

  @FieldResolver(() => AssessmentConnection, {
    description:
      "Newest first. Only the project's maintainers and admins see all; members of an assessing organisation see " +
      "their organisation's; everyone else gets an empty connection.",
  })
  async assessmentsConnection(
    @Root() project: ProjectEntity,
    @Args() { includeSuperseded, ...page }: ProjectAssessmentPageArgs,
    @Ctx() { loaders }: Context,
  ) {
    const ids = await loaders.assessment.visiblePagesByProject(page, includeSuperseded).load(project.id);
    return withNodes(ids, (id) => loaders.assessment.byId.load(id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the maintainers made the assessment summary public.' })
  assessmentSummaryPublic(@Root() project: ProjectEntity, @Ctx() { loaders }: Context) {
    return loaders.assessment.summaryPublic.load(project.id);
  }

  @FieldResolver(() => AssessmentSummary, {
    nullable: true,
    description:
      'Aggregated scores of the current assessments (averages and counts, never notes or who said what). Null ' +
      'unless the maintainers made it public (setAssessmentVisibility), or the rubric version does not exist.',
  })
  async assessmentSummary(
    @Root() project: ProjectEntity,
    @Args() { rubricVersion }: AssessmentSummaryArgs,
    @Ctx() { loaders }: Context,
  ): Promise<AssessmentSummary | null> {
    if (!(await loaders.assessment.summaryPublic.load(project.id))) return null;
    const version = rubricVersion ?? (await loaders.assessment.currentRubricVersion.load(0));
    if (!version) return null;
    const [criteria, aggregate] = await Promise.all([
      loaders.assessment.criteriaByVersion.load(version),
      loaders.assessment.aggregate.load(summaryKey(project.id, version)),
    ]);
    if (criteria.length === 0) return null;
    return {
      rubricVersion: version,
      assessmentCount: aggregate.assessmentCount,
      maximum: criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0),
      averageTotal: aggregate.averageTotal,
      criteria: criteria.map((criterion) => ({
        criterion,
        averageScore: aggregate.averages.get(criterion.key) ?? null,
      })),
      recommendations: Object.values(AssessmentRecommendation).map((recommendation) => ({
        recommendation,
        count: aggregate.recommendations[recommendation],
      })),
    };
  }

  @FieldResolver(() => ProjectReadiness, {
    nullable: true,
    description:
      "The maintainers' checklist against the current rubric: each criterion with its latest scores, done at 2 " +
      'or more, otherwise a next step. Null for anyone but the maintainers.',
  })
  async readiness(@Root() project: ProjectEntity, @Ctx() { viewer, loaders }: Context) {
    if (!canSeeReadiness(viewer, await loaders.project.viewerMaintains.load(project.id))) return null;
    const version = await loaders.assessment.currentRubricVersion.load(0);
    if (!version) return null;
    const [criteria, assessments] = await Promise.all([
      loaders.assessment.criteriaByVersion.load(version),
      loaders.assessment.visibleByProject.load(project.id),
    ]);
    const current = assessments.filter((a) => isCurrent(a) && a.rubricVersion === version);
    const scores = await loaders.assessment.scores.loadMany(current.map((a) => a.id));
    const scoresById = new Map(current.map((a, i) => [a.id, scores[i]]));
    return readinessOf(version, criteria, current, (id) => {
      const rows = scoresById.get(id);
      if (rows instanceof Error) throw rows;
      return rows ?? [];
    });
  }
}
