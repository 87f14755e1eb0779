import { PlusOutlined, WifiOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Col, Flex, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import type { StoryKind } from '../../gql/graphql';
import { formatNumber } from '../../shared/format';
import { EmptyState, QueryState } from '../../shared/PageState';
import { LoadMore } from '../../shared/LoadMore';
import { PublicPage } from '../../shared/PublicPage';
import { ResultCount } from '../../shared/ResultCount';
import { useUrlFilters } from '../../shared/urlFilters';
import { StoryCard } from './StoryCard';
import { STORY_KINDS } from './storyKinds';
import { PublicStoriesDocument } from './stories.generated';
import './stories.css';

const PAGE_SIZE = 12;

export default function StoriesPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const filters = useUrlFilters();
  const kind = filters.one('kind', STORY_KINDS);
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicStoriesDocument, {
    variables: { first: PAGE_SIZE, filter: kind ? { kinds: [kind] } : {} },
  });
  const feedQuery = kind ? `?kind=${kind}` : '';

  return (
    <PublicPage>
      <header>
        <Flex justify="space-between" align="start" gap={12} wrap>
          <h1 className="page-title">{t('stories.title')}</h1>
          {viewer ? (
            <Link to="/console/stories/new">
              <PlusOutlined aria-hidden /> {t('stories.create.link')}
            </Link>
          ) : null}
        </Flex>
        <p className="lead">{t('stories.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('stories.filters')}>
        <Row gutter={[16, 16]} align="bottom">
          <Col xs={24} sm={12} lg={8}>
            <Form.Item label={t('stories.kindLabel')} htmlFor="stories-kind">
              <Select
                id="stories-kind"
                allowClear
                placeholder={t('stories.anyKind')}
                value={kind}
                onChange={(value?: StoryKind) => filters.update({ kind: value })}
                options={STORY_KINDS.map((value) => ({ value, label: t(`stories.kind.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={16}>
            <nav aria-label={t('stories.feeds')}>
              <Flex gap={16} wrap>
                <a href={`/stories.rss${feedQuery}`} className="calendar-link" type="application/rss+xml">
                  <WifiOutlined aria-hidden /> {t('stories.rss')}
                </a>
                <a href={`/stories.atom${feedQuery}`} className="calendar-link" type="application/atom+xml">
                  <WifiOutlined aria-hidden /> {t('stories.atom')}
                </a>
                <a href="/stories.rss?kind=PODCAST" className="calendar-link" type="application/rss+xml">
                  <WifiOutlined aria-hidden /> {t('stories.podcastFeed')}
                </a>
              </Flex>
            </nav>
          </Col>
        </Row>
      </Form>

      <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
        {({ stories }) => (
          <Flex vertical gap={16}>
            <ResultCount>{t('stories.count', { total: formatNumber(stories.totalCount) })}</ResultCount>
            {stories.edges.length ? (
              <ul className="card-grid" aria-label={t('stories.listLabel')}>
                {stories.edges.map(({ node }) => (
                  <li key={node.id}>
                    <StoryCard story={node} />
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState>{kind ? t('stories.noMatch') : t('stories.none')}</EmptyState>
            )}
            <LoadMore pageInfo={stories.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
          </Flex>
        )}
      </QueryState>
    </PublicPage>
  );
}
