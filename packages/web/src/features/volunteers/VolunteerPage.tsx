import { useQuery } from '@apollo/client/react';
import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VolunteerMeDocument, VolunteerRecommendationsDocument } from './volunteer.generated';
import { formatNumber } from '../../shared/format';
import { EmptyState, QueryState } from '../../shared/PageState';
import { RequireViewer } from '../../shared/RequireViewer';
import { MyTasks } from './MyTasks';
import { ProfileForm } from './ProfileForm';
import { ClaimButton, TaskCard } from './TaskCard';
import { Why } from './Why';
import '../../shared/console.css';
import './volunteer.css';

export default function VolunteerPage() {
  return <RequireViewer>{() => <Volunteer />}</RequireViewer>;
}

/** The volunteer's own page: the profile projects match against, tasks that fit it, and tasks held or done. */
function Volunteer() {
  const { t } = useTranslation();
  const me = useQuery(VolunteerMeDocument);
  const viewer = me.data?.viewer;
  const profile = viewer?.volunteerProfile ?? null;

  return (
    <Flex vertical gap={24} className="volunteer-page">
      <header>
        <h1 className="page-title">{t('volunteer.me.title')}</h1>
        <p className="lead">{t('volunteer.me.intro')}</p>
      </header>
      <QueryState loading={me.loading} error={me.error} data={viewer} onRetry={() => void me.refetch()}>
        {(viewer) => (
          <>
            {profile ? (
              <Card size="small">
                <Flex gap={16} wrap align="center">
                  <span>
                    {t('volunteer.me.contributions', {
                      tasks: formatNumber(profile.contributions.tasksDone),
                      hours: formatNumber(profile.contributions.hours),
                    })}
                  </span>
                  {profile.isPublic ? (
                    <Link to={`/volunteers/${viewer.id}`}>{t('volunteer.profile.viewPublic')}</Link>
                  ) : (
                    <Tag>{t('volunteer.me.private')}</Tag>
                  )}
                </Flex>
              </Card>
            ) : null}
            <section aria-labelledby="volunteer-profile-heading">
              <Card>
                <h2 id="volunteer-profile-heading" className="console-section-heading">
                  {t('volunteer.profile.heading')}
                </h2>
                <p className="console-meta" style={{ marginBottom: 16 }}>
                  {profile ? t('volunteer.profile.introEdit') : t('volunteer.profile.introNew')}
                </p>
                <ProfileForm profile={profile} userId={viewer.id} />
              </Card>
            </section>
            <section aria-labelledby="recommended-heading">
              <h2 id="recommended-heading" className="console-section-heading">
                {t('volunteer.recommended.heading')}
              </h2>
              <p className="console-meta" style={{ marginBottom: 12 }}>
                {t('volunteer.recommended.intro')}
              </p>
              {profile ? <Recommendations /> : <EmptyState>{t('volunteer.recommended.needProfile')}</EmptyState>}
            </section>
            <section aria-labelledby="my-tasks-heading">
              <h2 id="my-tasks-heading" className="console-section-heading">
                {t('volunteer.mine.heading')}
              </h2>
              <MyTasks tasks={viewer.volunteerTasks ?? []} />
            </section>
          </>
        )}
      </QueryState>
    </Flex>
  );
}

function Recommendations() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(VolunteerRecommendationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <QueryState loading={loading} error={error} data={data?.viewer} onRetry={() => void refetch()}>
      {(viewer) =>
        viewer.recommendedTasks?.length ? (
          <ul className="card-grid" aria-labelledby="recommended-heading">
            {viewer.recommendedTasks.map((recommendation) => (
              <li key={recommendation.task.id}>
                <TaskCard
                  task={recommendation.task}
                  headingLevel={3}
                  footer={<ClaimButton task={recommendation.task} />}
                >
                  <Why match={recommendation} for="task" />
                </TaskCard>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            {t('volunteer.recommended.none')} <Link to="/tasks">{t('volunteer.recommended.browse')}</Link>
          </EmptyState>
        )
      }
    </QueryState>
  );
}
