import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Avatar, Card, Col, Descriptions, Flex, Row, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PublicProjectDocument, type PublicProjectQuery } from './projects.generated';
import { formatDate, formatNumber } from '../../shared/format';
import { Markdown } from '../../shared/Markdown';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState } from '../../shared/PageState';
import { PublicRecordPage } from '../../shared/PublicRecordPage';
import { ExternalLink } from '../../shared/links';
import { demoteHeadings } from '../../shared/markdownHeadings';
import { ProjectEventsAndStories } from '../events/ProjectEventsAndStories';
import { AssessmentSummarySection } from '../assessments/AssessmentSummarySection';
import { ProjectVolunteering } from '../volunteers/ProjectVolunteering';

type Project = NonNullable<PublicProjectQuery['project']>;
type Sponsor = Project['sponsors'][number];
type Grant = Project['resourceRequests'][number];

export default function ProjectPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(PublicProjectDocument, { variables: { slug } });
  return (
    <PublicRecordPage
      result={result}
      record={(data) => data.project}
      notFound={{
        title: t('projects.notFound'),
        hint: t('projects.notFoundHint'),
        back: { to: '/projects', label: t('projects.backToList') },
      }}
    >
      {(project) => <ProjectView project={project} />}
    </PublicRecordPage>
  );
}

function ProjectView({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/projects">{t('projects.backToList')}</Link>
        <Flex justify="space-between" align="start" gap={12} wrap style={{ marginTop: 8 }}>
          <h1 className="page-title">{project.name}</h1>
          {project.viewerCanEdit ? (
            <Link to={`/console/projects/${project.slug}/edit`}>
              <EditOutlined aria-hidden /> {t('projects.edit')}
            </Link>
          ) : null}
        </Flex>
        <p className="lead">{project.summary}</p>
        <Flex gap={4} wrap>
          <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
          {project.causeAreas.map((cause) => (
            <Tag key={cause} color="green">
              {t(`enum.CauseArea.${cause}`)}
            </Tag>
          ))}
          {project.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
        </Flex>
      </header>

      {project.visibility === 'DRAFT' ? <Alert type="warning" showIcon title={t('projects.draftNotice')} /> : null}

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={32}>
            <section aria-labelledby="project-about">
              <h2 id="project-about" className="section-heading">
                {t('projects.about')}
              </h2>
              {project.description.trim() ? (
                <Markdown source={demoteHeadings(project.description)} />
              ) : (
                <EmptyState>{t('projects.noDescription')}</EmptyState>
              )}
            </section>
            <section aria-labelledby="project-sponsors">
              <h2 id="project-sponsors" className="section-heading">
                {t('projects.sponsors')}
              </h2>
              {project.sponsors.length ? (
                <ul className="card-grid">
                  {project.sponsors.map((sponsor) => (
                    <li key={sponsor.id}>
                      <SponsorCard sponsor={sponsor} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{t('projects.noSponsors')}</EmptyState>
              )}
            </section>
            <section aria-labelledby="project-grants">
              <h2 id="project-grants" className="section-heading">
                {t('projects.grants')}
              </h2>
              <GrantsTable grants={project.resourceRequests} />
            </section>
            <ProjectEventsAndStories slug={project.slug} />
            <AssessmentSummarySection slug={project.slug} />
            <ProjectVolunteering project={project} />
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <ProjectFacts project={project} />
        </Col>
      </Row>
    </Flex>
  );
}

function ProjectFacts({ project }: { project: Project }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <Card
      title={
        <h2 id="project-facts" className="card-heading" style={{ margin: 0 }}>
          {t('projects.facts')}
        </h2>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'organization',
            label: t('projects.organization'),
            children: project.organization ? <OrganizationName organization={project.organization} /> : none,
          },
          {
            key: 'repository',
            label: t('projects.repository'),
            children: project.repositoryUrl ? <ExternalLink href={project.repositoryUrl} /> : none,
          },
          {
            key: 'website',
            label: t('projects.website'),
            children: project.websiteUrl ? <ExternalLink href={project.websiteUrl} /> : none,
          },
          { key: 'license', label: t('projects.license'), children: project.license ?? none },
          {
            key: 'beneficiaries',
            label: t('projects.beneficiaries'),
            children: project.beneficiaries.trim() ? <span className="pre-line">{project.beneficiaries}</span> : none,
          },
          {
            key: 'maintainers',
            label: t('projects.maintainers'),
            children: project.maintainers.length
              ? project.maintainers.map((maintainer) => maintainer.displayName).join(t('projects.listSeparator'))
              : none,
          },
          {
            key: 'published',
            label: t('projects.publishedAt'),
            children: project.publishedAt ? formatDate(project.publishedAt) : none,
          },
          { key: 'updated', label: t('projects.updatedAt'), children: formatDate(project.updatedAt) },
        ]}
      />
    </Card>
  );
}

function SponsorCard({ sponsor }: { sponsor: Sponsor }) {
  const { t } = useTranslation();
  const { organization } = sponsor;
  const period =
    sponsor.startsOn && sponsor.endsOn
      ? t('projects.sponsorPeriod', { from: formatDate(sponsor.startsOn), to: formatDate(sponsor.endsOn) })
      : sponsor.startsOn
        ? t('projects.sponsorSince', { from: formatDate(sponsor.startsOn) })
        : sponsor.endsOn
          ? t('projects.sponsorUntil', { to: formatDate(sponsor.endsOn) })
          : null;
  return (
    <Card size="small">
      <Flex gap={12} align="start">
        {organization.logoUrl ? (
          <Avatar shape="square" size={48} src={organization.logoUrl} alt="" />
        ) : (
          <Avatar shape="square" size={48} aria-hidden>
            {organization.name.slice(0, 1)}
          </Avatar>
        )}
        <Flex vertical gap={6} style={{ minWidth: 0 }}>
          <h3 className="card-heading" style={{ margin: 0 }}>
            <OrganizationName organization={organization} />
          </h3>
          <div>
            <Tag color="blue">{t(`enum.SponsorRole.${sponsor.role}`)}</Tag>
          </div>
          {sponsor.attribution ? <p style={{ margin: 0 }}>{sponsor.attribution}</p> : null}
          {sponsor.url ? (
            <ExternalLink href={sponsor.url}>{t('projects.sponsorUrl', { name: organization.name })}</ExternalLink>
          ) : null}
          {period ? <span className="muted">{period}</span> : null}
          {sponsor.grants.length ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('projects.sponsorGrants')}>
              {sponsor.grants.map((grant) => (
                <li key={grant.id}>
                  {t('projects.grantLine', {
                    category: t(`enum.ResourceCategory.${grant.category}`),
                    quantity: formatNumber(grant.approvedQuantity ?? 0),
                    unit: grant.unit,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}

function GrantsTable({ grants }: { grants: Grant[] }) {
  const { t } = useTranslation();
  if (!grants.length) return <EmptyState>{t('projects.noGrants')}</EmptyState>;
  return (
    <Table<Grant>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={grants}
      columns={[
        {
          key: 'resource',
          title: t('projects.grantResource'),
          render: (_, grant) => (
            <Flex vertical gap={2}>
              <span>
                <Tag color="blue">{t(`enum.ResourceCategory.${grant.category}`)}</Tag>
              </span>
              {grant.offer ? <Link to={`/offers/${grant.offer.id}`}>{grant.offer.title}</Link> : null}
            </Flex>
          ),
        },
        {
          key: 'quantity',
          title: t('projects.grantQuantity'),
          align: 'right',
          render: (_, grant) => `${formatNumber(grant.approvedQuantity ?? 0)} ${grant.unit}`,
        },
        {
          key: 'organization',
          title: t('projects.grantBy'),
          render: (_, grant) => <OrganizationName organization={grant.organization} />,
        },
        {
          key: 'status',
          title: t('projects.grantStatus'),
          render: (_, grant) => (
            <Tag color={grant.status === 'FULFILLED' ? 'green' : 'blue'}>
              {t(`enum.ResourceRequestStatus.${grant.status}`)}
            </Tag>
          ),
        },
        {
          key: 'decidedAt',
          title: t('projects.grantDate'),
          render: (_, grant) => formatDate(grant.decidedAt),
        },
      ]}
    />
  );
}
