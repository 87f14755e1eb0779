import { In, IsNull, type EntityManager } from 'typeorm';
import { AssessmentEntity, AssessmentScoreEntity } from '../modules/assessment/assessment.entity';
import { ProjectAssessmentSettingsEntity } from '../modules/assessment/project-assessment-settings.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProjectEntity } from '../modules/project/project.entity';
import { AssessmentRecommendation } from '../shared/enums';

/** Rubric version 1's criteria, in order: the scores below follow it. */
const CRITERIA = [
  'beneficiary_need_validated',
  'beneficiaries_involved',
  'open_license',
  'documentation',
  'privacy_do_no_harm',
  'technical_feasibility',
  'maintainer_capacity',
  'sustainability_plan',
  'contribution_friendliness',
  'measurable_impact',
];

interface DemoAssessment {
  organization: string;
  project: string;
  scores: number[];
  notes: Partial<Record<(typeof CRITERIA)[number], string>>;
  recommendation: AssessmentRecommendation;
  summary: string;
}

const DEMO = '（示例数据 / demo data）';

/** Verified foundations scoring demo projects against the shared rubric (示例数据). */
const demoAssessments: DemoAssessment[] = [
  {
    organization: 'youren-1plus1-foundation',
    project: 'yunbiaoqian',
    scores: [3, 2, 3, 2, 2, 3, 2, 1, 2, 1],
    notes: {
      beneficiary_need_validated: '与视障伙伴做过多轮访谈，图片无标签的痛点很明确。',
      sustainability_plan: '目前依赖单一企业的志愿者团队，建议写下未来两年的维护计划。',
      measurable_impact: '还没有公开使用数据，建议定期统计被标注的图片数和用户反馈。',
    },
    recommendation: AssessmentRecommendation.INCUBATE,
    summary: `需求真实、技术路线清楚；补上可持续计划和影响力指标后，适合通过黑客松扩大贡献者群体。${DEMO}`,
  },
  {
    organization: 'apache-software-foundation',
    project: 'yunbiaoqian',
    scores: [2, 2, 3, 3, 2, 3, 2, 2, 3, 1],
    notes: {
      documentation: 'README 和贡献指南清楚，新人一小时内能跑起来。',
      measurable_impact: '建议定义并公开几项关键指标。',
    },
    recommendation: AssessmentRecommendation.SUPPORT,
    summary: `开源协作的基础很好，可以直接对接算力和推广资源。${DEMO}`,
  },
  {
    organization: 'youren-1plus1-foundation',
    project: 'nvda',
    scores: [3, 3, 3, 3, 3, 3, 2, 2, 2, 3],
    notes: { beneficiaries_involved: '核心开发者本身就是视障用户。' },
    recommendation: AssessmentRecommendation.SUPPORT,
    summary: `成熟的开源读屏软件，由视障者主导，值得长期支持。${DEMO}`,
  },
];

/** Projects whose maintainers made the aggregated scores public. */
const PUBLIC_SUMMARIES = ['yunbiaoqian'];

/**
 * The demo assessments. Idempotent like the rest of the demo data: an assessment is added only when its foundation
 * has no current one of the project yet. Returns how many there are.
 */
export async function seedAssessments(manager: EntityManager): Promise<number> {
  const organizations = await manager
    .getRepository(OrganizationEntity)
    .findBy({ slug: In([...new Set(demoAssessments.map((a) => a.organization))]) });
  const projects = await manager
    .getRepository(ProjectEntity)
    .findBy({ slug: In([...new Set([...demoAssessments.map((a) => a.project), ...PUBLIC_SUMMARIES])]) });
  const organizationIds = new Map(organizations.map((o) => [o.slug, o.id]));
  const projectIds = new Map(projects.map((p) => [p.slug, p.id]));
  const assessments = manager.getRepository(AssessmentEntity);
  for (const demo of demoAssessments) {
    const organizationId = organizationIds.get(demo.organization);
    const projectId = projectIds.get(demo.project);
    if (!organizationId || !projectId) continue;
    if (await assessments.existsBy({ organizationId, projectId, rubricVersion: 1, supersededAt: IsNull() })) continue;
    const assessment = await assessments.save(
      assessments.create({
        organizationId,
        projectId,
        rubricVersion: 1,
        assessorUserId: null,
        recommendation: demo.recommendation,
        summary: demo.summary,
        total: demo.scores.reduce((sum, score) => sum + score, 0),
        maximum: CRITERIA.length * 3,
        supersededAt: null,
        isDemo: true,
      }),
    );
    await manager.getRepository(AssessmentScoreEntity).insert(
      CRITERIA.map((criterionKey, index) => ({
        assessmentId: assessment.id,
        criterionKey,
        score: demo.scores[index],
        note: demo.notes[criterionKey] ?? '',
      })),
    );
  }
  const published = PUBLIC_SUMMARIES.map((slug) => projectIds.get(slug)).filter((id): id is string => !!id);
  if (published.length) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectAssessmentSettingsEntity)
      .values(published.map((projectId) => ({ projectId, summaryPublic: true })))
      .orIgnore()
      .execute();
  }
  return demoAssessments.length;
}
