import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Flex, Modal, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  MaintainerResourceRequestsDocument,
  MaintainerWithdrawResourceRequestDocument,
  type MaintainerResourceRequestsQuery,
} from './outgoingRequests.generated';
import type { ResourceRequestStatus } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import { formatDate, formatNumber } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState, ErrorState, QueryState } from '../../shared/PageState';
import { StatusTag, type Tone } from '../../shared/StatusTag';
import '../../shared/console.css';
import { LoadMore } from '../../shared/LoadMore';

type Requests = NonNullable<NonNullable<MaintainerResourceRequestsQuery['viewer']>['outgoingResourceRequests']>;
type Request = Requests['edges'][number]['node'];

const STATUS_TONE: Record<ResourceRequestStatus, Tone> = {
  PENDING: 'warning',
  APPROVED: 'success',
  FULFILLED: 'info',
  DECLINED: 'danger',
  WITHDRAWN: 'neutral',
  REVOKED: 'danger',
};

/** Requests the project side may still take back. */
const WITHDRAWABLE: ResourceRequestStatus[] = ['PENDING', 'APPROVED'];

/** The resource requests of the viewer's projects, newest first, each with its state and a way to withdraw it. */
export function OutgoingRequests() {
  const { t } = useTranslation();
  const { data, loading, error, refetch, fetchMore } = useQuery(MaintainerResourceRequestsDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const requests = data?.viewer?.outgoingResourceRequests;

  // User.outgoingResourceRequests has no merge policy of its own: the next page is appended here.
  const loadMore = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => {
        const before = previous.viewer?.outgoingResourceRequests;
        const next = fetchMoreResult.viewer?.outgoingResourceRequests;
        if (!previous.viewer || !before || !next) return previous as MaintainerResourceRequestsQuery;
        return {
          viewer: {
            ...previous.viewer,
            outgoingResourceRequests: { ...next, edges: [...before.edges, ...next.edges] },
          },
        } as MaintainerResourceRequestsQuery;
      },
    });

  return (
    <QueryState loading={loading} error={error} data={requests ?? undefined} onRetry={() => void refetch()}>
      {(list) =>
        list.edges.length ? (
          <>
            <ul className="console-list">
              {list.edges.map(({ node }) => (
                <li key={node.id}>
                  <RequestCard request={node} />
                </li>
              ))}
            </ul>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
            <LoadMore pageInfo={list.pageInfo} fetchMore={loadMore} />
          </>
        ) : (
          <EmptyState>
            <p>{t('maintainer.requests.empty')}</p>
            <Link to="/offers">{t('maintainer.requests.emptyAction')}</Link>
          </EmptyState>
        )
      }
    </QueryState>
  );
}

function RequestCard({ request }: { request: Request }) {
  const { t } = useTranslation();
  const [modal, modalHolder] = Modal.useModal();
  const [problem, setProblem] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(MaintainerWithdrawResourceRequestDocument);
  const title = request.offer?.title ?? t(`enum.ResourceCategory.${request.category}`);
  const amount = (quantity: number) => `${formatNumber(quantity)} ${request.unit}`;

  const confirmWithdraw = () => {
    setProblem(null);
    void modal.confirm({
      title: t('maintainer.requests.withdrawTitle', { title }),
      content:
        request.status === 'APPROVED'
          ? t('maintainer.requests.withdrawApprovedBody')
          : t('maintainer.requests.withdrawBody'),
      okText: t('maintainer.requests.withdrawOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await withdraw({
            variables: { input: { requestId: request.id } },
            update: (cache) => {
              // A grant given back returns its capacity: the offer's "remaining" is read again when next shown.
              if (request.status === 'APPROVED' && request.offer) {
                cache.evict({
                  id: cache.identify({ __typename: 'ResourceOffer', id: request.offer.id }),
                  fieldName: 'remaining',
                });
              }
            },
          });
        } catch (error) {
          setProblem(problemOf(error).message);
        }
      },
    });
  };

  const items = [
    {
      key: 'project',
      label: t('maintainer.requests.project'),
      children: request.project ? <Link to={`/projects/${request.project.slug}`}>{request.project.name}</Link> : '—',
    },
    {
      key: 'organization',
      label: t('maintainer.requests.organization'),
      children: <OrganizationName organization={request.organization} />,
    },
    { key: 'quantity', label: t('maintainer.requests.quantity'), children: amount(request.quantity) },
    ...(request.approvedQuantity != null
      ? [{ key: 'approved', label: t('maintainer.requests.approved'), children: amount(request.approvedQuantity) }]
      : []),
    { key: 'created', label: t('maintainer.requests.created'), children: formatDate(request.createdAt) },
    ...(request.decidedAt
      ? [{ key: 'decided', label: t('maintainer.requests.decided'), children: formatDate(request.decidedAt) }]
      : []),
  ];

  return (
    <Card size="small">
      {modalHolder}
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" wrap gap={8}>
          <h2 className="console-card-title">
            {request.offer ? <Link to={`/offers/${request.offer.id}`}>{title}</Link> : title}
          </h2>
          <Flex gap={4} wrap>
            <StatusTag tone={STATUS_TONE[request.status]}>
              {t(`enum.ResourceRequestStatus.${request.status}`)}
            </StatusTag>
            <Tag>{t(`enum.ResourceCategory.${request.category}`)}</Tag>
          </Flex>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} items={items} />
        {request.justification ? (
          <div>
            <h3 className="console-label">{t('maintainer.requests.justification')}</h3>
            <p className="console-quote">{request.justification}</p>
          </div>
        ) : null}
        {request.decisionNote ? (
          <div>
            <h3 className="console-label">{t('maintainer.requests.decisionNote')}</h3>
            <p className="console-quote">{request.decisionNote}</p>
          </div>
        ) : null}
        {problem ? <Alert type="error" showIcon role="alert" title={problem} /> : null}
        {WITHDRAWABLE.includes(request.status) ? (
          <div>
            <Button
              danger
              loading={loading}
              onClick={confirmWithdraw}
              aria-label={t('maintainer.requests.withdrawNamed', { title })}
            >
              {t('maintainer.requests.withdraw')}
            </Button>
          </div>
        ) : null}
      </Flex>
    </Card>
  );
}
