import { useQuery } from '@apollo/client/react';
import { Flex, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { EmptyState, ErrorState, Loading } from '../../shared/PageState';
import { PublicAssessmentSummaryDocument, type AssessmentSummaryFieldsFragment } from './assessments.generated';
import { canAssess, criterionTitle, RECOMMENDATIONS } from './assessments';
import './assessments.css';

const GREEN = '#237804';

/**
 * The public face of a project's assessments: aggregated scores when its maintainers opted in (nothing otherwise),
 * and, for those who may assess, the way to the assessment form.
 */
export function AssessmentSummarySection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PublicAssessmentSummaryDocument, { variables: { slug } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const project = data?.project;
  if (!project) return null;
  const summary = project.assessmentSummary;
  const assessLink =
    project.visibility === 'PUBLISHED' && canAssess(data.viewer) ? (
      <Link to={`/projects/${project.slug}/assess`}>{t('assessments.summary.assessLink')}</Link>
    ) : null;
  if (!summary && !assessLink) return null;
  return (
    <section aria-labelledby="project-assessment">
      <h2 id="project-assessment" className="section-heading">
        {t('assessments.summary.heading')}
      </h2>
      {summary ? (
        summary.assessmentCount ? (
          <SummaryView summary={summary} />
        ) : (
          <EmptyState>{t('assessments.summary.noneYet')}</EmptyState>
        )
      ) : (
        <p className="muted">{t('assessments.summary.notPublic')}</p>
      )}
      {assessLink}
    </section>
  );
}

function SummaryView({ summary }: { summary: AssessmentSummaryFieldsFragment }) {
  const { t } = useTranslation();
  const chart = useMemo(() => {
    // Top to bottom in rubric order: ECharts draws a category axis from the bottom up.
    const criteria = [...summary.criteria].reverse();
    const labels = criteria.map((c) => criterionTitle(c.criterion));
    return {
      option: {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, bottom: 8, top: 8, containLabel: true },
        xAxis: { type: 'value', min: 0, max: 3, interval: 1 },
        yAxis: { type: 'category', data: labels, axisLabel: { width: 140, overflow: 'break' } },
        series: [
          {
            name: t('assessments.summary.average'),
            type: 'bar',
            data: criteria.map((c) => c.averageScore ?? 0),
            itemStyle: { color: GREEN },
            label: { show: true, position: 'right' },
          },
        ],
      },
      rows: summary.criteria.map((c) => ({
        label: criterionTitle(c.criterion),
        values: [{ name: 'average', value: c.averageScore ?? '—' }],
      })),
    };
  }, [summary, t]);

  return (
    <Flex vertical gap={12}>
      <p className="muted">
        {t('assessments.summary.intro', { count: summary.assessmentCount, version: summary.rubricVersion })}
      </p>
      <div className="assessment-summary-figures">
        <Statistic
          title={t('assessments.summary.averageTotal')}
          value={summary.averageTotal ?? 0}
          suffix={`/ ${summary.maximum}`}
        />
        {RECOMMENDATIONS.map((recommendation) => (
          <Statistic
            key={recommendation}
            title={t(`assessments.recommendation.${recommendation}`)}
            value={summary.recommendations.find((r) => r.recommendation === recommendation)?.count ?? 0}
          />
        ))}
      </div>
      <ChartFigure
        caption={t('assessments.summary.chartCaption')}
        option={chart.option}
        rows={chart.rows}
        columns={[t('assessments.summary.criterion'), t('assessments.summary.average')]}
        height={40 * summary.criteria.length + 40}
      />
    </Flex>
  );
}
