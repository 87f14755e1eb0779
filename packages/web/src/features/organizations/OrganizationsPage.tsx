import { useQuery } from '@apollo/client/react';
import { Avatar, Card, Col, Flex, Form, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PublicOrganizationsDocument, type PublicOrganizationsQuery } from './organizations.generated';
import { formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, QueryState } from '../../shared/PageState';
import { ORGANIZATION_KINDS } from '../../shared/enums';
import { LoadMore } from '../../shared/LoadMore';
import { ResultCount } from '../../shared/ResultCount';
import { SearchBox, SearchTooLong, searchTooLong } from '../../shared/SearchBox';
import { useUrlFilters } from '../../shared/urlFilters';
import { PublicPage } from '../../shared/PublicPage';
import { EnumFilter } from '../../shared/EnumFilter';

const PAGE_SIZE = 12;
const VERIFIED_CHOICES = ['yes', 'no'] as const;

type OrganizationCard = PublicOrganizationsQuery['organizations']['edges'][number]['node'];

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const filters = useUrlFilters();
  const search = filters.text('q');
  const tooLong = searchTooLong(search);
  const kinds = filters.list('kind', ORGANIZATION_KINDS);
  const verified = filters.one('verified', VERIFIED_CHOICES);
  const filter = {
    ...(search && !tooLong ? { search } : {}),
    ...(kinds.length ? { kinds } : {}),
    ...(verified ? { verified: verified === 'yes' } : {}),
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(PublicOrganizationsDocument, {
    skip: tooLong,
    variables: { first: PAGE_SIZE, filter },
  });
  const clear = filters.active ? { label: t('organizations.clearFilters'), onClick: filters.clear } : undefined;

  return (
    <PublicPage>
      <header>
        <h1 className="page-title">{t('organizations.title')}</h1>
        <p className="lead">{t('organizations.intro')}</p>
      </header>

      <Form noValidate layout="vertical" className="filters" role="search" aria-label={t('organizations.filters')}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Form.Item label={t('organizations.search')} htmlFor="organizations-search">
              <SearchBox
                id="organizations-search"
                value={search}
                placeholder={t('organizations.searchPlaceholder')}
                onSearch={(q) => filters.update({ q })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <EnumFilter
              id="organizations-kind"
              label={t('organizations.kind')}
              enumName="OrganizationKind"
              values={ORGANIZATION_KINDS}
              value={kinds}
              placeholder={t('organizations.any')}
              onChange={(kind) => filters.update({ kind })}
            />
          </Col>
          <Col xs={24} sm={12} lg={7}>
            <Form.Item label={t('organizations.verification')} htmlFor="organizations-verified">
              <Select
                id="organizations-verified"
                value={verified ?? 'all'}
                onChange={(value: string) => filters.update({ verified: value === 'all' ? undefined : value })}
                options={[
                  { value: 'all', label: t('organizations.any') },
                  { value: 'yes', label: t('organizations.verifiedOnly') },
                  { value: 'no', label: t('organizations.unverifiedOnly') },
                ]}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>

      {tooLong ? (
        <SearchTooLong text={search} onSearch={(q) => filters.update({ q })} />
      ) : (
        <QueryState loading={loading} error={error} data={data} onRetry={() => void refetch()}>
          {({ organizations }) => (
            <Flex vertical gap={16}>
              <ResultCount clear={clear}>
                {t('organizations.count', { total: formatNumber(organizations.totalCount) })}
              </ResultCount>
              {organizations.edges.length ? (
                <ul className="card-grid" aria-label={t('organizations.listLabel')}>
                  {organizations.edges.map(({ node }) => (
                    <li key={node.id}>
                      <OrganizationSummaryCard organization={node} />
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{filters.active ? t('organizations.noMatch') : t('organizations.none')}</EmptyState>
              )}
              <LoadMore pageInfo={organizations.pageInfo} fetchMore={(after) => fetchMore({ variables: { after } })} />
            </Flex>
          )}
        </QueryState>
      )}
    </PublicPage>
  );
}

function OrganizationSummaryCard({ organization }: { organization: OrganizationCard }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Flex gap={12} align="start">
        {organization.logoUrl ? (
          <Avatar shape="square" size={40} src={organization.logoUrl} alt="" />
        ) : (
          <Avatar shape="square" size={40} aria-hidden>
            {organization.name.slice(0, 1)}
          </Avatar>
        )}
        <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
          <h2 className="card-heading" style={{ margin: 0 }}>
            <OrganizationName organization={organization} />
          </h2>
          <Flex gap={4} wrap>
            <Tag>{t(`enum.OrganizationKind.${organization.kind}`)}</Tag>
            {organization.isDemo ? <Tag color="orange">{t('common.demo')}</Tag> : null}
          </Flex>
          {organization.description ? (
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {organization.description}
            </Typography.Paragraph>
          ) : null}
        </Flex>
      </Flex>
    </Card>
  );
}
