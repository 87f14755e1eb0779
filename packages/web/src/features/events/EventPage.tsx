import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Flex, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState } from '../../shared/PageState';
import { PublicRecordPage } from '../../shared/PublicRecordPage';
import { ExternalLink } from '../../shared/links';
import { AddEventProjectForm } from './AddEventProjectForm';
import { eventCalendarHref, KIND_COLORS } from './eventKinds';
import { EventWhen } from './EventWhen';
import { formatSpanInZone, offsetName } from '../../shared/timeZones';
import { PublicEventDocument, type PublicEventQuery } from './events.generated';
import './events.css';

type Event = NonNullable<PublicEventQuery['event']>;

export default function EventPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const result = useQuery(PublicEventDocument, { variables: { slug } });
  return (
    <PublicRecordPage
      result={result}
      record={(data) => data.event}
      notFound={{
        title: t('events.notFound'),
        hint: t('events.notFoundHint'),
        back: { to: '/events', label: t('events.backToList') },
      }}
    >
      {(event) => <EventView event={event} />}
    </PublicRecordPage>
  );
}

function EventView({ event }: { event: Event }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <Flex vertical gap={24}>
      <header>
        <Link to="/events">{t('events.backToList')}</Link>
        <h1 className="page-title" style={{ marginTop: 8 }}>
          {event.name}
        </h1>
        <EventWhen as="p" className="lead" event={event} />
        <Flex gap={8} wrap align="center">
          <Tag color={KIND_COLORS[event.kind]}>{t(`events.kind.${event.kind}`)}</Tag>
          {event.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
          <a href={eventCalendarHref(event.slug)} className="calendar-link" download={`${event.slug}.ics`}>
            <CalendarOutlined aria-hidden /> {t('events.addToCalendar')}
          </a>
        </Flex>
      </header>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Flex vertical gap={32}>
            <section aria-labelledby="event-about">
              <h2 id="event-about" className="section-heading">
                {t('events.about')}
              </h2>
              {event.description.trim() ? (
                <p className="pre-line">{event.description}</p>
              ) : (
                <EmptyState>{t('events.noDescription')}</EmptyState>
              )}
            </section>
            <section aria-labelledby="event-projects">
              <h2 id="event-projects" className="section-heading">
                {t('events.projects')}
              </h2>
              {event.projects.length ? (
                <ul className="card-grid">
                  {event.projects.map(({ project, outcome }) => (
                    <li key={project.id}>
                      <Card size="small">
                        <h3 className="card-heading">
                          <Link to={`/projects/${project.slug}`}>{project.name}</Link>
                        </h3>
                        <p className="muted" style={{ margin: 0 }}>
                          {project.summary}
                        </p>
                        <p style={{ margin: '8px 0 0' }}>
                          <strong>{t('events.outcome')}:</strong>{' '}
                          {outcome || <span className="muted">{t('events.noOutcome')}</span>}
                        </p>
                      </Card>
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{t('events.noProjects')}</EmptyState>
              )}
            </section>
            {event.viewerCanManage ? <AddEventProjectForm eventId={event.id} /> : null}
          </Flex>
        </Col>
        <Col xs={24} lg={8}>
          <Card
            title={
              <h2 className="card-heading" style={{ margin: 0 }}>
                {t('events.details')}
              </h2>
            }
          >
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'starts',
                  label: t('events.starts'),
                  children: formatSpanInZone(event.startsAt, null, event.timeZone),
                },
                {
                  key: 'ends',
                  label: t('events.ends'),
                  children: event.endsAt ? formatSpanInZone(event.endsAt, null, event.timeZone) : none,
                },
                {
                  key: 'zone',
                  label: t('events.timeZone'),
                  children: `${event.timeZone} (${offsetName(event.startsAt, event.timeZone)})`,
                },
                { key: 'place', label: t('events.place'), children: event.location ?? none },
                {
                  key: 'online',
                  label: t('events.onlineUrl'),
                  children: event.onlineUrl ? <ExternalLink href={event.onlineUrl} /> : none,
                },
                {
                  key: 'website',
                  label: t('events.website'),
                  children: event.websiteUrl ? <ExternalLink href={event.websiteUrl} /> : none,
                },
                {
                  key: 'organizers',
                  label: t('events.organizers'),
                  children: event.organizers.length ? (
                    <Flex vertical gap={4}>
                      {event.organizers.map((organization) => (
                        <OrganizationName key={organization.id} organization={organization} />
                      ))}
                    </Flex>
                  ) : (
                    none
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
