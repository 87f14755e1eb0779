import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import './stories.css';
import type { StoryKind } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import { RequireViewer } from '../../shared/RequireViewer';
import { STORY_KINDS } from './storyKinds';
import { CreateStoryDocument, StoryProjectSearchDocument } from './stories.generated';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';
import { UrlInput } from '../../shared/UrlInput';
import { lengthCount, wholeNumber } from '../../shared/formRules';

interface Values {
  kind: StoryKind;
  title: string;
  slug: string;
  url: string;
  publishedOn: string;
  summary?: string;
  language: string;
  projects: { value: string; label: string }[];
  mediaUrl?: string;
  mediaType?: string;
  durationMinutes?: number | null;
}

/** The form's fields; the API's names for two of them differ (projectIds, durationSeconds). */
const FORM_FIELDS = new Set([
  'kind',
  'title',
  'slug',
  'url',
  'publishedOn',
  'summary',
  'language',
  'projects',
  'mediaUrl',
  'mediaType',
  'durationMinutes',
]);
const RENAMED: Record<string, string> = { projectIds: 'projects', durationSeconds: 'durationMinutes' };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const MEDIA_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'video/mp4', 'video/webm'];
const STORY_LANGUAGES = ['zh-CN', 'en'];

const orNull = (value?: string) => value?.trim() || null;
const todayUtc = () => new Date().toISOString().slice(0, 10);

export default function NewStoryPage() {
  return <RequireViewer>{() => <NewStory />}</RequireViewer>;
}

function NewStory() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [search, { data: found, loading: searching }] = useLazyQuery(StoryProjectSearchDocument);
  const [create, { loading }] = useMutation(CreateStoryDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'stories' });
      cache.gc();
    },
  });
  const mediaUrl = Form.useWatch('mediaUrl', form);
  const required = [{ required: true, whitespace: true, message: t('stories.create.required') }];
  const tooLong = (max: number) => [{ max, message: t('stories.create.tooLong', { max }) }];
  const url = [{ pattern: HTTP_URL, message: t('stories.create.urlRule') }];

  const submit = async (values: Values) => {
    setProblem(null);
    const media = orNull(values.mediaUrl);
    try {
      await create({
        variables: {
          input: {
            kind: values.kind,
            title: values.title.trim(),
            slug: values.slug.trim(),
            url: values.url.trim(),
            publishedOn: values.publishedOn,
            summary: orNull(values.summary),
            language: values.language,
            projectIds: values.projects.map((p) => p.value),
            mediaUrl: media,
            mediaType: media ? (values.mediaType ?? null) : null,
            durationSeconds: media && values.durationMinutes ? Math.round(values.durationMinutes * 60) : null,
          },
        },
      });
      navigate('/stories', { state: { published: true } });
    } catch (error) {
      const { fields, message } = problemOf(error);
      const shown = fields
        .map((f) => ({ ...f, field: RENAMED[f.field] ?? f.field }))
        .filter((f) => FORM_FIELDS.has(f.field));
      form.setFields(shown.map(({ field, messages }) => ({ name: field as keyof Values, errors: messages })));
      // A field the form does not show, or none at all: say it above the form.
      if (!fields.length || shown.length < fields.length) setProblem(message);
    }
  };

  return (
    <ConsolePage back={{ to: '/stories', label: t('stories.title') }}>
      <ConsoleHeading title={t('stories.create.title')} intro={t('stories.create.intro')}>
        <p className="muted">{t('stories.create.rule')}</p>
      </ConsoleHeading>
      <Card>
        <Form<Values>
          noValidate
          form={form}
          layout="vertical"
          initialValues={{ kind: 'PODCAST', language: 'zh-CN', publishedOn: todayUtc(), projects: [] }}
          onFinish={submit}
          onFinishFailed={({ errorFields }) => form.scrollToField(errorFields[0]?.name, { focus: true })}
        >
          {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="title" label={t('stories.create.title_')} rules={[...required, ...tooLong(200)]}>
                <Input count={lengthCount(200)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="slug"
                label={t('stories.create.slug')}
                extra={t('stories.create.slugHint')}
                rules={[...required, { min: 2, max: 60, pattern: SLUG, message: t('stories.create.slugPattern') }]}
              >
                <Input count={lengthCount(60)} autoCapitalize="none" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('stories.create.kind')} rules={required}>
                <Select options={STORY_KINDS.map((value) => ({ value, label: t(`stories.kind.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="publishedOn" label={t('stories.create.publishedOn')} rules={required}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="language" label={t('stories.create.language')} rules={required}>
                <Select options={STORY_LANGUAGES.map((value) => ({ value, label: t(`stories.languages.${value}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="url"
            label={t('stories.create.url')}
            extra={t('stories.create.urlHint')}
            rules={[...required, ...url]}
          >
            <UrlInput />
          </Form.Item>
          <Form.Item
            name="projects"
            label={t('stories.create.projectIds')}
            rules={[{ required: true, type: 'array', min: 1, message: t('stories.create.projectsRequired') }]}
          >
            <Select
              mode="multiple"
              labelInValue
              showSearch
              filterOption={false}
              placeholder={t('stories.create.projectPlaceholder')}
              onSearch={(text) => void search({ variables: { search: text.trim() || null } })}
              onFocus={() => void search({ variables: { search: null } })}
              loading={searching}
              options={found?.projects.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
            />
          </Form.Item>
          <Form.Item name="summary" label={t('stories.create.summary')} rules={tooLong(2000)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} count={lengthCount(2000, true)} />
          </Form.Item>
          <fieldset className="story-media">
            <legend>{t('stories.create.media')}</legend>
            <p className="muted">{t('stories.create.mediaHint')}</p>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="mediaUrl" label={t('stories.create.mediaUrl')} rules={url}>
                  <UrlInput />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name="mediaType"
                  label={t('stories.create.mediaType')}
                  rules={[{ required: Boolean(mediaUrl?.trim()), message: t('stories.create.mediaTypeRequired') }]}
                >
                  <Select allowClear options={MEDIA_TYPES.map((value) => ({ value, label: value }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  name="durationMinutes"
                  label={t('stories.create.durationMinutes')}
                  rules={[wholeNumber(t, 1, 1440)]}
                >
                  <InputNumber style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
          </fieldset>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('stories.create.submit')}
          </Button>
        </Form>
      </Card>
    </ConsolePage>
  );
}
