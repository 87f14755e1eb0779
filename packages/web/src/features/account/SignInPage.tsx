import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AuthSignInDocument } from './account.generated';
import { AuthCard } from './AuthCard';
import { useCredentialsForm } from './useCredentialsForm';

interface SignInValues {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const [signIn, { loading }] = useMutation(AuthSignInDocument);
  const { alreadySignedIn, next, passOn, problem, finishing, submit } = useCredentialsForm(form);

  if (alreadySignedIn) return <Navigate replace to={next} />;

  const onFinish = (values: SignInValues) =>
    submit(async () => {
      const { data } = await signIn({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      return data?.signIn.token ?? null;
    });

  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
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
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={loading || finishing}>
          {t('auth.signIn.submit')}
        </Button>
      </Form>
      <p className="auth-switch">
        {t('auth.signIn.noAccount')} <Link to={`/sign-up${passOn}`}>{t('auth.signIn.toSignUp')}</Link>
      </p>
    </AuthCard>
  );
}
