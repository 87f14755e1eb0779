import { BulbOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Card, Col, Flex, Form, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicIdeasDocument, type PublicIdeasQuery } from './ideas.generated';
import { InterestCounts } from './InterestCounts';
import { formatDate, formatNumber } from '../../shared/format';
import { EmptyState, QueryState } from '../../shared/PageState';
import { CAUSE_AREAS } from '../../shared/enums';
import { LoadMore } from '../../shared/LoadMore';
import { ResultCount } from '../../shared/ResultCount';
import { SearchBox, SearchTooLong, searchTooLong } from '../../shared/SearchBox';
import { useUrlFilters } from '../../shared/urlFilters';
import { PublicPage } from '../../shared/PublicPage';
import './ideas.css';
import { EnumFilter } from '../../shared/EnumFilter';

const PAGE_SIZE = 12;
const ORDERS = ['newest', 'interest'] as const;

type IdeaCard = PublicIdeasQuery['ideas']['edges'][number]['node'];

export default function IdeasPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters();
  const search = filters.text('q');
  const tooLong = searchTooLong(search);
  const causeAreas = filters.list('cause', CAUSE_AREAS);
  const order = filters.one('order', ORDERS) ?? 'newest';
  const filter = { ...(search && !tooLong ? { search } : {}), ...(causeAreas.length ? { causeAreas } : {}) };
  const orderBy = order === 'interest' ? { field: 'INTEREST_COUNT' as const, direction: 'DESC' as const } : undefined;
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicIdeasDocument, {
    skip: tooLong,
    variables: { first: PAGE_SIZE, filter, orderBy },
  });
  const clear = filters.active ? { label: t('ideas.clearFilters'), onClick: filters.clear } : undefined;

  return (
    <PublicPage>
      <header>
        <Flex justify="space-between" align="start" gap={12} wrap>
          <h1 className="page-title">{t('ideas.title')}</h1>
          <Link className="button-link" to="/ideas/new">
            <BulbOutlined aria-hidden /> {t('ideas.propose')}
          </Link>
        </Flex>
        <p className="lead">{t('ideas.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('ideas.filters')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Form.Item label={t('ideas.search')} htmlFor="ideas-search">
              <SearchBox
                id="ideas-search"
                value={search}
                placeholder={t('ideas.searchPlaceholder')}
                onSearch={(q) => filters.update({ q })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <EnumFilter
              id="ideas-cause"
              label={t('ideas.causeArea')}
              enumName="CauseArea"
              values={CAUSE_AREAS}
              value={causeAreas}
              placeholder={t('ideas.any')}
              onChange={(cause) => filters.update({ cause })}
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('ideas.order')} htmlFor="ideas-order">
              <Select
                id="ideas-order"
                value={order}
                onChange={(value) => filters.update({ order: value === 'newest' ? null : value })}
                options={ORDERS.map((value) => ({ value, label: t(`ideas.orders.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {tooLong ? (
        <SearchTooLong text={search} onSearch={(q) => filters.update({ q })} />
      ) : (
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ ideas }) => (
            <Flex vertical gap={16}>
              <ResultCount clear={clear}>{t('ideas.count', { total: formatNumber(ideas.totalCount) })}</ResultCount>
              {ideas.edges.length ? (
                <ul className="card-grid" aria-label={t('ideas.listLabel')}>
                  {ideas.edges.map(({ node }) => (
                    <li key={node.id}>
                      <IdeaSummaryCard idea={node} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>
                  {filters.active ? t('ideas.noMatch') : t('ideas.none')}{' '}
                  <Link to="/ideas/new">{t('ideas.proposeFirst')}</Link>
                </EmptyState>
              )}
              <LoadMore pageInfo={ideas.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </Flex>
          )}
        </QueryState>
      )}
    </PublicPage>
  );
}

function IdeaSummaryCard({ idea }: { idea: IdeaCard }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <h2 className="card-heading" style={{ margin: 0 }}>
          <Link to={`/ideas/${idea.slug}`}>{idea.name}</Link>
        </h2>
        <p style={{ margin: 0 }}>{idea.summary}</p>
        <Flex gap={4} wrap>
          {idea.causeAreas.map((cause) => (
            <Tag key={cause} color="green">
              {t(`enum.CauseArea.${cause}`)}
            </Tag>
          ))}
          {idea.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
        </Flex>
        <InterestCounts counts={idea.interestCounts} />
        <span className="muted">
          {idea.proposedBy
            ? t('ideas.proposedByOn', { name: idea.proposedBy.displayName, date: formatDate(idea.createdAt) })
            : t('ideas.proposedOn', { date: formatDate(idea.createdAt) })}
        </span>
      </Flex>
    </Card>
  );
}
