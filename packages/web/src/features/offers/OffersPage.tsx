import { useQuery } from '@apollo/client/react';
import { Card, Checkbox, Col, Flex, Form, Progress, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicOffersDocument, type PublicOffersQuery } from './offers.generated';
import type { ResourceOfferOrder } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, QueryState } from '../../shared/PageState';
import { CAUSE_AREAS, RESOURCE_CATEGORIES } from '../../shared/enums';
import { LoadMore } from '../../shared/LoadMore';
import { ResultCount } from '../../shared/ResultCount';
import { SearchBox, SearchTooLong, searchTooLong } from '../../shared/SearchBox';
import { useUrlFilters } from '../../shared/urlFilters';
import { PublicPage } from '../../shared/PublicPage';
import { EnumFilter } from '../../shared/EnumFilter';

const PAGE_SIZE = 12;

const ORDERS = {
  newest: { field: 'CREATED_AT', direction: 'DESC' },
  remaining: { field: 'REMAINING', direction: 'DESC' },
  closing: { field: 'CLOSES_AT', direction: 'ASC' },
} as const satisfies Record<string, ResourceOfferOrder>;
type OrderKey = keyof typeof ORDERS;
const ORDER_KEYS = Object.keys(ORDERS) as OrderKey[];

type OfferCard = PublicOffersQuery['resourceOffers']['edges'][number]['node'];

export default function OffersPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters();
  const search = filters.text('q');
  const tooLong = searchTooLong(search);
  const categories = filters.list('category', RESOURCE_CATEGORIES);
  const cause = filters.one('cause', CAUSE_AREAS);
  const hasRemaining = filters.text('remaining') === '1';
  const sort = filters.one('sort', ORDER_KEYS) ?? 'newest';
  const filter = {
    ...(search && !tooLong ? { search } : {}),
    ...(categories.length ? { categories } : {}),
    ...(cause ? { eligibleForCause: cause } : {}),
    ...(hasRemaining ? { hasRemaining: true } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicOffersDocument, {
    skip: tooLong,
    variables: { first: PAGE_SIZE, filter, orderBy: ORDERS[sort] },
  });
  const clear = filters.active ? { label: t('offers.clearFilters'), onClick: filters.clear } : undefined;

  return (
    <PublicPage>
      <header>
        <h1 className="page-title">{t('offers.title')}</h1>
        <p className="lead">{t('offers.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('offers.filters')}>
        <Row gutter={[16, 16]} align="bottom">
          <Col xs={24} lg={8}>
            <Form.Item label={t('offers.search')} htmlFor="offers-search">
              <SearchBox
                id="offers-search"
                value={search}
                placeholder={t('offers.searchPlaceholder')}
                onSearch={(q) => filters.update({ q })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <EnumFilter
              id="offers-category"
              label={t('offers.category')}
              enumName="ResourceCategory"
              values={RESOURCE_CATEGORIES}
              value={categories}
              placeholder={t('offers.any')}
              onChange={(category) => filters.update({ category })}
            />
          </Col>
          <Col xs={24} sm={12} lg={5}>
            <Form.Item label={t('offers.eligibleCause')} htmlFor="offers-cause" tooltip={t('offers.eligibleCauseHint')}>
              <Select
                id="offers-cause"
                allowClear
                placeholder={t('offers.any')}
                value={cause}
                onChange={(value?: string) => filters.update({ cause: value })}
                options={CAUSE_AREAS.map((value) => ({ value, label: t(`enum.CauseArea.${value}`) }))}
                optionFilterProp="label"
                showSearch
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Form.Item label={t('offers.sort')} htmlFor="offers-sort">
              <Select
                id="offers-sort"
                value={sort}
                onChange={(value: OrderKey) => filters.update({ sort: value === 'newest' ? undefined : value })}
                options={ORDER_KEYS.map((value) => ({ value, label: t(`offers.order.${value}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={24}>
            <Checkbox checked={hasRemaining} onChange={(event) => filters.update({ remaining: event.target.checked })}>
              {t('offers.hasRemaining')}
            </Checkbox>
          </Col>
        </Row>
      </Form>

      {tooLong ? (
        <SearchTooLong text={search} onSearch={(q) => filters.update({ q })} />
      ) : (
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ resourceOffers }) => (
            <Flex vertical gap={16}>
              <ResultCount clear={clear}>
                {t('offers.count', { total: formatNumber(resourceOffers.totalCount) })}
              </ResultCount>
              {resourceOffers.edges.length ? (
                <ul className="card-grid" aria-label={t('offers.listLabel')}>
                  {resourceOffers.edges.map(({ node }) => (
                    <li key={node.id}>
                      <OfferSummaryCard offer={node} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{filters.active ? t('offers.noMatch') : t('offers.none')}</EmptyState>
              )}
              <LoadMore pageInfo={resourceOffers.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </Flex>
          )}
        </QueryState>
      )}
    </PublicPage>
  );
}

function OfferSummaryCard({ offer }: { offer: OfferCard }) {
  const { t } = useTranslation();
  const left = t('offers.remaining', { remaining: formatNumber(offer.remaining), unit: offer.unit });
  const { eligibility } = offer;
  return (
    <Card size="small">
      <h2 className="card-heading">
        <Link to={`/offers/${offer.id}`}>{offer.title}</Link>
      </h2>
      <Flex gap={4} wrap align="center">
        <Tag color="blue">{t(`enum.ResourceCategory.${offer.category}`)}</Tag>
        <OrganizationName organization={offer.organization} />
        {offer.status === 'OPEN' ? null : <Tag>{t(`enum.ResourceOfferStatus.${offer.status}`)}</Tag>}
        {offer.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
      </Flex>
      <Progress
        percent={offer.total ? Math.round((100 * offer.remaining) / offer.total) : 0}
        format={() => left}
        status="normal"
        aria-label={left}
      />
      <Flex vertical gap={2} className="muted">
        <span>
          {offer.closesAt ? t('offers.closesOn', { date: formatDate(offer.closesAt) }) : t('offers.noClosingDate')}
        </span>
        {offer.maxPerProject ? (
          <span>{t('offers.maxPerProjectShort', { max: formatNumber(offer.maxPerProject), unit: offer.unit })}</span>
        ) : null}
        <span>
          {eligibility.causeAreas.length
            ? t('offers.forCauses', {
                causes: eligibility.causeAreas
                  .map((cause) => t(`enum.CauseArea.${cause}`))
                  .join(t('offers.listSeparator')),
              })
            : t('offers.anyCause')}
        </span>
      </Flex>
    </Card>
  );
}
