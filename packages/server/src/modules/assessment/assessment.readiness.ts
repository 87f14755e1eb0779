import type { AssessmentCriterionEntity } from './assessment-rubric.entity';
import type { AssessmentEntity, AssessmentScoreEntity } from './assessment.entity';
import type { ProjectReadiness } from './assessment.types';

/** A criterion counts as done when it is assessed and every current assessment scores it at least this. */
export const READY_SCORE = 2;

/**
 * The readiness checklist: each criterion of the rubric with its latest scores (one per current assessment,
 * newest first); done at READY_SCORE or more from everyone, otherwise the criterion's description is the next step.
 */
export function readinessOf(
  rubricVersion: number,
  criteria: AssessmentCriterionEntity[],
  currentAssessments: AssessmentEntity[],
  scoresOf: (assessmentId: string) => AssessmentScoreEntity[],
): ProjectReadiness {
  const newestFirst = [...currentAssessments].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const scoreMaps = newestFirst.map(
    (assessment) => new Map(scoresOf(assessment.id).map((score) => [score.criterionKey, score.score])),
  );
  const items = criteria.map((criterion) => {
    const latestScores = scoreMaps
      .map((scores) => scores.get(criterion.key))
      .filter((score): score is number => score !== undefined);
    const done = latestScores.length > 0 && latestScores.every((score) => score >= READY_SCORE);
    return {
      criterion,
      latestScores,
      done,
      nextStepZh: done ? null : criterion.descriptionZh,
      nextStepEn: done ? null : criterion.descriptionEn,
    };
  });
  return {
    rubricVersion,
    assessmentCount: newestFirst.length,
    doneCount: items.filter((item) => item.done).length,
    items,
  };
}
