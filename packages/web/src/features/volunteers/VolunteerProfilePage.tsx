import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Flex, Row, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { VolunteerPublicProfileDocument, type VolunteerProfileFieldsFragment } from './volunteer.generated';
import { formatDate, formatNumber } from '../../shared/format';
import { EmptyState, QueryState } from '../../shared/PageState';
import { ExternalLink } from '../../shared/links';
import { PublicPage } from '../../shared/PublicPage';
import { languageName } from './volunteer';
import './volunteer.css';

/** A volunteer's public record: what they can do, what they care about, the work recognised, where to support them. */
export default function VolunteerProfilePage() {
  const { userId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VolunteerPublicProfileDocument, { variables: { userId } });
  return (
    <PublicPage>
      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ volunteerProfile }) => (volunteerProfile ? <Profile profile={volunteerProfile} /> : <NotPublic />)}
      </QueryState>
    </PublicPage>
  );
}

function NotPublic() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      <h1 className="page-title">{t('volunteer.public.notPublic')}</h1>
      <p>{t('volunteer.public.notPublicHint')}</p>
      <Link to="/tasks">{t('volunteer.public.toBoard')}</Link>
    </Flex>
  );
}

function Profile({ profile }: { profile: VolunteerProfileFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const { contributions } = profile;
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/tasks">{t('volunteer.public.toBoard')}</Link>
        <h1 className="page-title" style={{ marginTop: 8 }}>
          {profile.user.displayName}
        </h1>
        <p className="muted">{t('volunteer.public.kicker')}</p>
        {profile.bio.trim() ? <p className="lead pre-line">{profile.bio}</p> : null}
      </header>

      <section aria-labelledby="volunteer-contributions">
        <h2 id="volunteer-contributions" className="section-heading">
          {t('volunteer.public.contributions')}
        </h2>
        <Row gutter={[16, 16]}>
          <Col xs={12} sm={8}>
            <Card size="small">
              <Statistic title={t('volunteer.public.tasksDone')} value={formatNumber(contributions.tasksDone)} />
            </Card>
          </Col>
          <Col xs={12} sm={8}>
            <Card size="small">
              <Statistic title={t('volunteer.public.hours')} value={formatNumber(contributions.hours)} />
            </Card>
          </Col>
        </Row>
        <h3 className="card-heading" style={{ marginTop: 16 }}>
          {t('volunteer.public.projects')}
        </h3>
        {contributions.projects.length ? (
          <ul className="support-links">
            {contributions.projects.map((project) => (
              <li key={project.id}>
                <Link to={`/projects/${project.slug}`}>{project.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t('volunteer.public.noContributions')}</EmptyState>
        )}
      </section>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}>
          <Card
            title={
              <h2 className="card-heading" style={{ margin: 0 }}>
                {t('volunteer.public.about')}
              </h2>
            }
          >
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'skills',
                  label: t('volunteer.profile.skills'),
                  children: profile.skills.length ? (
                    <Flex gap={4} wrap>
                      {profile.skills.map((skill) => (
                        <Tag key={skill}>{t(`enum.VolunteerSkill.${skill}`)}</Tag>
                      ))}
                    </Flex>
                  ) : (
                    none
                  ),
                },
                {
                  key: 'causes',
                  label: t('volunteer.profile.causes'),
                  children: profile.causeAreas.length ? (
                    <Flex gap={4} wrap>
                      {profile.causeAreas.map((cause) => (
                        <Tag key={cause} color="green">
                          {t(`enum.CauseArea.${cause}`)}
                        </Tag>
                      ))}
                    </Flex>
                  ) : (
                    none
                  ),
                },
                {
                  key: 'hours',
                  label: t('volunteer.public.weeklyHoursLabel'),
                  children: t('volunteer.public.weeklyHours', { hours: formatNumber(profile.weeklyHours) }),
                },
                {
                  key: 'languages',
                  label: t('volunteer.profile.languages'),
                  children: profile.languages.length
                    ? profile.languages
                        .map((tag) => languageName(tag, i18n.language))
                        .join(t('volunteer.listSeparator'))
                    : none,
                },
                { key: 'updated', label: t('volunteer.public.updatedAt'), children: formatDate(profile.updatedAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <SupportCard name={profile.user.displayName} channels={profile.supportChannels} />
        </Col>
      </Row>
    </Flex>
  );
}

/** Where to support a volunteer directly: links to their own pages. Goodlink moves no money. */
export function SupportCard({ name, channels }: { name: string; channels: Array<{ label: string; url: string }> }) {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <h2 className="card-heading" style={{ margin: 0 }}>
          {t('volunteer.support.heading', { name })}
        </h2>
      }
    >
      {channels.length ? (
        <ul className="support-links">
          {channels.map((channel) => (
            <li key={channel.url}>
              <ExternalLink href={channel.url}>{channel.label}</ExternalLink>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('volunteer.support.none')}</p>
      )}
      <p className="muted" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('volunteer.support.noMoney')}
      </p>
    </Card>
  );
}
