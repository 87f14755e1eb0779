import { SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Avatar, Card, Col, Descriptions, Flex, Progress, Row, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  PublicOrganizationDocument,
  type PublicOrganizationQuery,
  type PublicProjectSummaryFragment,
  type PublicResourceTotalFragment,
} from './organizations.generated';
import { ChartFigure } from '../../shared/charts/ChartFigure';
import { formatDate, formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState } from '../../shared/PageState';
import { PublicRecordPage } from '../../shared/PublicRecordPage';
import { ExternalLink } from '../../shared/links';

type Organization = NonNullable<PublicOrganizationQuery['organization']>;
type Offers = PublicOrganizationQuery['resourceOffers'];

export default function OrganizationPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(PublicOrganizationDocument, { variables: { slug } });
  return (
    <PublicRecordPage
      result={result}
      record={(data) => (data.organization ? { organization: data.organization, offers: data.resourceOffers } : null)}
      notFound={{
        title: t('organizations.notFound'),
        hint: t('organizations.notFoundHint'),
        back: { to: '/organizations', label: t('organizations.backToList') },
      }}
    >
      {({ organization, offers }) => <OrganizationView organization={organization} offers={offers} />}
    </PublicRecordPage>
  );
}

function OrganizationView({ organization, offers }: { organization: Organization; offers: Offers }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/organizations">{t('organizations.backToList')}</Link>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginTop: 8 }}>
          <Flex gap={12} align="center" style={{ minWidth: 0 }}>
            {organization.logoUrl ? (
              <Avatar shape="square" size={56} src={organization.logoUrl} alt="" />
            ) : (
              <Avatar shape="square" size={56} aria-hidden>
                {organization.name.slice(0, 1)}
              </Avatar>
            )}
            <h1 className="page-title">
              <OrganizationName organization={organization} link={false} />
            </h1>
          </Flex>
          {organization.viewerRole ? (
            <Link to={`/console/organizations/${organization.slug}`}>
              <SettingOutlined aria-hidden /> {t('organizations.manage')}
            </Link>
          ) : null}
        </Flex>
        <Flex gap={4} wrap style={{ marginTop: 8 }}>
          <Tag>{t(`enum.OrganizationKind.${organization.kind}`)}</Tag>
          {organization.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
        </Flex>
      </header>

      {organization.verified ? null : (
        <Alert
          type="warning"
          showIcon
          title={t('organizations.unverifiedTitle')}
          description={t('organizations.unverifiedNotice')}
        />
      )}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <section aria-labelledby="organization-about">
            <h2 id="organization-about" className="section-heading">
              {t('organizations.about')}
            </h2>
            {organization.description.trim() ? (
              <p className="pre-line">{organization.description}</p>
            ) : (
              <EmptyState>{t('organizations.noDescription')}</EmptyState>
            )}
          </section>
        </Col>
        <Col xs={24} lg={8}>
          <Card>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'kind',
                  label: t('organizations.kind'),
                  children: t(`enum.OrganizationKind.${organization.kind}`),
                },
                {
                  key: 'website',
                  label: t('organizations.website'),
                  children: organization.websiteUrl ? (
                    <ExternalLink href={organization.websiteUrl} />
                  ) : (
                    <span className="muted">{t('common.none')}</span>
                  ),
                },
                {
                  key: 'verified',
                  label: t('organizations.verification'),
                  children: organization.verified ? t('common.verified') : t('common.unverified'),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>

      <Impact organization={organization} />

      <ProjectList
        id="organization-sponsored"
        title={t('organizations.sponsoredProjects')}
        empty={t('organizations.noSponsoredProjects')}
        projects={organization.sponsoredProjects}
      />
      <ProjectList
        id="organization-projects"
        title={t('organizations.projects')}
        empty={t('organizations.noProjects')}
        projects={organization.projects}
      />
      <OpenOffers offers={offers} />
    </Flex>
  );
}

function Impact({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { impact } = organization;
  const label = (resource: PublicResourceTotalFragment) =>
    t('organizations.categoryUnit', { category: t(`enum.ResourceCategory.${resource.category}`), unit: resource.unit });

  const chart = useMemo(() => {
    const categories = impact.resources.map((resource) => ({
      key: `${resource.category}|${resource.unit}`,
      label: t('organizations.categoryUnit', {
        category: t(`enum.ResourceCategory.${resource.category}`),
        unit: resource.unit,
      }),
    }));
    const years = [...impact.byYear].sort((a, b) => a.year - b.year);
    const grantedIn = (year: (typeof years)[number], key: string) =>
      year.resources.find((resource) => `${resource.category}|${resource.unit}` === key)?.granted ?? 0;
    const values = years.flatMap((year) => categories.map((category) => grantedIn(year, category.key)));
    const positive = values.filter((value) => value > 0);
    // Units differ by orders of magnitude (GPU hours and servers): a log axis keeps the small ones visible.
    const logarithmic = positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 50;
    const palette = ['#237804', '#1677ff', '#d46b08', '#722ed1', '#c41d7f', '#08979c'];
    return {
      option: {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
        xAxis: {
          type: 'category',
          data: categories.map((category) => category.label),
          axisLabel: { interval: 0, rotate: categories.length > 3 ? 30 : 0 },
        },
        yAxis: logarithmic ? { type: 'log', logBase: 10, min: 1 } : { type: 'value', minInterval: 1 },
        series: years.map((year, index) => ({
          name: String(year.year),
          type: 'bar',
          barMaxWidth: 48,
          data: categories.map((category) => grantedIn(year, category.key) || (logarithmic ? null : 0)),
          itemStyle: { color: palette[index % palette.length] },
        })),
      },
      rows: categories.map((category) => ({
        label: category.label,
        values: years.map((year) => ({ name: String(year.year), value: formatNumber(grantedIn(year, category.key)) })),
      })),
      columns: [t('organizations.category'), ...years.map((year) => String(year.year))],
    };
  }, [impact, t]);

  return (
    <section aria-labelledby="organization-impact">
      <h2 id="organization-impact" className="section-heading">
        {t('organizations.impact')}
      </h2>
      {impact.resources.length ? (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={24} sm={12} lg={6}>
              <Card size="small">
                <Statistic title={t('organizations.projectsSupported')} value={impact.projectsSupported} />
              </Card>
            </Col>
            {impact.resources.map((resource) => (
              <Col key={`${resource.category}|${resource.unit}`} xs={24} sm={12} lg={6}>
                <Card size="small">
                  <Statistic
                    title={label(resource)}
                    value={resource.granted}
                    formatter={(value) => formatNumber(Number(value))}
                    suffix={resource.unit}
                  />
                  <p className="muted" style={{ margin: '4px 0 0' }}>
                    {t('organizations.resourceBreakdown', {
                      fulfilled: formatNumber(resource.fulfilled),
                      grants: formatNumber(resource.grants),
                      projects: formatNumber(resource.projectsSupported),
                    })}
                  </p>
                </Card>
              </Col>
            ))}
          </Row>
          <ChartFigure
            caption={t('organizations.chartCaption')}
            option={chart.option}
            rows={chart.rows}
            columns={chart.columns}
          />
        </Flex>
      ) : (
        <EmptyState>{t('organizations.noImpact')}</EmptyState>
      )}
    </section>
  );
}

function ProjectList({
  id,
  title,
  empty,
  projects,
}: {
  id: string;
  title: string;
  empty: string;
  projects: PublicProjectSummaryFragment[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="section-heading">
        {title}
      </h2>
      {projects.length ? (
        <ul className="card-grid">
          {projects.map((project) => (
            <li key={project.id}>
              <Card size="small">
                <h3 className="card-heading">
                  <Link to={`/projects/${project.slug}`}>{project.name}</Link>
                </h3>
                <p>{project.summary}</p>
                <Flex gap={4} wrap>
                  <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
                  {project.causeAreas.map((cause) => (
                    <Tag key={cause} color="green">
                      {t(`enum.CauseArea.${cause}`)}
                    </Tag>
                  ))}
                  {project.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
                </Flex>
              </Card>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState>{empty}</EmptyState>
      )}
    </section>
  );
}

function OpenOffers({ offers }: { offers: Offers }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="organization-offers">
      <h2 id="organization-offers" className="section-heading">
        {t('organizations.openOffers')}
      </h2>
      {offers.edges.length ? (
        <ul className="card-grid">
          {offers.edges.map(({ node: offer }) => {
            const left = t('offers.remaining', { remaining: formatNumber(offer.remaining), unit: offer.unit });
            return (
              <li key={offer.id}>
                <Card size="small">
                  <h3 className="card-heading">
                    <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
                  </h3>
                  <Flex gap={4} wrap align="center">
                    <Tag color="blue">{t(`enum.ResourceCategory.${offer.category}`)}</Tag>
                    {offer.closesAt ? (
                      <span className="muted">{t('offers.closesOn', { date: formatDate(offer.closesAt) })}</span>
                    ) : null}
                  </Flex>
                  <Progress
                    percent={offer.total ? Math.round((100 * offer.remaining) / offer.total) : 0}
                    format={() => left}
                    status="normal"
                    aria-label={left}
                  />
                </Card>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState>{t('organizations.noOffers')}</EmptyState>
      )}
    </section>
  );
}
