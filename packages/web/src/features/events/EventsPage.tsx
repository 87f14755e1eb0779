import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Form, Row, Segmented, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import type { EventKind, EventTiming } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, QueryState } from '../../shared/PageState';
import { LoadMore } from '../../shared/LoadMore';
import { PublicPage } from '../../shared/PublicPage';
import { ResultCount } from '../../shared/ResultCount';
import { useUrlFilters } from '../../shared/urlFilters';
import { calendarHref, EVENT_KINDS, KIND_COLORS } from './eventKinds';
import { EventWhen } from './EventWhen';
import { PublicEventsDocument, type PublicEventsQuery } from './events.generated';
import './events.css';

const PAGE_SIZE = 12;
const TIMINGS: readonly EventTiming[] = ['UPCOMING', 'PAST'];

type EventCard = PublicEventsQuery['events']['edges'][number]['node'];

export default function EventsPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const filters = useUrlFilters();
  const timing = filters.one('when', TIMINGS) ?? 'UPCOMING';
  const kind = filters.one('kind', EVENT_KINDS);
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicEventsDocument, {
    variables: {
      first: PAGE_SIZE,
      filter: { timing, ...(kind ? { kinds: [kind] } : {}) },
      // Upcoming: soonest first. Past: latest first.
      orderBy: { field: 'STARTS_AT', direction: timing === 'UPCOMING' ? 'ASC' : 'DESC' },
    },
  });

  return (
    <PublicPage>
      <header>
        <Flex justify="space-between" align="start" gap={12} wrap>
          <h1 className="page-title">{t('events.title')}</h1>
          {viewer?.organizations?.length ? (
            <Link to="/console/events/new">
              <PlusOutlined aria-hidden /> {t('events.create.link')}
            </Link>
          ) : null}
        </Flex>
        <p className="lead">{t('events.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('events.filters')}>
        <Row gutter={[16, 16]} align="bottom">
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label={t('events.when')} htmlFor="events-when">
              <Segmented
                id="events-when"
                block
                value={timing}
                onChange={(value) => filters.update({ when: value === 'UPCOMING' ? undefined : String(value) })}
                options={TIMINGS.map((value) => ({ value, label: t(`events.timing.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label={t('events.kindLabel')} htmlFor="events-kind">
              <Select
                id="events-kind"
                allowClear
                placeholder={t('events.anyKind')}
                value={kind}
                onChange={(value?: EventKind) => filters.update({ kind: value })}
                options={EVENT_KINDS.map((value) => ({ value, label: t(`events.kind.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <a href={calendarHref(kind)} className="calendar-link" title={t('events.subscribeHint')}>
              <CalendarOutlined aria-hidden /> {t('events.subscribe')}
            </a>
          </Col>
        </Row>
      </Form>

      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ events }) => (
          <Flex vertical gap={16}>
            <ResultCount>{t('events.count', { total: formatNumber(events.totalCount) })}</ResultCount>
            {events.edges.length ? (
              <ul className="card-grid" aria-label={t('events.listLabel')}>
                {events.edges.map(({ node }) => (
                  <li key={node.id}>
                    <EventSummaryCard event={node} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{timing === 'UPCOMING' ? t('events.noUpcoming') : t('events.noPast')}</EmptyState>
            )}
            <LoadMore pageInfo={events.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
          </Flex>
        )}
      </QueryState>
    </PublicPage>
  );
}

function EventSummaryCard({ event }: { event: EventCard }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <h2 className="card-heading">
        <Link to={`/events/${event.slug}`}>{event.name}</Link>
      </h2>
      <Flex gap={4} wrap align="center">
        <Tag color={KIND_COLORS[event.kind]}>{t(`events.kind.${event.kind}`)}</Tag>
        {event.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
      </Flex>
      <Flex vertical gap={2} className="muted event-facts">
        <EventWhen event={event} />
        <span>{event.location ?? t('events.online')}</span>
        {event.organizers.length ? (
          <span>
            {t('events.organizers')}:{' '}
            {event.organizers.map((organization, i) => (
              <span key={organization.id}>
                {i ? t('events.listSeparator') : null}
                <OrganizationName organization={organization} />
              </span>
            ))}
          </span>
        ) : null}
      </Flex>
    </Card>
  );
}
