import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Tag, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CsrApproveRequestDocument,
  CsrDeclineRequestDocument,
  CsrFulfillRequestDocument,
  CsrRequestsDocument,
  CsrRevokeRequestDocument,
  type CsrRequestFragment,
} from './review.generated';
import type { ResourceRequestStatus } from '../../gql/graphql';
import { formatDate, formatNumber } from '../../shared/format';
import { PagedList } from '../../shared/PagedList';
import { problemOf } from '../../shared/errors';
import { formProblem } from '../../shared/problems';
import { ConsoleCard } from '../../shared/ConsoleCard';
import { wholeNumber, lengthCount } from '../../shared/formRules';
import '../../shared/organizationConsole.css';

type Decision = 'approve' | 'decline' | 'fulfill' | 'revoke';

/** The review queue: pending requests to decide on, then the grants still to deliver (or take back). */
export function ReviewTab({ organization }: { organization: { id: string } }) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState<{ request: CsrRequestFragment; decision: Decision } | null>(null);
  return (
    <Flex vertical gap={32}>
      <RequestSection
        id="csr-pending"
        heading={t('csr.review.pendingHeading')}
        hint={t('csr.review.pendingHint')}
        empty={t('csr.review.pendingEmpty')}
        organizationId={organization.id}
        statuses={['PENDING']}
        actions={(request) => (
          <>
            <Button type="primary" onClick={() => setDeciding({ request, decision: 'approve' })}>
              {t('csr.review.approve')}
            </Button>
            <Button danger onClick={() => setDeciding({ request, decision: 'decline' })}>
              {t('csr.review.decline')}
            </Button>
          </>
        )}
      />
      <RequestSection
        id="csr-granted"
        heading={t('csr.review.grantedHeading')}
        hint={t('csr.review.grantedHint')}
        empty={t('csr.review.grantedEmpty')}
        organizationId={organization.id}
        statuses={['APPROVED']}
        actions={(request) => (
          <>
            <Button type="primary" onClick={() => setDeciding({ request, decision: 'fulfill' })}>
              {t('csr.review.fulfill')}
            </Button>
            <Button danger onClick={() => setDeciding({ request, decision: 'revoke' })}>
              {t('csr.review.revoke')}
            </Button>
          </>
        )}
      />
      {deciding ? (
        <DecisionModal request={deciding.request} decision={deciding.decision} onClose={() => setDeciding(null)} />
      ) : null}
    </Flex>
  );
}

function RequestSection({
  id,
  heading,
  hint,
  empty,
  organizationId,
  statuses,
  actions,
}: {
  id: string;
  heading: string;
  hint: string;
  empty: string;
  organizationId: string;
  statuses: ResourceRequestStatus[];
  actions(request: CsrRequestFragment): ReactNode;
}) {
  const { t } = useTranslation();
  const requestsQuery = useQuery(CsrRequestsDocument, {
    variables: { organizationId, statuses },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const requests = requestsQuery.data?.resourceRequests;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading}
        {requests ? <span className="csr-count">{t('common.total', { count: requests.totalCount })}</span> : null}
      </h2>
      <p className="csr-muted">{hint}</p>
      <PagedList query={requestsQuery} connection={requests} empty={empty}>
        {(node) => <RequestCard request={node} actions={actions(node)} />}
      </PagedList>
    </section>
  );
}

function RequestCard({ request, actions }: { request: CsrRequestFragment; actions: ReactNode }) {
  const { t } = useTranslation();
  const { project, offer } = request;
  const amount = (quantity: number) => `${formatNumber(quantity)} ${request.unit}`;
  return (
    <ConsoleCard
      heading={project ? <Link to={`/projects/${project.slug}`}>{project.name}</Link> : t('csr.review.hiddenProject')}
      tags={<Tag color="blue">{t(`enum.ResourceCategory.${request.category}`)}</Tag>}
    >
      {project ? (
        <>
          <p className="csr-card-line">{project.summary}</p>
          <Flex gap={4} wrap>
            <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
            {project.causeAreas.map((cause) => (
              <Tag key={cause}>{t(`enum.CauseArea.${cause}`)}</Tag>
            ))}
            <Tag>
              {project.license ? t('csr.review.license', { license: project.license }) : t('csr.review.noLicense')}
            </Tag>
          </Flex>
        </>
      ) : null}
      <dl className="csr-facts">
        <div>
          <dt>{t('csr.review.offer')}</dt>
          <dd>{offer ? offer.title : '—'}</dd>
        </div>
        <div>
          <dt>{t('csr.review.asked')}</dt>
          <dd>{amount(request.quantity)}</dd>
        </div>
        {request.approvedQuantity != null && request.status !== 'PENDING' ? (
          <div>
            <dt>{t('csr.review.approvedQuantity')}</dt>
            <dd>{amount(request.approvedQuantity)}</dd>
          </div>
        ) : null}
        {offer ? (
          <div>
            <dt>{t('csr.review.offerRemaining')}</dt>
            <dd>{amount(offer.remaining)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('csr.review.requestedAt')}</dt>
          <dd>{formatDate(request.createdAt)}</dd>
        </div>
        {request.requestedBy ? (
          <div>
            <dt>{t('csr.review.requestedBy')}</dt>
            <dd>{request.requestedBy.displayName}</dd>
          </div>
        ) : null}
        {request.decidedAt && request.status !== 'PENDING' ? (
          <div>
            <dt>{t('csr.review.decidedAt')}</dt>
            <dd>{formatDate(request.decidedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {request.justification ? (
        <div>
          <strong>{t('csr.review.justification')}</strong>
          <p className="csr-prewrap">{request.justification}</p>
        </div>
      ) : null}
      {request.decisionNote ? (
        <div>
          <strong>{t('csr.review.decisionNote')}</strong>
          <p className="csr-prewrap">{request.decisionNote}</p>
        </div>
      ) : null}
      <Flex gap={8} wrap>
        {actions}
      </Flex>
    </ConsoleCard>
  );
}

interface DecisionValues {
  quantity?: number;
  note?: string;
}

const DOCUMENTS = {
  approve: CsrApproveRequestDocument,
  decline: CsrDeclineRequestDocument,
  fulfill: CsrFulfillRequestDocument,
  revoke: CsrRevokeRequestDocument,
} as const;

/** Approve (all or part), decline, mark delivered or revoke, each with a note for the two sides. */
function DecisionModal({
  request,
  decision,
  onClose,
}: {
  request: CsrRequestFragment;
  decision: Decision;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<DecisionValues>();
  const [problem, setProblem] = useState<string | null>(null);
  // Both lists (pending, granted) change after a decision; refetch whatever of them is shown.
  const [mutate, { loading }] = useMutation(DOCUMENTS[decision] as typeof CsrApproveRequestDocument, {
    refetchQueries: [CsrRequestsDocument],
    awaitRefetchQueries: true,
  });
  const projectName = request.project?.name ?? t('csr.review.hiddenProject');
  // What is left on the offer, when the reviewer may see it: no approval may go past it.
  const remaining = request.offer?.remaining ?? null;

  const submit = async (values: DecisionValues) => {
    setProblem(null);
    const note = values.note?.trim() || null;
    const input =
      decision === 'approve'
        ? { requestId: request.id, quantity: values.quantity ?? null, note }
        : { requestId: request.id, note };
    try {
      await mutate({ variables: { input } });
      void message.success(t(`csr.review.done.${decision}`, { project: projectName }));
      onClose();
    } catch (error) {
      setProblem(formProblem(t, form, error, ['quantity', 'note'], { values: { unit: request.unit } }));
      if (['NOT_PENDING', 'NOT_APPROVED'].includes(problemOf(error).reason ?? '')) {
        void client.refetchQueries({ include: [CsrRequestsDocument] });
      }
    }
  };

  return (
    <Modal
      open
      title={t(`csr.review.dialog.${decision}.title`, { project: projectName })}
      okText={t(`csr.review.dialog.${decision}.ok`)}
      okButtonProps={{ danger: decision === 'decline' || decision === 'revoke' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
    >
      <Form<DecisionValues>
        noValidate
        form={form}
        name={`decision-${decision}`}
        layout="vertical"
        initialValues={{
          quantity: remaining != null && remaining >= 1 ? Math.min(request.quantity, remaining) : request.quantity,
        }}
        onFinish={(values) => void submit(values)}
      >
        <p>
          {t('csr.review.dialog.summary', {
            quantity: formatNumber(request.approvedQuantity ?? request.quantity),
            unit: request.unit,
            offer: request.offer?.title ?? '—',
          })}
        </p>
        {decision === 'revoke' ? (
          <Alert type="warning" showIcon title={t('csr.review.dialog.revoke.warning')} style={{ marginBottom: 16 }} />
        ) : null}
        {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
        {decision === 'approve' ? (
          <>
            <Form.Item
              name="quantity"
              label={t('csr.review.dialog.quantity')}
              extra={t('csr.review.dialog.quantityHint', {
                asked: formatNumber(request.quantity),
                remaining: formatNumber(request.offer?.remaining ?? 0),
                unit: request.unit,
              })}
              rules={[
                { required: true, message: t('csr.review.dialog.quantityRequired') },
                wholeNumber(
                  t,
                  1,
                  request.quantity,
                  t('csr.review.dialog.quantityRange', { max: formatNumber(request.quantity) }),
                ),
                ...(remaining == null
                  ? []
                  : [
                      wholeNumber(
                        t,
                        1,
                        Math.max(remaining, 0),
                        t('csr.review.dialog.quantityOverRemaining', {
                          remaining: formatNumber(remaining),
                          unit: request.unit,
                        }),
                      ),
                    ]),
              ]}
            >
              <InputNumber style={{ width: '100%' }} suffix={request.unit} />
            </Form.Item>
            <GrantPreview form={form} request={request} />
          </>
        ) : null}
        <Form.Item
          name="note"
          label={t('csr.review.dialog.note')}
          extra={t(`csr.review.dialog.${decision}.noteHint`)}
          rules={[{ max: 2000, message: t('csr.offerForm.tooLong', { max: 2000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={lengthCount(2000)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * What pressing the button will grant, said before it is granted: the number as typed, against what was asked and
 * what is left on the offer. Nothing shows while the number is one the rules refuse (their error says why).
 */
function GrantPreview({ form, request }: { form: FormInstance<DecisionValues>; request: CsrRequestFragment }) {
  const { t } = useTranslation();
  const quantity = Form.useWatch('quantity', form);
  const remaining = request.offer?.remaining ?? null;
  const most = remaining == null ? request.quantity : Math.min(request.quantity, remaining);
  if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > most) return null;
  const values = {
    quantity: formatNumber(quantity),
    asked: formatNumber(request.quantity),
    unit: request.unit,
    left: formatNumber((remaining ?? 0) - quantity),
  };
  return (
    <Alert
      type="info"
      showIcon
      data-testid="grant-preview"
      title={t(quantity === request.quantity ? 'csr.review.dialog.grantAll' : 'csr.review.dialog.grantPart', values)}
      description={remaining == null ? undefined : t('csr.review.dialog.grantLeaves', values)}
      style={{ marginBottom: 16 }}
    />
  );
}
