import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Viewer } from '../../app/auth';
import type { EventKind } from '../../gql/graphql';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { RequireViewer } from '../../shared/RequireViewer';
import { EVENT_KINDS } from './eventKinds';
import { CreateEventDocument } from './events.generated';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';
import { browserTimeZone, instantInZone, timeZoneChoices } from '../../shared/timeZones';
import { UrlInput } from '../../shared/UrlInput';
import { lengthCount } from '../../shared/formRules';

interface Values {
  kind: EventKind;
  name: string;
  slug: string;
  description?: string;
  startsAt: string;
  endsAt?: string;
  timeZone: string;
  location?: string;
  onlineUrl?: string;
  websiteUrl?: string;
  organizerIds: string[];
}

/** The fields the form shows: the server's field errors land on these, others go above the form. */
const FIELDS = new Set([
  'kind',
  'name',
  'slug',
  'description',
  'startsAt',
  'endsAt',
  'timeZone',
  'location',
  'onlineUrl',
  'websiteUrl',
  'organizerIds',
]);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

const orNull = (value?: string) => value?.trim() || null;
/** A datetime-local value, read on the clock of the event's zone, as the instant the API wants. */
const instant = (value: string | undefined, zone: string) => (value ? instantInZone(value, zone) : null);

export default function NewEventPage() {
  return <RequireViewer>{(viewer) => <NewEvent viewer={viewer} />}</RequireViewer>;
}

function NewEvent({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateEventDocument, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'events' });
      cache.gc();
    },
  });
  const organizations = viewer.organizations ?? [];
  const zoneOptions = useMemo(() => timeZoneChoices().map((zone) => ({ value: zone, label: zone })), []);
  const rules = useMemo(
    () => ({
      required: [{ required: true, whitespace: true, message: t('events.create.required') }],
      text: (max: number) => [{ max, message: t('events.create.tooLong', { max }) }],
      url: [{ pattern: HTTP_URL, message: t('events.create.url') }],
    }),
    [t],
  );

  const submit = async (values: Values) => {
    setProblem(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            kind: values.kind,
            name: values.name.trim(),
            slug: values.slug.trim(),
            description: orNull(values.description),
            startsAt: instant(values.startsAt, values.timeZone)!,
            endsAt: instant(values.endsAt, values.timeZone),
            timeZone: values.timeZone,
            location: orNull(values.location),
            onlineUrl: orNull(values.onlineUrl),
            websiteUrl: orNull(values.websiteUrl),
            organizerIds: values.organizerIds,
          },
        },
      });
      if (data) navigate(`/events/${data.createEvent.event.slug}`);
    } catch (error) {
      const { fields, message } = problemOf(error);
      const onForm = showFieldErrors(form, error);
      if (!onForm || fields.some((f) => !FIELDS.has(f.field))) setProblem(message);
    }
  };

  return (
    <ConsolePage back={{ to: '/events', label: t('events.backToList') }}>
      <ConsoleHeading title={t('events.create.title')} intro={t('events.create.intro')} />
      {organizations.length ? (
        <Card>
          <Form<Values>
            noValidate
            form={form}
            layout="vertical"
            initialValues={{
              kind: 'MEETUP',
              timeZone: browserTimeZone(),
              organizerIds: organizations.length === 1 ? [organizations[0].id] : [],
            }}
            onFinish={submit}
            onFinishFailed={({ errorFields }) => form.scrollToField(errorFields[0]?.name, { focus: true })}
          >
            {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="name" label={t('events.create.name')} rules={[...rules.required, ...rules.text(200)]}>
                  <Input count={lengthCount(200)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="slug"
                  label={t('events.create.slug')}
                  extra={t('events.create.slugHint')}
                  rules={[
                    ...rules.required,
                    { min: 2, max: 60, pattern: SLUG, message: t('events.create.slugPattern') },
                  ]}
                >
                  <Input count={lengthCount(60)} autoCapitalize="none" spellCheck={false} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="kind" label={t('events.create.kind')} rules={rules.required}>
                  <Select options={EVENT_KINDS.map((value) => ({ value, label: t(`events.kind.${value}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="organizerIds"
                  label={t('events.create.organizerIds')}
                  extra={t('events.create.organizerHint')}
                  rules={[{ required: true, type: 'array', min: 1, message: t('events.create.organizersRequired') }]}
                >
                  <Select
                    mode="multiple"
                    options={organizations.map((o) => ({
                      value: o.id,
                      label: o.verified ? o.name : `${o.name}（${t('common.unverified')}）`,
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="timeZone"
                  label={t('events.create.timeZone')}
                  extra={t('events.create.timeZoneHint')}
                  rules={[{ required: true, message: t('events.create.required') }]}
                >
                  <Select showSearch options={zoneOptions} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="startsAt"
                  label={t('events.create.startsAt')}
                  extra={t('events.create.timeHint')}
                  rules={[{ required: true, message: t('events.create.required') }]}
                >
                  <Input type="datetime-local" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="endsAt"
                  label={t('events.create.endsAt')}
                  dependencies={['startsAt']}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: (_, value?: string) =>
                        !value || !getFieldValue('startsAt') || value >= getFieldValue('startsAt')
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('events.create.endsBeforeStart'))),
                    }),
                  ]}
                >
                  <Input type="datetime-local" />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="location"
                  label={t('events.create.location')}
                  extra={t('events.create.locationHint')}
                  dependencies={['onlineUrl']}
                  rules={[
                    ...rules.text(200),
                    ({ getFieldValue }) => ({
                      validator: (_, value?: string) =>
                        value?.trim() || getFieldValue('onlineUrl')?.trim()
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('events.create.placeOrLink'))),
                    }),
                  ]}
                >
                  <Input count={lengthCount(200)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="onlineUrl" label={t('events.create.onlineUrl')} rules={rules.url}>
                  <UrlInput />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="websiteUrl" label={t('events.create.websiteUrl')} rules={rules.url}>
              <UrlInput />
            </Form.Item>
            <Form.Item name="description" label={t('events.create.description')} rules={rules.text(5000)}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} count={lengthCount(5000, true)} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('events.create.submit')}
            </Button>
          </Form>
        </Card>
      ) : (
        <Alert
          type="info"
          showIcon
          title={t('events.create.noOrganization')}
          action={<Link to="/account/organizations/new">{t('events.create.createOrganization')}</Link>}
        />
      )}
    </ConsolePage>
  );
}
