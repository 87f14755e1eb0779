import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, type FormRule } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CauseArea } from '../../gql/graphql';
import { ProposeIdeaDocument } from './ideas.generated';
import { RequireViewer } from '../../shared/RequireViewer';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { CAUSE_AREAS } from '../../shared/enums';
import { PublicPage } from '../../shared/PublicPage';
import { lengthCount, SLUG_PATTERN } from '../../shared/formRules';
import './ideas.css';

interface IdeaValues {
  name: string;
  slug?: string;
  summary: string;
  need: string;
  causeAreas: CauseArea[];
  beneficiaries: string;
}

/** The form's field names are the API's: the server's `extensions.fields` land on them as they are. */
const FIELDS = new Set<string>(['name', 'slug', 'summary', 'need', 'causeAreas', 'beneficiaries']);

export default function NewIdeaPage() {
  return <RequireViewer>{() => <NewIdea />}</RequireViewer>;
}

function NewIdea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<IdeaValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [propose, { loading }] = useMutation(ProposeIdeaDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'ideas' });
      cache.gc();
    },
  });
  const rules = useMemo(() => {
    const text = (max: number): FormRule[] => [
      { required: true, whitespace: true, message: t('ideas.rules.required') },
      { max, message: t('ideas.rules.tooLong', { max }) },
    ];
    return {
      name: text(120),
      summary: text(280),
      need: text(20000),
      beneficiaries: text(1000),
      slug: [
        { min: 2, max: 60, message: t('ideas.rules.slugLength') },
        { pattern: SLUG_PATTERN, message: t('ideas.rules.slugPattern') },
      ] satisfies FormRule[],
      causeAreas: [
        // A validator rather than `required`: antd would put aria-required on the checkbox group, which axe refuses.
        {
          validator: (_, value?: CauseArea[]) =>
            value?.length ? Promise.resolve() : Promise.reject(new Error(t('ideas.rules.cause'))),
        },
        { type: 'array', max: 10, message: t('ideas.rules.tooManyCauses', { max: 10 }) },
      ] satisfies FormRule[],
    };
  }, [t]);

  const submit = async (values: IdeaValues) => {
    setProblem(null);
    try {
      const { data } = await propose({
        variables: {
          input: {
            name: values.name.trim(),
            slug: values.slug?.trim() || null,
            summary: values.summary.trim(),
            need: values.need,
            causeAreas: values.causeAreas,
            beneficiaries: values.beneficiaries.trim(),
          },
        },
      });
      if (data) navigate(`/ideas/${data.proposeIdea.project.slug}`);
    } catch (error) {
      const { fields, message } = problemOf(error);
      const onForm = showFieldErrors(form, error);
      if (!onForm || fields.some((f) => !FIELDS.has(f.field.split('.')[0]))) setProblem(message);
    }
  };

  return (
    <PublicPage>
      <header>
        <Link to="/ideas">{t('ideas.backToList')}</Link>
        <h1 className="page-title" style={{ marginTop: 8 }}>
          {t('ideas.new.title')}
        </h1>
        <p className="lead">{t('ideas.new.intro')}</p>
      </header>
      <Card>
        <Form
          noValidate
          form={form}
          layout="vertical"
          initialValues={{ causeAreas: [] }}
          onFinish={submit}
          onFinishFailed={({ errorFields }) => form.scrollToField(errorFields[0]?.name, { focus: true })}
        >
          {problem ? <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="name" label={t('ideas.new.name')} extra={t('ideas.new.nameHint')} rules={rules.name}>
            <Input count={lengthCount(120)} />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('ideas.new.summary')}
            extra={t('ideas.new.summaryHint')}
            rules={rules.summary}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} count={lengthCount(280, true)} />
          </Form.Item>
          <Form.Item name="need" label={t('ideas.new.need')} extra={t('ideas.new.needHint')} rules={rules.need}>
            <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} count={lengthCount(20000)} />
          </Form.Item>
          <Form.Item
            name="beneficiaries"
            label={t('ideas.new.beneficiaries')}
            extra={t('ideas.new.beneficiariesHint')}
            rules={rules.beneficiaries}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} count={lengthCount(1000, true)} />
          </Form.Item>
          <Form.Item name="causeAreas" label={t('ideas.new.causeAreas')} rules={rules.causeAreas}>
            <Checkbox.Group
              aria-label={t('ideas.new.causeAreas')}
              className="choice-grid"
              options={CAUSE_AREAS.map((cause) => ({ value: cause, label: t(`enum.CauseArea.${cause}`) }))}
            />
          </Form.Item>
          <Form.Item name="slug" label={t('ideas.new.slug')} extra={t('ideas.new.slugHint')} rules={rules.slug}>
            <Input count={lengthCount(60)} autoCapitalize="none" spellCheck={false} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('ideas.new.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </PublicPage>
  );
}
