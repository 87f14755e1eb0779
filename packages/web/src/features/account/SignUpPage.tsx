import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AuthSignUpDocument } from './account.generated';
import { isLanguage, localeOfLanguage } from '../../i18n';
import { AuthCard } from './AuthCard';
import { useCredentialsForm } from './useCredentialsForm';
import { lengthCount } from '../../shared/formRules';

/** SignUpInput.password: "At least 10 characters." */
const MIN_PASSWORD_LENGTH = 10;

interface SignUpValues {
  email: string;
  password: string;
  displayName: string;
}

export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<SignUpValues>();
  const [signUp, { loading }] = useMutation(AuthSignUpDocument);
  const { alreadySignedIn, next, passOn, problem, finishing, submit } = useCredentialsForm(form);

  if (alreadySignedIn) return <Navigate replace to={next} />;

  const onFinish = (values: SignUpValues) =>
    submit(async () => {
      const { data } = await signUp({
        variables: {
          input: {
            email: values.email.trim(),
            password: values.password,
            displayName: values.displayName.trim(),
            // The account starts in the language the visitor is reading.
            locale: localeOfLanguage(isLanguage(i18n.language) ? i18n.language : 'zh-CN'),
          },
        },
      });
      return data?.signUp.token ?? null;
    });

  return (
    <AuthCard title={t('auth.signUp.title')} intro={t('auth.signUp.intro')}>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
      <Form noValidate form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={finishing}>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('auth.emailRequired') },
            { type: 'email', message: t('auth.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="email" inputMode="email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={t('auth.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            { min: MIN_PASSWORD_LENGTH, message: t('auth.passwordTooShort', { min: MIN_PASSWORD_LENGTH }) },
            { max: 200, message: t('auth.passwordTooLong', { max: 200 }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
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
        <Button type="primary" htmlType="submit" block loading={loading || finishing}>
          {t('auth.signUp.submit')}
        </Button>
      </Form>
      <p className="auth-switch">
        {t('auth.signUp.haveAccount')} <Link to={`/sign-in${passOn}`}>{t('auth.signUp.toSignIn')}</Link>
      </p>
    </AuthCard>
  );
}
