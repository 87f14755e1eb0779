import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { OfferRequestViewerDocument, PublicOfferDocument, RequestResourceFromOfferDocument } from './offers.generated';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { formatDateTime, formatNumber } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/PageState';
import type { Offer } from './OfferPage';
import { lengthCount } from '../../shared/formRules';

interface RequestValues {
  projectId: string;
  quantity: number;
  justification: string;
}

/** "Request this resource": who may ask sees the form; everyone else sees what to do first. */
export function RequestResourceSection({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const { viewer, loading } = useAuth();
  return (
    <section aria-labelledby="offer-request">
      <h2 id="offer-request" className="section-heading">
        {t('offers.requestTitle')}
      </h2>
      {loading ? (
        <Loading />
      ) : viewer ? (
        <ViewerRequest offer={offer} />
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('offers.signInToAsk')}
          description={<Link to="/sign-in">{t('offers.signInLink')}</Link>}
        />
      )}
    </section>
  );
}

function ViewerRequest({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OfferRequestViewerDocument, {
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const projects = data?.viewer?.projects ?? [];
  if (!projects.length) {
    return (
      <Alert
        type="info"
        showIcon
        title={t('offers.noProjects')}
        description={<Link to="/console/projects/new">{t('offers.createProject')}</Link>}
      />
    );
  }
  if (offer.remaining <= 0) return <Alert type="info" showIcon title={t('offers.usedUp')} />;
  return <RequestForm offer={offer} projects={projects} viewerId={data?.viewer?.id ?? null} />;
}

function RequestForm({
  offer,
  projects,
  viewerId,
}: {
  offer: Offer;
  projects: Array<{ id: string; slug: string; name: string; visibility: string }>;
  viewerId: string | null;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const client = useApolloClient();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [sent, setSent] = useState<{ project: string; quantity: number } | null>(null);
  const [requestResource, { loading }] = useMutation(RequestResourceFromOfferDocument);
  const selected = Form.useWatch('projectId', form);
  const selectedIsDraft = projects.find((project) => project.id === selected)?.visibility === 'DRAFT';
  const most = offer.maxPerProject == null ? offer.remaining : Math.min(offer.remaining, offer.maxPerProject);
  const notice = availabilityNotice(offer, t);

  const submit = async (values: RequestValues) => {
    setRefusal(null);
    setSent(null);
    try {
      const result = await requestResource({
        variables: {
          input: {
            offerId: offer.id,
            projectId: values.projectId,
            quantity: values.quantity,
            justification: values.justification.trim(),
          },
        },
        // A new request changes the lists of requests (the console's, the offer's for its organisation), not
        // what remains: only approvals hold capacity. Those lists load afresh when next shown.
        update(cache) {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'resourceRequests' });
          if (viewerId) {
            cache.evict({
              id: cache.identify({ __typename: 'User', id: viewerId }),
              fieldName: 'outgoingResourceRequests',
            });
          }
          cache.evict({ id: cache.identify({ __typename: 'ResourceOffer', id: offer.id }), fieldName: 'requests' });
          cache.evict({
            id: cache.identify({ __typename: 'Project', id: values.projectId }),
            fieldName: 'resourceRequests',
          });
          cache.gc();
        },
      });
      const request = result.data?.requestResource.request;
      setSent({ project: request?.project?.name ?? '', quantity: request?.quantity ?? values.quantity });
      form.resetFields();
    } catch (caught) {
      const problem = problemOf(caught);
      const explained = explainRefusal(caught, offer, t);
      // Someone else's request was approved meanwhile: show what remains now.
      if (problem.reason === 'OVER_REMAINING') {
        void client
          .query({ query: PublicOfferDocument, variables: { id: offer.id }, fetchPolicy: 'network-only' })
          .catch(() => undefined);
      }
      if (!explained && problem.code === 'BAD_USER_INPUT' && showFieldErrors(form, caught)) return;
      setRefusal(explained ?? problem.message);
    }
  };

  return (
    <>
      {notice ? <Alert type="warning" showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      {sent ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('offers.sent', {
            project: sent.project,
            quantity: formatNumber(sent.quantity),
            unit: offer.unit,
            organization: offer.organization.name,
          })}
          description={
            <>
              {t('offers.sentHint')} <Link to="/console/requests">{t('offers.sentLink')}</Link>
            </>
          }
        />
      ) : null}
      <Form<RequestValues>
        noValidate
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        onValuesChange={() => setRefusal(null)}
        aria-label={t('offers.requestTitle')}
        style={{ maxWidth: 560 }}
      >
        <Form.Item
          name="projectId"
          label={t('offers.project')}
          rules={[{ required: true, message: t('offers.projectRequired') }]}
          extra={selectedIsDraft ? t('offers.projectIsDraft') : undefined}
        >
          <Select
            placeholder={t('offers.projectPlaceholder')}
            options={projects.map((project) => ({
              value: project.id,
              label: project.visibility === 'DRAFT' ? t('offers.draftProject', { name: project.name }) : project.name,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="quantity"
          validateFirst
          label={t('offers.quantity')}
          extra={t('offers.quantityHint', { max: formatNumber(most), unit: offer.unit })}
          rules={[
            { required: true, message: t('offers.quantityRequired') },
            { type: 'integer', min: 1, message: t('offers.quantityMin') },
            {
              type: 'number',
              max: offer.remaining,
              message: t('offers.quantityOverRemaining', { max: formatNumber(offer.remaining), unit: offer.unit }),
            },
            ...(offer.maxPerProject == null
              ? []
              : [
                  {
                    type: 'number' as const,
                    max: offer.maxPerProject,
                    message: t('offers.quantityOverMaximum', {
                      max: formatNumber(offer.maxPerProject),
                      unit: offer.unit,
                    }),
                  },
                ]),
          ]}
        >
          <InputNumber controls={false} style={{ width: '100%' }} suffix={offer.unit} />
        </Form.Item>
        <Form.Item
          name="justification"
          validateFirst
          label={t('offers.justification')}
          extra={t('offers.justificationHint')}
          rules={[
            { required: true, whitespace: true, message: t('offers.justificationRequired') },
            {
              validator: (_, value?: string) =>
                !value || value.trim().length >= 4
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('offers.justificationShort'))),
            },
            { max: 5000, message: t('offers.justificationLong') },
          ]}
        >
          <Input.TextArea rows={5} count={lengthCount(5000, true)} />
        </Form.Item>
        {refusal ? (
          <Alert type="error" showIcon title={t('offers.refused')} description={refusal} style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('offers.submit')}
        </Button>
      </Form>
    </>
  );
}

/** Warns before asking when the offer is not taking requests now. */
function availabilityNotice(offer: Offer, t: TFunction): string | null {
  const now = Date.now();
  if (offer.status !== 'OPEN') {
    return t('offers.reason.OFFER_NOT_OPEN', { status: t(`enum.ResourceOfferStatus.${offer.status}`) });
  }
  if (offer.opensAt && Date.parse(offer.opensAt) > now) {
    return t('offers.reason.NOT_YET_OPEN', { date: formatDateTime(offer.opensAt) });
  }
  if (offer.closesAt && Date.parse(offer.closesAt) <= now) {
    return t('offers.reason.CLOSED_WINDOW', { date: formatDateTime(offer.closesAt) });
  }
  return null;
}

/** The server's refusal (a CONFLICT with a `reason`), told in the interface's language; null when not one we know. */
function explainRefusal(error: unknown, offer: Offer, t: TFunction): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
  const number = (key: string) => (typeof extensions[key] === 'number' ? (extensions[key] as number) : null);
  const text = (key: string) => (typeof extensions[key] === 'string' ? (extensions[key] as string) : null);
  switch (extensions.reason) {
    case 'OFFER_NOT_OPEN': {
      const status = text('status');
      return t('offers.reason.OFFER_NOT_OPEN', {
        status: status ? t(`enum.ResourceOfferStatus.${status}`) : t(`enum.ResourceOfferStatus.${offer.status}`),
      });
    }
    case 'OUTSIDE_WINDOW': {
      const opensAt = text('opensAt');
      const closesAt = text('closesAt');
      if (opensAt) return t('offers.reason.NOT_YET_OPEN', { date: formatDateTime(opensAt) });
      if (closesAt) return t('offers.reason.CLOSED_WINDOW', { date: formatDateTime(closesAt) });
      return t('offers.reason.OUTSIDE_WINDOW');
    }
    case 'NOT_ELIGIBLE': {
      const criterion = text('criterion');
      if (criterion === 'CAUSE_AREA') {
        return t('offers.reason.NOT_ELIGIBLE_CAUSE_AREA', {
          causes: offer.eligibility.causeAreas
            .map((cause) => t(`enum.CauseArea.${cause}`))
            .join(t('offers.listSeparator')),
        });
      }
      if (criterion === 'STAGE') {
        return t('offers.reason.NOT_ELIGIBLE_STAGE', {
          stages: offer.eligibility.stages
            .map((stage) => t(`enum.ProjectStage.${stage}`))
            .join(t('offers.listSeparator')),
        });
      }
      if (criterion === 'LICENSE') return t('offers.reason.NOT_ELIGIBLE_LICENSE');
      return t('offers.reason.NOT_ELIGIBLE');
    }
    case 'DUPLICATE_PENDING':
      return t('offers.reason.DUPLICATE_PENDING');
    case 'OVER_PROJECT_MAXIMUM': {
      const max = number('maxPerProject') ?? offer.maxPerProject ?? 0;
      const granted = number('alreadyGranted') ?? 0;
      return t('offers.reason.OVER_PROJECT_MAXIMUM', {
        max: formatNumber(max),
        granted: formatNumber(granted),
        left: formatNumber(Math.max(max - granted, 0)),
        unit: offer.unit,
      });
    }
    case 'OVER_REMAINING': {
      const remaining = number('remaining') ?? offer.remaining;
      return t('offers.reason.OVER_REMAINING', { remaining: formatNumber(remaining), unit: offer.unit });
    }
    case 'PROJECT_NOT_PUBLISHED':
      return t('offers.reason.PROJECT_NOT_PUBLISHED');
    default:
      return null;
  }
}
