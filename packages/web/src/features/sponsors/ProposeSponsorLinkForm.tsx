import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Col, Form, Input, Radio, Row, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MaintainerOrganizationSearchDocument,
  MaintainerProposeSponsorLinkDocument,
  MaintainerSponsorLinksDocument,
} from './projectSponsorLinks.generated';
import type { SponsorRole } from '../../gql/graphql';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { useDebounced } from '../../shared/useDebounced';
import { formRules, lengthCount, orNull } from '../../shared/formRules';
import { UrlInput } from '../../shared/UrlInput';

const ROLES: SponsorRole[] = [
  'FINANCIAL',
  'IN_KIND',
  'FOUNDATION_PARTNER',
  'TECHNOLOGY_PARTNER',
  'MEDIA_PARTNER',
  'COMMUNITY_PARTNER',
];

interface ProposeValues {
  organizationId: string;
  role: SponsorRole;
  attribution?: string;
  url?: string;
  startsOn?: string;
  endsOn?: string;
}

const FIELDS = new Set(['organizationId', 'role', 'attribution', 'url', 'startsOn', 'endsOn']);

/** The project side proposes a sponsor link; the organisation confirms it before anyone else sees it. */
export function ProposeSponsorLinkForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<ProposeValues>();
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim());
  const organizations = useQuery(MaintainerOrganizationSearchDocument, { variables: { search: query || null } });
  const [propose, { loading }] = useMutation(MaintainerProposeSponsorLinkDocument, {
    refetchQueries: [MaintainerSponsorLinksDocument],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  // Keep the chosen organisation's name at hand: the search results change under it.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);

  const found = organizations.data?.organizations.edges.map(({ node }) => node) ?? [];
  const options = found.map((o) => ({
    value: o.id,
    label: o.verified ? o.name : `${o.name}（${t('common.unverified')}）`,
  }));
  if (chosen && !options.some((o) => o.value === chosen.value)) options.unshift(chosen);

  const submit = async (values: ProposeValues) => {
    setProblem(null);
    setSent(null);
    try {
      await propose({
        variables: {
          input: {
            projectId,
            organizationId: values.organizationId,
            role: values.role,
            side: 'PROJECT',
            attribution: orNull(values.attribution),
            url: orNull(values.url),
            startsOn: values.startsOn || null,
            endsOn: values.endsOn || null,
          },
        },
      });
      setSent(chosen?.label ?? '');
      form.resetFields();
      setChosen(null);
    } catch (error) {
      const { fields, message } = problemOf(error);
      if (!showFieldErrors(form, error) || fields.some((f) => !FIELDS.has(f.field))) setProblem(message);
    }
  };

  return (
    <Form noValidate form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'IN_KIND' }}>
      {sent !== null ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('maintainer.propose.sent', { name: sent })}
          className="form-alert"
        />
      ) : null}
      {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
      <Form.Item
        name="organizationId"
        label={t('maintainer.propose.organization')}
        extra={t('maintainer.propose.organizationHint')}
        rules={[{ required: true, message: t('maintainer.propose.organizationRequired') }]}
      >
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          placeholder={t('maintainer.propose.organizationPlaceholder')}
          options={options}
          loading={organizations.loading}
          onChange={(value: string) => setChosen(options.find((o) => o.value === value) ?? null)}
          notFoundContent={
            organizations.loading ? (
              <Spin size="small" />
            ) : organizations.error ? (
              problemOf(organizations.error).message
            ) : (
              t('maintainer.propose.noOrganizations')
            )
          }
        />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('maintainer.propose.role')}
        rules={[{ required: true, message: t('maintainer.rules.required') }]}
      >
        <Radio.Group
          aria-label={t('maintainer.propose.role')}
          options={ROLES.map((role) => ({ value: role, label: t(`enum.SponsorRole.${role}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="attribution"
        label={t('maintainer.propose.attribution')}
        extra={t('maintainer.propose.attributionHint')}
        rules={rules.text(200)}
      >
        <Input count={lengthCount(200, true)} />
      </Form.Item>
      <Form.Item name="url" label={t('maintainer.propose.url')} rules={rules.url}>
        <UrlInput />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="startsOn" label={t('maintainer.propose.startsOn')}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endsOn"
            label={t('maintainer.propose.endsOn')}
            dependencies={['startsOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const start = getFieldValue('startsOn') as string | undefined;
                  return !value || !start || value >= start
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('maintainer.propose.endsBeforeStart')));
                },
              }),
            ]}
          >
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('maintainer.propose.submit')}
      </Button>
    </Form>
  );
}
