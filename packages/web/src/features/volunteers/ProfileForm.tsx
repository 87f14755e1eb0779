import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VolunteerUpsertProfileDocument, type VolunteerProfileFieldsFragment } from './volunteer.generated';
import type { CauseArea, VolunteerSkill } from '../../gql/graphql';
import { CAUSE_AREAS } from '../../shared/enums';
import { problemOf } from '../../shared/errors';
import { formRules, lengthCount } from '../../shared/formRules';
import { COMMON_LANGUAGES, languageName, VOLUNTEER_SKILLS, volunteerProblem } from './volunteer';
import { UrlInput } from '../../shared/UrlInput';

const MAX_CHANNELS = 5;

interface ProfileValues {
  bio?: string;
  skills: VolunteerSkill[];
  weeklyHours: number;
  causeAreas: CauseArea[];
  languages: string[];
  isPublic: boolean;
  supportChannels: Array<{ label?: string; url?: string }>;
}

const FIELDS = new Set(['bio', 'skills', 'weeklyHours', 'causeAreas', 'languages', 'isPublic', 'supportChannels']);

/** `supportChannels.1.url` → ['supportChannels', 1, 'url']: list positions are numbers in an antd form. */
const namePath = (field: string) => field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The whole volunteer profile, saved at once; the server's field errors land on the fields they name. */
export function ProfileForm({
  profile,
  userId,
  onSaved,
}: {
  profile: VolunteerProfileFieldsFragment | null;
  userId: string;
  onSaved?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const rules = useMemo(() => formRules(t), [t]);
  const [form] = Form.useForm<ProfileValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [upsert, { loading }] = useMutation(VolunteerUpsertProfileDocument, {
    refetchQueries: ['VolunteerMe', 'VolunteerRecommendations'],
    awaitRefetchQueries: true,
  });
  const isPublic = Form.useWatch('isPublic', form);
  const languages = Form.useWatch('languages', form) ?? profile?.languages ?? [];
  const languageOptions = [...new Set([...COMMON_LANGUAGES, ...languages])].map((value) => ({
    value,
    label: `${languageName(value, i18n.language)} (${value})`,
  }));

  const initialValues: ProfileValues = {
    bio: profile?.bio ?? '',
    skills: profile?.skills ?? [],
    weeklyHours: profile?.weeklyHours ?? 4,
    causeAreas: profile?.causeAreas ?? [],
    languages: profile?.languages ?? [i18n.language],
    isPublic: profile?.isPublic ?? false,
    supportChannels: profile?.supportChannels.map(({ label, url }) => ({ label, url })) ?? [],
  };

  const submit = async (values: ProfileValues) => {
    setProblem(null);
    setSaved(false);
    try {
      await upsert({
        variables: {
          input: {
            bio: values.bio?.trim() ?? '',
            skills: values.skills,
            weeklyHours: values.weeklyHours,
            causeAreas: values.causeAreas,
            languages: values.languages,
            isPublic: values.isPublic,
            supportChannels: (values.supportChannels ?? []).map((channel) => ({
              label: channel.label?.trim() ?? '',
              url: channel.url?.trim() ?? '',
            })),
          },
        },
      });
      setSaved(true);
      onSaved?.();
    } catch (error) {
      const { fields } = problemOf(error);
      const named = fields.filter(({ field }) => FIELDS.has(field.split('.')[0]));
      form.setFields(named.map(({ field, messages }) => ({ name: namePath(field) as never, errors: messages })));
      if (named.length < fields.length || !named.length) setProblem(volunteerProblem(t, error));
    }
  };

  return (
    <Form noValidate form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
      {saved ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="form-alert"
          title={t('volunteer.profile.saved')}
          action={isPublic ? <Link to={`/volunteers/${userId}`}>{t('volunteer.profile.viewPublic')}</Link> : undefined}
        />
      ) : null}
      {problem ? <Alert type="error" showIcon role="alert" className="form-alert" title={problem} /> : null}
      <Form.Item
        name="skills"
        label={t('volunteer.profile.skills')}
        extra={t('volunteer.profile.skillsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('volunteer.profile.skillsRequired') }]}
      >
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          placeholder={t('volunteer.profile.skillsPlaceholder')}
          options={VOLUNTEER_SKILLS.map((value) => ({ value, label: t(`enum.VolunteerSkill.${value}`) }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item
            name="weeklyHours"
            label={t('volunteer.profile.weeklyHours')}
            extra={t('volunteer.profile.weeklyHoursHint')}
            rules={[{ required: true, type: 'integer', min: 0, max: 80, message: t('volunteer.profile.hoursRange') }]}
          >
            <InputNumber style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={16}>
          <Form.Item name="causeAreas" label={t('volunteer.profile.causes')} extra={t('volunteer.profile.causesHint')}>
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              placeholder={t('volunteer.profile.causesPlaceholder')}
              options={CAUSE_AREAS.map((value) => ({ value, label: t(`enum.CauseArea.${value}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="languages" label={t('volunteer.profile.languages')} extra={t('volunteer.profile.languagesHint')}>
        <Select mode="tags" allowClear tokenSeparators={[',', ' ']} options={languageOptions} />
      </Form.Item>
      <Form.Item name="bio" label={t('volunteer.profile.bio')} rules={rules.text(2000)}>
        <Input.TextArea rows={3} count={lengthCount(2000, true)} placeholder={t('volunteer.profile.bioPlaceholder')} />
      </Form.Item>

      <fieldset className="plain-fieldset">
        <legend className="console-label">{t('volunteer.profile.supportChannels')}</legend>
        <p className="console-meta">{t('volunteer.profile.supportChannelsHint')}</p>
        <Form.List name="supportChannels">
          {(items, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              {items.map((item, index) => (
                <Row key={item.key} gutter={8} align="top">
                  <Col xs={24} sm={8}>
                    <Form.Item
                      name={[item.name, 'label']}
                      label={t('volunteer.profile.channelLabel', { n: index + 1 })}
                      rules={rules.text(60, true)}
                    >
                      <Input count={lengthCount(60)} placeholder={t('volunteer.profile.channelLabelPlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={14}>
                    <Form.Item
                      name={[item.name, 'url']}
                      label={t('volunteer.profile.channelUrl', { n: index + 1 })}
                      rules={[{ required: true, message: t('maintainer.rules.required') }, ...rules.url]}
                    >
                      <UrlInput />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Button
                      className="channel-remove"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('volunteer.profile.removeChannel', { n: index + 1 })}
                      onClick={() => remove(item.name)}
                    />
                  </Col>
                </Row>
              ))}
              {items.length < MAX_CHANNELS ? (
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ label: '', url: '' })}
                  style={{ alignSelf: 'start' }}
                >
                  {t('volunteer.profile.addChannel')}
                </Button>
              ) : (
                <p className="console-meta">{t('volunteer.profile.channelLimit', { max: MAX_CHANNELS })}</p>
              )}
            </Flex>
          )}
        </Form.List>
      </fieldset>

      <Form.Item
        name="isPublic"
        label={t('volunteer.profile.public')}
        valuePropName="checked"
        extra={t('volunteer.profile.publicHint')}
        style={{ marginTop: 16 }}
      >
        <Switch />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('volunteer.profile.save')}
      </Button>
    </Form>
  );
}
