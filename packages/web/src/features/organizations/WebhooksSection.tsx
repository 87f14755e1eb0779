import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Checkbox, Flex, Form, List, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEvent } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/PageState';
import { OneTimeSecret } from './OneTimeSecret';
import { formProblem, problemText } from '../../shared/problems';
import {
  CsrCreateWebhookDocument,
  CsrDeleteWebhookDocument,
  CsrRotateWebhookSecretDocument,
  CsrTestWebhookDocument,
  CsrWebhooksDocument,
  type CsrWebhookFragment,
} from './webhooks.generated';
import '../../shared/organizationConsole.css';
import { UrlInput } from '../../shared/UrlInput';

const EVENTS: WebhookEvent[] = [
  'RESOURCE_REQUEST_CREATED',
  'RESOURCE_REQUEST_APPROVED',
  'RESOURCE_REQUEST_DECLINED',
  'RESOURCE_REQUEST_WITHDRAWN',
  'RESOURCE_REQUEST_FULFILLED',
  'RESOURCE_REQUEST_REVOKED',
  'SPONSOR_LINK_PROPOSED',
  'SPONSOR_LINK_CONFIRMED',
  'SPONSOR_LINK_DECLINED',
  'SPONSOR_LINK_ENDED',
  'PROJECT_PUBLISHED',
];

interface WebhookValues {
  url: string;
  events: WebhookEvent[];
}

/**
 * The organisation's webhooks, for its owners: where Goodlink posts signed events, what each wants, how the last
 * deliveries went. A signing secret is shown once, at creation or rotation.
 */
export function WebhooksSection({ organizationId, slug }: { organizationId: string; slug: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WebhookValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [actionProblem, setActionProblem] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(CsrWebhooksDocument, { variables: { slug } });
  const refetchQueries = [{ query: CsrWebhooksDocument, variables: { slug } }];
  const [create, creating] = useMutation(CsrCreateWebhookDocument, { refetchQueries });
  const [rotate] = useMutation(CsrRotateWebhookSecretDocument);
  const [test] = useMutation(CsrTestWebhookDocument, { refetchQueries });
  const [remove] = useMutation(CsrDeleteWebhookDocument, { refetchQueries });

  const submit = async (values: WebhookValues) => {
    setProblem(null);
    try {
      const { data: created } = await create({
        variables: { input: { organizationId, url: values.url.trim(), events: values.events } },
      });
      if (!created) return;
      setSecret({ url: created.createWebhook.webhook.url, value: created.createWebhook.secret });
      form.resetFields();
    } catch (failure) {
      setProblem(formProblem(t, form, failure, ['url', 'events']));
    }
  };

  /** Runs one action on a webhook, saying how it went. */
  const act = async (run: () => Promise<unknown>, done: string) => {
    setActionProblem(null);
    try {
      await run();
      void message.success(done);
    } catch (failure) {
      setActionProblem(problemText(t, failure));
    }
  };

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const webhooks = data?.organization?.webhooks ?? [];

  return (
    <section aria-labelledby="csr-webhooks">
      <h2 id="csr-webhooks">{t('csr.webhooks.heading')}</h2>
      <p className="csr-muted">{t('csr.webhooks.hint')}</p>
      {secret ? (
        <OneTimeSecret
          title={t('csr.webhooks.secretTitle', { url: secret.url })}
          hint={t('csr.webhooks.secretOnce')}
          value={secret.value}
          onClose={() => setSecret(null)}
        />
      ) : null}
      {actionProblem ? (
        <Alert type="error" showIcon role="alert" title={actionProblem} style={{ marginBottom: 16 }} />
      ) : null}
      {loading && !data ? (
        <Loading />
      ) : !webhooks.length ? (
        <p>{t('csr.webhooks.empty')}</p>
      ) : (
        <List
          bordered
          dataSource={webhooks}
          renderItem={(webhook: CsrWebhookFragment) => (
            <List.Item>
              <Flex vertical gap={8} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text code className="break-anywhere">
                    {webhook.url}
                  </Typography.Text>
                  <Tag color={webhook.enabled ? 'green' : 'red'}>
                    {t(webhook.enabled ? 'csr.webhooks.enabled' : 'csr.webhooks.disabled')}
                  </Tag>
                </Flex>
                {webhook.disabledReason ? <span>{webhook.disabledReason}</span> : null}
                <Flex gap={4} wrap>
                  {webhook.events.map((event) => (
                    <Tag key={event}>{t(`enum.WebhookEvent.${event}`)}</Tag>
                  ))}
                </Flex>
                <div>
                  <h3 className="csr-card-heading">{t('csr.webhooks.recent')}</h3>
                  {webhook.deliveries.length ? (
                    <ul className="plain-list">
                      {webhook.deliveries.map((delivery) => (
                        <li key={delivery.id}>
                          {t('csr.webhooks.delivery', {
                            event:
                              delivery.event === 'WEBHOOK_TEST'
                                ? t('csr.webhooks.testEvent')
                                : t(`enum.WebhookEvent.${delivery.event}`),
                            status: t(`enum.WebhookDeliveryStatus.${delivery.status}`),
                            attempts: delivery.attempts,
                            code: delivery.lastStatusCode ?? '—',
                            date: formatDateTime(delivery.createdAt),
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <span>{t('csr.webhooks.noDeliveries')}</span>
                  )}
                </div>
                <Flex gap={8} wrap>
                  <Button
                    onClick={() =>
                      void act(
                        () => test({ variables: { input: { webhookId: webhook.id } } }),
                        t('csr.webhooks.tested', { url: webhook.url }),
                      )
                    }
                  >
                    {t('csr.webhooks.test')}
                  </Button>
                  <Popconfirm
                    title={t('csr.webhooks.rotateConfirm')}
                    okText={t('csr.webhooks.rotate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      act(async () => {
                        const { data: rotated } = await rotate({ variables: { input: { webhookId: webhook.id } } });
                        if (rotated) setSecret({ url: webhook.url, value: rotated.rotateWebhookSecret.secret });
                      }, t('csr.webhooks.rotated'))
                    }
                  >
                    <Button>{t('csr.webhooks.rotate')}</Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('csr.webhooks.deleteConfirm', { url: webhook.url })}
                    okText={t('csr.webhooks.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      act(
                        () => remove({ variables: { input: { webhookId: webhook.id } } }),
                        t('csr.webhooks.deleted', { url: webhook.url }),
                      )
                    }
                  >
                    <Button danger aria-label={t('csr.webhooks.deleteNamed', { url: webhook.url })}>
                      {t('csr.webhooks.delete')}
                    </Button>
                  </Popconfirm>
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Card
        size="small"
        className="csr-add-member"
        title={<h3 className="csr-card-heading">{t('csr.webhooks.createHeading')}</h3>}
      >
        <Form noValidate form={form} name="create-webhook" layout="vertical" onFinish={submit}>
          {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
          <Form.Item
            name="url"
            label={t('csr.webhooks.url')}
            extra={t('csr.webhooks.urlHint')}
            rules={[
              { required: true, message: t('csr.webhooks.urlRequired') },
              { type: 'url', message: t('csr.settings.urlInvalid') },
            ]}
          >
            <UrlInput autoComplete="off" placeholder="https://partner.example.org/goodlink" />
          </Form.Item>
          <Form.Item
            name="events"
            label={t('csr.webhooks.events')}
            // A validator rather than `required`: antd would put aria-required on the group, which a group may not have.
            rules={[
              {
                validator: (_, value?: WebhookEvent[]) =>
                  value?.length ? Promise.resolve() : Promise.reject(new Error(t('csr.webhooks.eventsRequired'))),
              },
            ]}
          >
            <Checkbox.Group
              aria-label={t('csr.webhooks.events')}
              className="choice-grid"
              options={EVENTS.map((event) => ({ value: event, label: t(`enum.WebhookEvent.${event}`) }))}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={creating.loading}>
            {t('csr.webhooks.create')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
