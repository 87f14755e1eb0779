import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth, type Viewer } from '../../app/auth';
import { AuthUpdateProfileDocument } from './account.generated';
import { isLanguage, languageOfLocale, localeOfLanguage, type Language } from '../../i18n';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { RequireViewer } from '../../shared/RequireViewer';
import './account.css';
import { lengthCount } from '../../shared/formRules';

interface ProfileValues {
  displayName: string;
  language: Language;
}

/** Each language is named in itself, so anyone can find theirs. */
const LANGUAGE_OPTIONS = [
  { value: 'zh-CN', label: <span lang="zh-CN">简体中文</span> },
  { value: 'en', label: <span lang="en">English</span> },
];

export default function ProfilePage() {
  return <RequireViewer>{(viewer) => <Profile viewer={viewer} />}</RequireViewer>;
}

function Profile({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useAuth();
  const [form] = Form.useForm<ProfileValues>();
  const [update, { loading }] = useMutation(AuthUpdateProfileDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const current: Language = languageOfLocale(viewer.locale) ?? (isLanguage(i18n.language) ? i18n.language : 'zh-CN');

  const submit = async (values: ProfileValues) => {
    setProblem(null);
    setSaved(false);
    try {
      await update({
        variables: {
          input: { displayName: values.displayName.trim(), locale: localeOfLanguage(values.language) },
        },
      });
      // The account remembers the language; the interface follows it now.
      if (values.language !== i18n.language) setLanguage(values.language);
      setSaved(true);
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(problemOf(error).message);
    }
  };

  return (
    <div className="auth-page profile-page">
      <p className="back-link">
        <Link to="/account">{t('auth.backToAccount')}</Link>
      </p>
      <Card>
        <h1 className="auth-title">{t('auth.profile.title')}</h1>
        {viewer.email ? <p className="auth-intro">{t('auth.profile.signedInAs', { email: viewer.email })}</p> : null}
        {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
        {saved ? (
          <Alert type="success" showIcon role="status" title={t('auth.profile.saved')} className="form-alert" />
        ) : null}
        <Form
          noValidate
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ displayName: viewer.displayName, language: current }}
          onFinish={submit}
          onValuesChange={() => setSaved(false)}
        >
          <Form.Item
            name="displayName"
            label={t('auth.displayName')}
            extra={t('auth.displayNameHint')}
            rules={[
              { required: true, whitespace: true, message: t('auth.displayNameRequired') },
              { max: 80, message: t('auth.displayNameTooLong', { max: 80 }) },
            ]}
          >
            <Input autoComplete="nickname" count={lengthCount(80)} />
          </Form.Item>
          <Form.Item name="language" label={t('auth.profile.language')} extra={t('auth.profile.languageHint')}>
            <Radio.Group options={LANGUAGE_OPTIONS} aria-label={t('auth.profile.language')} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={loading}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
