import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { AssessmentRecommendation } from '../../shared/enums';
import { createdAtKey } from '../../shared/keyset';
import { rowsById, rowsGroupedBy } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { AssessmentCriterionEntity, AssessmentRubricEntity } from './assessment-rubric.entity';
import { AssessmentEntity, AssessmentScoreEntity } from './assessment.entity';
import { visibleAssessmentsSql } from './assessment.policy';
import { ProjectAssessmentSettingsEntity } from './project-assessment-settings.entity';

/** A project's current assessments against one rubric version, aggregated in SQL. */
export interface AssessmentAggregate {
  assessmentCount: number;
  averageTotal: number | null;
  recommendations: Record<AssessmentRecommendation, number>;
  /** Average score per criterion key. */
  averages: Map<string, number>;
}

const round2 = (value: string | number | null): number | null =>
  value === null ? null : Math.round(Number(value) * 100) / 100;

/** `projectId|version`: the key of the summary loader. */
export const summaryKey = (projectId: string, version: number) => `${projectId}|${version}`;

export function createAssessmentLoaders(db: EntityManager, viewer: Viewer | null) {
  return {
    /** The current (highest) rubric version; key 0 stands for "current". One query per request at most. */
    currentRubricVersion: new DataLoader<0, number | null>(async (keys) => {
      const [row] = await db.query('SELECT max(version) AS version FROM assessment_rubrics');
      return keys.map(() => row?.version ?? null);
    }),

    rubricByVersion: new DataLoader<number, AssessmentRubricEntity | null>(async (versions) => {
      const rows = await db.getRepository(AssessmentRubricEntity).findBy({ version: In([...versions]) });
      const byVersion = new Map(rows.map((row) => [row.version, row]));
      return versions.map((version) => byVersion.get(version) ?? null);
    }),

    /** A rubric version's criteria, in order. */
    criteriaByVersion: new DataLoader<number, AssessmentCriterionEntity[]>(async (versions) => {
      const rows = await db
        .getRepository(AssessmentCriterionEntity)
        .find({ where: { rubricVersion: In([...versions]) }, order: { position: 'ASC' } });
      return versions.map((version) => rows.filter((row) => row.rubricVersion === version));
    }),

    byId: rowsById((ids) => db.getRepository(AssessmentEntity).findBy({ id: In([...ids]) })),

    /** Project.assessmentsConnection: the ones the viewer may see, newest first; current only unless asked. */
    visiblePagesByProject: nestedPages(db, {
      rows: (includeSuperseded: boolean) => {
        const visible = visibleAssessmentsSql('assessment', viewer);
        const query = db
          .getRepository(AssessmentEntity)
          .createQueryBuilder('assessment')
          .where(visible.sql, visible.params);
        return includeSuperseded ? query : query.andWhere('assessment.superseded_at IS NULL');
      },
      parent: 'assessment.project_id',
      id: 'assessment.id',
      sort: createdAtKey('assessment'),
      direction: 'DESC',
      parentOf: (assessment) => assessment.projectId,
    }),

    /** The assessments of each project the viewer may see (current and superseded), newest first. */
    visibleByProject: rowsGroupedBy(
      async (projectIds) => {
        const visible = visibleAssessmentsSql('assessment', viewer);
        if (visible.sql === 'FALSE') return [];
        return db
          .getRepository(AssessmentEntity)
          .createQueryBuilder('assessment')
          .where('assessment.project_id IN (:...projectIds)', { projectIds })
          .andWhere(visible.sql, visible.params)
          .orderBy('assessment.created_at', 'DESC')
          .addOrderBy('assessment.id', 'DESC')
          .getMany();
      },
      (assessment) => assessment.projectId,
    ),

    scores: rowsGroupedBy(
      (assessmentIds) => db.getRepository(AssessmentScoreEntity).findBy({ assessmentId: In([...assessmentIds]) }),
      (score) => score.assessmentId,
    ),

    /** Whether each project's maintainers made the aggregated scores public. */
    summaryPublic: new DataLoader<string, boolean>(async (projectIds) => {
      const rows = await db
        .getRepository(ProjectAssessmentSettingsEntity)
        .findBy({ projectId: In([...projectIds]), summaryPublic: true });
      const published = new Set(rows.map((row) => row.projectId));
      return projectIds.map((id) => published.has(id));
    }),

    /** Aggregates of current assessments, by `summaryKey(projectId, version)`: two statements per batch. */
    aggregate: new DataLoader<string, AssessmentAggregate>(async (keys) => {
      const pairs = keys.map((key) => key.split('|'));
      const projectIds = pairs.map(([projectId]) => projectId);
      const versions = pairs.map(([, version]) => Number(version));
      const wanted = `(a.project_id, a.rubric_version) IN (SELECT * FROM unnest($1::uuid[], $2::int[]))`;
      const [totals, averages] = await Promise.all([
        db.query(
          `SELECT a.project_id, a.rubric_version, count(*)::int AS count, avg(a.total) AS average_total,
             count(*) FILTER (WHERE a.recommendation = 'INCUBATE')::int AS incubate,
             count(*) FILTER (WHERE a.recommendation = 'SUPPORT')::int AS support,
             count(*) FILTER (WHERE a.recommendation = 'NOT_YET')::int AS not_yet
           FROM assessments a WHERE a.superseded_at IS NULL AND ${wanted}
           GROUP BY a.project_id, a.rubric_version`,
          [projectIds, versions],
        ),
        db.query(
          `SELECT a.project_id, a.rubric_version, s.criterion_key, avg(s.score) AS average
           FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
           WHERE a.superseded_at IS NULL AND ${wanted}
           GROUP BY a.project_id, a.rubric_version, s.criterion_key`,
          [projectIds, versions],
        ),
      ]);
      const aggregates = new Map<string, AssessmentAggregate>();
      const of = (projectId: string, version: number) => {
        const key = summaryKey(projectId, version);
        let aggregate = aggregates.get(key);
        if (!aggregate) {
          aggregate = {
            assessmentCount: 0,
            averageTotal: null,
            recommendations: { INCUBATE: 0, SUPPORT: 0, NOT_YET: 0 },
            averages: new Map(),
          };
          aggregates.set(key, aggregate);
        }
        return aggregate;
      };
      for (const row of totals) {
        const aggregate = of(row.project_id, row.rubric_version);
        aggregate.assessmentCount = row.count;
        aggregate.averageTotal = round2(row.average_total);
        aggregate.recommendations = {
          [AssessmentRecommendation.INCUBATE]: row.incubate,
          [AssessmentRecommendation.SUPPORT]: row.support,
          [AssessmentRecommendation.NOT_YET]: row.not_yet,
        };
      }
      for (const row of averages) {
        of(row.project_id, row.rubric_version).averages.set(row.criterion_key, round2(row.average) as number);
      }
      return pairs.map(([projectId, version]) => of(projectId, Number(version)));
    }),
  };
}
