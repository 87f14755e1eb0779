import { useQuery } from '@apollo/client/react';
import { Card, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, QueryState } from '../../shared/PageState';
import { StoryCard } from '../stories/StoryCard';
import { KIND_COLORS } from './eventKinds';
import { EventWhen } from './EventWhen';
import { ProjectEventsAndStoriesDocument } from './events.generated';
import './events.css';

/** A project page's "Events" and "Stories" sections: where the project took part, and what was told about it. */
export function ProjectEventsAndStories({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ProjectEventsAndStoriesDocument, { variables: { slug } });
  return (
    <>
      <section aria-labelledby="project-events">
        <h2 id="project-events" className="section-heading">
          {t('events.project.events')}
        </h2>
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ project }) =>
            project?.events.length ? (
              <ul className="card-grid">
                {project.events.map(({ event, outcome }) => (
                  <li key={event.id}>
                    <Card size="small">
                      <h3 className="card-heading">
                        <Link to={`/events/${event.slug}`}>{event.name}</Link>
                      </h3>
                      <Flex gap={4} wrap>
                        <Tag color={KIND_COLORS[event.kind]}>{t(`events.kind.${event.kind}`)}</Tag>
                      </Flex>
                      <EventWhen as="p" className="muted event-facts" event={event} />
                      <p style={{ margin: 0 }}>
                        <strong>{t('events.outcome')}:</strong>{' '}
                        {outcome || <span className="muted">{t('events.noOutcome')}</span>}
                      </p>
                    </Card>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('events.project.noEvents')}</EmptyState>
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby="project-stories">
        <h2 id="project-stories" className="section-heading">
          {t('events.project.stories')}
        </h2>
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ project }) =>
            project?.stories.length ? (
              <ul className="card-grid">
                {project.stories.map((story) => (
                  <li key={story.id}>
                    <StoryCard story={story} headingLevel={3} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{t('events.project.noStories')}</EmptyState>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
