import { Alert, Button, Checkbox, Col, Form, Input, Radio, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CauseArea, ProjectStage } from '../../gql/graphql';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { Markdown } from '../../shared/Markdown';
import { CAUSE_AREAS, PROJECT_STAGES } from '../../shared/enums';
import { formRules, lengthCount } from '../../shared/formRules';
import '../../shared/console.css';
import { UrlInput } from '../../shared/UrlInput';

export interface ProjectValues {
  slug: string;
  name: string;
  summary: string;
  description?: string;
  stage: ProjectStage;
  causeAreas: CauseArea[];
  repositoryUrl?: string;
  websiteUrl?: string;
  license?: string;
  beneficiaries?: string;
  organizationId?: string | null;
}

/** The form's field names are the API's: the server's `extensions.fields` land on them as they are. */
const FIELDS = new Set<string>([
  'slug',
  'name',
  'summary',
  'description',
  'stage',
  'causeAreas',
  'repositoryUrl',
  'websiteUrl',
  'license',
  'beneficiaries',
  'organizationId',
]);

export interface OrganizationChoice {
  id: string;
  name: string;
  verified: boolean;
}

/** Creating and editing a project: the same fields, the same checks, both languages. */
export function ProjectForm({
  initialValues,
  organizations,
  submitLabel,
  onSubmit,
}: {
  initialValues: Partial<ProjectValues>;
  organizations: OrganizationChoice[];
  submitLabel: string;
  onSubmit: (values: ProjectValues) => Promise<void>;
}) {
  const { t } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<ProjectValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(false);
  const description = Form.useWatch('description', form) ?? '';

  const submit = async (values: ProjectValues) => {
    setProblem(null);
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const { fields, message } = problemOf(error);
      const onForm = showFieldErrors(form, error);
      // A field the form does not show (e.g. projectId), or none at all: say it above the form.
      if (!onForm || fields.some((f) => !FIELDS.has(f.field.split('.')[0]))) setProblem(message);
    } finally {
      setSaving(false);
    }
  };

  const organizationOptions = [
    { value: '', label: t('maintainer.form.noOrganization') },
    ...organizations.map((o) => ({
      value: o.id,
      label: o.verified ? o.name : `${o.name}（${t('common.unverified')}）`,
    })),
  ];

  return (
    <Form
      noValidate
      form={form}
      layout="vertical"
      initialValues={{ stage: 'IDEA', causeAreas: [], organizationId: '', ...initialValues }}
      onFinish={submit}
      onFinishFailed={({ errorFields }) => form.scrollToField(errorFields[0]?.name, { focus: true })}
      scrollToFirstError={false}
    >
      {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t('maintainer.form.name')} rules={rules.text(120, true)}>
            <Input count={lengthCount(120)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="slug"
            label={t('maintainer.form.slug')}
            extra={t('maintainer.form.slugHint')}
            rules={rules.slug}
          >
            <Input count={lengthCount(60)} autoCapitalize="none" spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="summary"
        label={t('maintainer.form.summary')}
        extra={t('maintainer.form.summaryHint')}
        rules={rules.text(280, true)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} count={lengthCount(280, true)} />
      </Form.Item>
      <Form.Item
        name="stage"
        label={t('maintainer.form.stage')}
        rules={[{ required: true, message: t('maintainer.rules.required') }]}
      >
        <Radio.Group
          aria-label={t('maintainer.form.stage')}
          options={PROJECT_STAGES.map((stage) => ({ value: stage, label: t(`enum.ProjectStage.${stage}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="causeAreas"
        label={t('maintainer.form.causeAreas')}
        rules={[{ type: 'array', max: 10, message: t('maintainer.rules.tooManyCauses', { max: 10 }) }]}
      >
        <Checkbox.Group
          aria-label={t('maintainer.form.causeAreas')}
          className="choice-grid"
          options={CAUSE_AREAS.map((cause) => ({ value: cause, label: t(`enum.CauseArea.${cause}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('maintainer.form.description')}
        extra={t('maintainer.form.descriptionHint')}
        rules={rules.text(20000)}
        className="description-item"
      >
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} count={lengthCount(20000)} />
      </Form.Item>
      <div className="markdown-preview-block">
        <Button
          onClick={() => setPreview((p) => !p)}
          aria-expanded={preview}
          aria-controls="project-description-preview"
        >
          {preview ? t('maintainer.form.hidePreview') : t('maintainer.form.showPreview')}
        </Button>
        {preview ? (
          <section
            id="project-description-preview"
            className="markdown-preview"
            aria-label={t('maintainer.form.preview')}
          >
            {description.trim() ? <Markdown source={description} /> : <p>{t('maintainer.form.previewEmpty')}</p>}
          </section>
        ) : null}
      </div>
      <Form.Item
        name="beneficiaries"
        label={t('maintainer.form.beneficiaries')}
        extra={t('maintainer.form.beneficiariesHint')}
        rules={rules.text(1000)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={lengthCount(1000, true)} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="repositoryUrl" label={t('maintainer.form.repositoryUrl')} rules={rules.url}>
            <UrlInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="websiteUrl" label={t('maintainer.form.websiteUrl')} rules={rules.url}>
            <UrlInput />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="license"
            label={t('maintainer.form.license')}
            extra={t('maintainer.form.licenseHint')}
            rules={rules.license}
          >
            <Input spellCheck={false} autoCapitalize="none" count={lengthCount(200)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="organizationId"
            label={t('maintainer.form.organization')}
            extra={t('maintainer.form.organizationHint')}
          >
            <Select options={organizationOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Form>
  );
}
