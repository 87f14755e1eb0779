import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Flex, Progress, Radio, Row, Statistic } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CsrGrantsExportDocument,
  CsrImpactDocument,
  type CsrGrantsExportQuery,
  type CsrImpactQuery,
  type CsrImpactTotalFragment,
} from './impact.generated';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatNumber } from '../../shared/format';
import { ListState } from '../../shared/PageState';
import { downloadText, toCsv } from './csv';
import { localDay } from '../../shared/dates';
import { problemText } from '../../shared/problems';
import '../../shared/organizationConsole.css';

/** The organisation whose grants these are. */
type Organization = { id: string; slug: string };

const GREEN = '#237804';
const BLUE = '#1677ff';

const resourceKey = (r: { category: string; unit: string }) => `${r.category}|${r.unit}`;
const resourceLabel = (t: TFunction, r: { category: string; unit: string }) =>
  t('csr.impact.resourceLabel', { category: t(`enum.ResourceCategory.${r.category}`), unit: r.unit });

/** Every month from the first to the last, so quiet months show as gaps rather than disappearing. */
function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number);
  const [lastYear, lastMonth] = last.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** What the organisation has given: figures, charts, and every grant as a CSV. */
export function ImpactTab({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CsrImpactDocument, {
    variables: { slug: organization.slug },
    fetchPolicy: 'cache-and-network',
  });
  const impact = data?.organization?.impact;
  return (
    <Flex vertical gap={24}>
      <Flex justify="space-between" align="center" wrap gap={8} className="csr-section-head">
        <h2>{t('csr.impact.heading')}</h2>
        <ExportButton organization={organization} />
      </Flex>
      <ListState
        loading={loading}
        error={error}
        data={impact}
        onRetry={() => void refetch()}
        isEmpty={({ resources }) => !resources.length}
        empty={t('csr.impact.empty')}
      >
        {(impact) => <ImpactContent impact={impact} />}
      </ListState>
    </Flex>
  );
}

type Impact = NonNullable<CsrImpactQuery['organization']>['impact'];

function ImpactContent({ impact }: { impact: Impact }) {
  const { t } = useTranslation();
  const grants = impact.resources.reduce((sum, r) => sum + r.grants, 0);
  const [chosen, setChosen] = useState(() => resourceKey(impact.resources[0]));
  const selected = impact.resources.find((r) => resourceKey(r) === chosen) ?? impact.resources[0];

  const byCategory = useMemo(() => categoryChart(t, impact.resources), [t, impact.resources]);
  const byMonth = useMemo(() => monthChart(t, impact.byMonth, selected), [t, impact.byMonth, selected]);
  const byYear = useMemo(() => yearChart(t, impact.byYear), [t, impact.byYear]);

  return (
    <>
      <section aria-labelledby="csr-impact-figures">
        <h3 id="csr-impact-figures">{t('csr.impact.figures')}</h3>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('csr.impact.projectsSupported')} value={impact.projectsSupported} />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card>
              <Statistic title={t('csr.impact.grants')} value={grants} />
            </Card>
          </Col>
          {impact.resources.map((r) => (
            <Col key={resourceKey(r)} xs={24} sm={12} md={6}>
              <Card>
                <Statistic
                  title={t('csr.impact.grantedOf', { category: t(`enum.ResourceCategory.${r.category}`) })}
                  value={r.granted}
                  suffix={r.unit}
                />
                <p className="csr-muted csr-card-line">
                  {t('csr.impact.fulfilledOf', { fulfilled: formatNumber(r.fulfilled), unit: r.unit })}
                </p>
              </Card>
            </Col>
          ))}
        </Row>
      </section>

      <section aria-labelledby="csr-impact-categories">
        <h3 id="csr-impact-categories">{t('csr.impact.byCategory')}</h3>
        <ChartFigure
          caption={t('csr.impact.byCategoryCaption')}
          option={byCategory.option}
          rows={byCategory.rows}
          columns={[
            t('csr.impact.resource'),
            t('csr.impact.granted'),
            t('csr.impact.fulfilled'),
            t('csr.impact.projectsSupported'),
          ]}
        />
      </section>

      <section aria-labelledby="csr-impact-months">
        <h3 id="csr-impact-months">{t('csr.impact.byMonth')}</h3>
        {impact.resources.length > 1 ? (
          <Radio.Group
            aria-label={t('csr.impact.chooseResource')}
            optionType="button"
            value={resourceKey(selected)}
            onChange={(event) => setChosen(event.target.value as string)}
            options={impact.resources.map((r) => ({ value: resourceKey(r), label: resourceLabel(t, r) }))}
            style={{ marginBottom: 12 }}
          />
        ) : null}
        <ChartFigure
          caption={t('csr.impact.byMonthCaption', { resource: resourceLabel(t, selected) })}
          option={byMonth.option}
          rows={byMonth.rows}
          columns={[t('csr.impact.month'), t('csr.impact.granted'), t('csr.impact.fulfilled'), t('csr.impact.grants')]}
        />
      </section>

      <section aria-labelledby="csr-impact-years">
        <h3 id="csr-impact-years">{t('csr.impact.byYear')}</h3>
        <ChartFigure
          caption={t('csr.impact.byYearCaption')}
          option={byYear.option}
          rows={byYear.rows}
          columns={[t('csr.impact.year'), t('csr.impact.projectsSupported'), t('csr.impact.grants')]}
          height={220}
        />
      </section>
    </>
  );
}

function categoryChart(t: TFunction, resources: CsrImpactTotalFragment[]) {
  const labels = resources.map((r) => resourceLabel(t, r));
  const values = resources.flatMap((r) => [r.granted, r.fulfilled]).filter((v) => v > 0);
  // Units differ (GPU-hours next to servers): a log scale keeps the small ones visible when they are far apart.
  const spread = values.length ? Math.max(...values) / Math.min(...values) : 1;
  const log = spread > 50;
  const value = (v: number) => (log && v <= 0 ? null : v);
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 3 ? 30 : 0 } },
      yAxis: log ? { type: 'log', logBase: 10, min: 1 } : { type: 'value' },
      series: [
        {
          name: t('csr.impact.granted'),
          type: 'bar',
          barMaxWidth: 56,
          data: resources.map((r) => value(r.granted)),
          itemStyle: { color: GREEN },
        },
        {
          name: t('csr.impact.fulfilled'),
          type: 'bar',
          barMaxWidth: 56,
          data: resources.map((r) => value(r.fulfilled)),
          itemStyle: { color: BLUE },
        },
      ],
    },
    rows: resources.map((r, i) => ({
      label: labels[i],
      values: [
        { name: 'granted', value: `${formatNumber(r.granted)} ${r.unit}` },
        { name: 'fulfilled', value: `${formatNumber(r.fulfilled)} ${r.unit}` },
        { name: 'projects', value: formatNumber(r.projectsSupported) },
      ],
    })),
  };
}

function monthChart(t: TFunction, byMonth: Impact['byMonth'], resource: CsrImpactTotalFragment) {
  const key = resourceKey(resource);
  const found = new Map(
    byMonth.map((m) => [m.month, m.resources.find((r) => resourceKey(r) === key)] as const).filter(([, r]) => r),
  );
  const present = [...found.keys()].sort();
  const months = present.length ? monthRange(present[0], present[present.length - 1]) : [];
  const at = (month: string) => found.get(month);
  return {
    option: {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
      xAxis: { type: 'category', data: months },
      yAxis: { type: 'value', name: resource.unit },
      series: [
        {
          name: t('csr.impact.granted'),
          type: 'bar',
          barMaxWidth: 56,
          data: months.map((m) => at(m)?.granted ?? 0),
          itemStyle: { color: GREEN },
        },
        {
          name: t('csr.impact.fulfilled'),
          type: 'bar',
          barMaxWidth: 56,
          data: months.map((m) => at(m)?.fulfilled ?? 0),
          itemStyle: { color: BLUE },
        },
      ],
    },
    rows: months.map((month) => ({
      label: month,
      values: [
        { name: 'granted', value: `${formatNumber(at(month)?.granted ?? 0)} ${resource.unit}` },
        { name: 'fulfilled', value: `${formatNumber(at(month)?.fulfilled ?? 0)} ${resource.unit}` },
        { name: 'grants', value: formatNumber(at(month)?.grants ?? 0) },
      ],
    })),
  };
}

function yearChart(t: TFunction, byYear: Impact['byYear']) {
  const years = [...byYear].sort((a, b) => a.year - b.year);
  const grants = (year: Impact['byYear'][number]) => year.resources.reduce((sum, r) => sum + r.grants, 0);
  return {
    option: {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 8, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('csr.impact.projectsSupported'),
          type: 'bar',
          barMaxWidth: 56,
          data: years.map((y) => y.projectsSupported),
          itemStyle: { color: GREEN },
        },
      ],
    },
    rows: years.map((y) => ({
      label: String(y.year),
      values: [
        { name: 'projects', value: formatNumber(y.projectsSupported) },
        { name: 'grants', value: formatNumber(grants(y)) },
      ],
    })),
  };
}

/** Reads every page of the organisation's grants, then hands over `<slug>-grants.csv`. */
function ExportButton({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);

  // Not through the cache: the export reads every grant once, apart from the lists on screen.
  const fetchPage = async (after: string | null): Promise<CsrGrantsExportQuery['resourceRequests']> => {
    const { data } = await client.query({
      query: CsrGrantsExportDocument,
      variables: { organizationId: organization.id, after },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error(t('common.unexpectedError'));
    return data.resourceRequests;
  };

  const exportCsv = async () => {
    setProgress({ loaded: 0, total: 0 });
    const rows: Array<Array<string | number | null>> = [
      [
        t('csr.impact.csv.project'),
        t('csr.impact.csv.projectSlug'),
        t('csr.impact.csv.offer'),
        t('csr.impact.csv.category'),
        t('csr.impact.csv.unit'),
        t('csr.impact.csv.quantity'),
        t('csr.impact.csv.approvedQuantity'),
        t('csr.impact.csv.status'),
        t('csr.impact.csv.decidedAt'),
        t('csr.impact.csv.fulfilledAt'),
      ],
    ];
    try {
      let after: string | null = null;
      do {
        const page = await fetchPage(after);
        for (const { node } of page.edges) {
          rows.push([
            node.project?.name ?? '',
            node.project?.slug ?? '',
            node.offer?.title ?? '',
            t(`enum.ResourceCategory.${node.category}`),
            node.unit,
            node.quantity,
            node.approvedQuantity,
            t(`enum.ResourceRequestStatus.${node.status}`),
            localDay(node.decidedAt) ?? '',
            localDay(node.fulfilledAt) ?? '',
          ]);
        }
        setProgress({ loaded: rows.length - 1, total: page.totalCount });
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      downloadText(`${organization.slug}-grants.csv`, toCsv(rows));
      void message.success(t('csr.impact.exported', { count: rows.length - 1 }));
    } catch (error) {
      void message.error(problemText(t, error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <Flex gap={12} align="center" wrap>
      {progress ? (
        <div role="status" aria-live="polite" className="csr-export-progress">
          <Progress
            size="small"
            percent={progress.total ? Math.round((100 * progress.loaded) / progress.total) : 0}
            format={() => t('csr.impact.exportProgress', { loaded: progress.loaded, total: progress.total })}
          />
        </div>
      ) : null}
      <Button icon={<DownloadOutlined />} loading={progress !== null} onClick={() => void exportCsv()}>
        {t('csr.impact.export')}
      </Button>
    </Flex>
  );
}
