import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Row,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyScope } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format';
import { ErrorState, Loading } from '../../shared/PageState';
import {
  CsrApiKeysDocument,
  CsrCreateApiKeyDocument,
  CsrRevokeApiKeyDocument,
  type CsrApiKeyFragment,
} from './apiKeys.generated';
import { DateField } from '../../shared/DateField';
import { endOfDay } from '../../shared/dates';
import { OneTimeSecret } from './OneTimeSecret';
import { formProblem, problemText } from '../../shared/problems';
import '../../shared/organizationConsole.css';
import { lengthCount } from '../../shared/formRules';

interface KeyValues {
  name: string;
  write: boolean;
  expiresOn?: string | null;
}

/**
 * The organisation's API keys, for its owners: partner systems read (and, with WRITE, act) as the organisation.
 * A new key's secret is shown once, here, to copy; Goodlink keeps only its hash.
 */
export function ApiKeysSection({ organizationId, slug }: { organizationId: string; slug: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<KeyValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [revokeProblem, setRevokeProblem] = useState<string | null>(null);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(CsrApiKeysDocument, { variables: { slug } });
  const [create, creating] = useMutation(CsrCreateApiKeyDocument, {
    // The new key goes on top of the list without a reload.
    update(cache, { data: created }) {
      if (!created) return;
      cache.updateQuery({ query: CsrApiKeysDocument, variables: { slug } }, (current) =>
        current?.organization
          ? {
              organization: {
                ...current.organization,
                apiKeys: [created.createApiKey.apiKey, ...(current.organization.apiKeys ?? [])],
              },
            }
          : current,
      );
    },
  });
  const [revoke, revoking] = useMutation(CsrRevokeApiKeyDocument);

  const submit = async (values: KeyValues) => {
    setProblem(null);
    const scopes: ApiKeyScope[] = values.write ? ['READ', 'WRITE'] : ['READ'];
    try {
      const { data: created } = await create({
        variables: {
          input: {
            organizationId,
            name: values.name.trim(),
            scopes,
            expiresAt: values.expiresOn ? endOfDay(values.expiresOn) : null,
          },
        },
      });
      if (!created) return;
      setSecret({ name: created.createApiKey.apiKey.name, value: created.createApiKey.secret });
      form.resetFields();
    } catch (failure) {
      setProblem(formProblem(t, form, failure, ['name']));
    }
  };

  const revokeKey = async (key: CsrApiKeyFragment) => {
    setRevokeProblem(null);
    try {
      await revoke({ variables: { input: { apiKeyId: key.id } } });
      void message.success(t('csr.apiKeys.revoked', { name: key.name }));
    } catch (failure) {
      setRevokeProblem(problemText(t, failure));
    }
  };

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const keys = data?.organization?.apiKeys ?? [];

  return (
    <section aria-labelledby="csr-api-keys">
      <h2 id="csr-api-keys">{t('csr.apiKeys.heading')}</h2>
      <p className="csr-muted">{t('csr.apiKeys.hint')}</p>
      {secret ? (
        <OneTimeSecret
          title={t('csr.apiKeys.createdTitle', { name: secret.name })}
          hint={t('csr.apiKeys.createdOnce')}
          value={secret.value}
          onClose={() => setSecret(null)}
        />
      ) : null}
      {revokeProblem ? (
        <Alert type="error" showIcon role="alert" title={revokeProblem} style={{ marginBottom: 16 }} />
      ) : null}
      {loading && !data ? (
        <Loading />
      ) : !keys.length ? (
        <p>{t('csr.apiKeys.empty')}</p>
      ) : (
        <List
          bordered
          dataSource={keys}
          renderItem={(key) => (
            <List.Item
              actions={
                key.revokedAt
                  ? undefined
                  : [
                      <Popconfirm
                        key="revoke"
                        title={t('csr.apiKeys.revokeConfirm', { name: key.name })}
                        description={t('csr.apiKeys.revokeHint')}
                        okText={t('csr.apiKeys.revoke')}
                        okButtonProps={{ danger: true }}
                        cancelText={t('common.cancel')}
                        onConfirm={() => revokeKey(key)}
                      >
                        <Button
                          danger
                          size="small"
                          loading={revoking.loading}
                          aria-label={t('csr.apiKeys.revokeNamed', { name: key.name })}
                        >
                          {t('csr.apiKeys.revoke')}
                        </Button>
                      </Popconfirm>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <span>{key.name}</span>
                    <Typography.Text code>{key.prefix}…</Typography.Text>
                    {key.scopes.map((scope) => (
                      <Tag key={scope}>{t(`csr.apiKeys.scope.${scope}`)}</Tag>
                    ))}
                    {key.revokedAt ? <Tag color="red">{t('csr.apiKeys.revokedTag')}</Tag> : null}
                  </Flex>
                }
                description={
                  <Flex vertical gap={2}>
                    <span>
                      {t('csr.apiKeys.createdBy', {
                        name: key.createdBy?.displayName ?? '—',
                        date: formatDate(key.createdAt),
                      })}
                    </span>
                    <span>
                      {key.lastUsedAt
                        ? t('csr.apiKeys.lastUsed', { date: formatDateTime(key.lastUsedAt) })
                        : t('csr.apiKeys.neverUsed')}
                      {key.expiresAt ? ` · ${t('csr.apiKeys.expires', { date: formatDate(key.expiresAt) })}` : ''}
                    </span>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Card
        size="small"
        className="csr-add-member"
        title={<h3 className="csr-card-heading">{t('csr.apiKeys.createHeading')}</h3>}
      >
        <Form
          noValidate
          form={form}
          name="create-api-key"
          layout="vertical"
          initialValues={{ write: false }}
          onFinish={submit}
        >
          {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
          <Row gutter={16} align="bottom">
            <Col xs={24} md={10}>
              <Form.Item
                name="name"
                label={t('csr.apiKeys.name')}
                extra={t('csr.apiKeys.nameHint')}
                rules={[
                  { required: true, whitespace: true, message: t('csr.apiKeys.nameRequired') },
                  { max: 80, message: t('csr.offerForm.tooLong', { max: 80 }) },
                ]}
              >
                <Input count={lengthCount(80)} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name="expiresOn" label={t('csr.apiKeys.expiresOn')} extra={t('csr.apiKeys.expiresHint')}>
                <DateField />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item name="write" valuePropName="checked" extra={t('csr.apiKeys.writeHint')}>
                <Checkbox>{t('csr.apiKeys.write')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" loading={creating.loading}>
            {t('csr.apiKeys.create')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}
