import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Progress, Row, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeDocument, type HomeQuery } from './home.generated';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, QueryState } from '../../shared/PageState';

export default function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HomeDocument);
  return (
    <Flex vertical gap={24}>
      <section>
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('app.tagline')}</p>
        <p>{t('home.intro')}</p>
      </section>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {(home) => <HomeContent home={home} />}
      </QueryState>
    </Flex>
  );
}

function HomeContent({ home }: { home: HomeQuery }) {
  const { t } = useTranslation();
  const { stats } = home;
  const figures = [
    { key: 'publishedProjects', value: stats.publishedProjects },
    { key: 'organizations', value: stats.organizations },
    { key: 'verifiedOrganizations', value: stats.verifiedOrganizations },
    { key: 'events', value: stats.events },
  ] as const;
  const chart = useMemo(() => {
    const labels = stats.resources.map((r) => `${t(`enum.ResourceCategory.${r.category}`)} (${r.unit})`);
    return {
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 4 ? 30 : 0 } },
        yAxis: { type: 'log', logBase: 10, min: 1 },
        series: [
          {
            name: t('home.granted'),
            type: 'bar',
            data: stats.resources.map((r) => r.granted),
            itemStyle: { color: '#237804' },
          },
          {
            name: t('home.fulfilled'),
            type: 'bar',
            data: stats.resources.map((r) => r.fulfilled),
            itemStyle: { color: '#1677ff' },
          },
        ],
      },
      rows: stats.resources.map((r, i) => ({
        label: labels[i],
        values: [
          { name: 'granted', value: formatNumber(r.granted) },
          { name: 'fulfilled', value: formatNumber(r.fulfilled) },
          { name: 'projects', value: formatNumber(r.projectsSupported) },
        ],
      })),
    };
  }, [stats.resources, t]);

  return (
    <>
      <section aria-labelledby="home-numbers">
        <h2 id="home-numbers">{t('home.numbers')}</h2>
        <Row gutter={[16, 16]}>
          {figures.map((figure) => (
            <Col key={figure.key} xs={12} md={6}>
              <Card>
                <Statistic title={t(`home.${figure.key}`)} value={figure.value} />
              </Card>
            </Col>
          ))}
        </Row>
      </section>

      <section aria-labelledby="home-resources">
        <h2 id="home-resources">{t('home.resourcesGranted')}</h2>
        {stats.resources.length ? (
          <ChartFigure
            caption={t('home.chartCaption')}
            option={chart.option}
            rows={chart.rows}
            columns={[t('home.category'), t('home.granted'), t('home.fulfilled'), t('home.projectsSupported')]}
          />
        ) : (
          <EmptyState>{t('home.noGrants')}</EmptyState>
        )}
      </section>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <section aria-labelledby="home-projects">
            <h2 id="home-projects">{t('home.featuredProjects')}</h2>
            {home.projects.edges.length ? (
              <ul className="plain-list">
                {home.projects.edges.map(({ node: project }) => (
                  <li key={project.id}>
                    <Card size="small">
                      <Link to={`/projects/${project.slug}`} className="card-title">
                        {project.name}
                      </Link>
                      <p>{project.summary}</p>
                      <Flex gap={4} wrap>
                        <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
                        {project.causeAreas.map((cause) => (
                          <Tag key={cause} color="green">
                            {t(`enum.CauseArea.${cause}`)}
                          </Tag>
                        ))}
                      </Flex>
                    </Card>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('home.noProjects')}</EmptyState>
            )}
            <Link to="/projects">{t('home.allProjects')}</Link>
          </section>
        </Col>
        <Col xs={24} lg={12}>
          <section aria-labelledby="home-offers">
            <h2 id="home-offers">{t('home.openOffers')}</h2>
            {home.resourceOffers.edges.length ? (
              <ul className="plain-list">
                {home.resourceOffers.edges.map(({ node: offer }) => {
                  const left = t('home.remaining', { remaining: formatNumber(offer.remaining), unit: offer.unit });
                  return (
                    <li key={offer.id}>
                      <Card size="small">
                        <Link to={`/offers/${offer.id}`} className="card-title">
                          {offer.title}
                        </Link>
                        <Flex gap={4} wrap align="center">
                          <Tag color="blue">{t(`enum.ResourceCategory.${offer.category}`)}</Tag>
                          <OrganizationName organization={offer.organization} />
                        </Flex>
                        <Progress
                          // What is left, as on the offer's own page: a full bar is an offer nobody has used yet.
                          percent={offer.total ? Math.round((100 * offer.remaining) / offer.total) : 0}
                          status="normal"
                          format={() => left}
                          aria-label={left}
                        />
                      </Card>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <EmptyState>{t('home.noOffers')}</EmptyState>
            )}
            <Link to="/offers">{t('home.allOffers')}</Link>
          </section>
        </Col>
      </Row>
    </>
  );
}
