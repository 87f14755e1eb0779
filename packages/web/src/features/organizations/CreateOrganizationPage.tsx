import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input, Radio, Result } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthCreateOrganizationDocument, type AuthCreateOrganizationMutation } from './createOrganization.generated';
import { ViewerDocument } from '../../app/viewer.generated';
import type { OrganizationKind } from '../../gql/graphql';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { formRules, lengthCount, orNull } from '../../shared/formRules';
import { RequireViewer } from '../../shared/RequireViewer';
import '../account/account.css';
import { UrlInput } from '../../shared/UrlInput';

const KINDS: OrganizationKind[] = ['COMPANY', 'FOUNDATION', 'COMMUNITY', 'NONPROFIT', 'ACADEMIC', 'GOVERNMENT'];

interface OrganizationValues {
  name: string;
  slug: string;
  kind: OrganizationKind;
  websiteUrl?: string;
  description?: string;
}

type Created = AuthCreateOrganizationMutation['createOrganization']['organization'];

export default function CreateOrganizationPage() {
  return <RequireViewer>{() => <CreateOrganization />}</RequireViewer>;
}

function CreateOrganization() {
  const { t } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<OrganizationValues>();
  // The new organisation joins the viewer's list (the account page and the header read it).
  const [create, { loading }] = useMutation(AuthCreateOrganizationDocument, {
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  const submit = async (values: OrganizationValues) => {
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            slug: values.slug.trim(),
            kind: values.kind,
            websiteUrl: orNull(values.websiteUrl),
            description: orNull(values.description),
          },
        },
      });
      if (data) setCreated(data.createOrganization.organization);
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(problemOf(error).message);
    }
  };

  if (created) {
    return (
      <Card>
        <Result
          status="success"
          title={<h1 className="result-title">{t('auth.organization.created', { name: created.name })}</h1>}
          subTitle={t('auth.organization.createdUnverified')}
          extra={
            <Flex gap={12} wrap justify="center">
              <Link className="button-link" to={`/console/organizations/${created.slug}`}>
                {t('auth.organization.toConsole')}
              </Link>
              <Link to="/account">{t('auth.backToAccount')}</Link>
            </Flex>
          }
        />
      </Card>
    );
  }

  return (
    <div className="form-page">
      <p className="back-link">
        <Link to="/account">{t('auth.backToAccount')}</Link>
      </p>
      <Card>
        <h1 className="auth-title">{t('auth.organization.title')}</h1>
        <p className="auth-intro">{t('auth.organization.intro')}</p>
        <Alert type="info" showIcon title={t('auth.organization.verificationNote')} className="form-alert" />
        {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
        <Form noValidate form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'COMPANY' }}>
          <Form.Item name="name" label={t('auth.organization.name')} rules={rules.text(120, true)}>
            <Input count={lengthCount(120)} autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="slug"
            label={t('auth.organization.slug')}
            extra={t('auth.organization.slugHint')}
            rules={rules.slug}
          >
            <Input count={lengthCount(60)} autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('auth.organization.kind')}
            rules={[{ required: true, message: t('maintainer.rules.required') }]}
          >
            <Radio.Group
              aria-label={t('auth.organization.kind')}
              options={KINDS.map((kind) => ({ value: kind, label: t(`enum.OrganizationKind.${kind}`) }))}
            />
          </Form.Item>
          <Form.Item name="websiteUrl" label={t('auth.organization.website')} rules={rules.url}>
            <UrlInput autoComplete="url" />
          </Form.Item>
          <Form.Item name="description" label={t('auth.organization.description')} rules={rules.text(5000)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} count={lengthCount(5000)} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('auth.organization.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
