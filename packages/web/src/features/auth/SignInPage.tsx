import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { AuthSignInDocument } from './auth.generated';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { AuthCard } from './AuthCard';
import { safeNextPath } from './RequireViewer';

interface SignInValues {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const { viewer, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [form] = Form.useForm<SignInValues>();
  const [signIn, { loading }] = useMutation(AuthSignInDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);

  // Already signed in (or just now): on to where the visitor was going.
  if (viewer && !finishing) return <Navigate replace to={next} />;

  const submit = async (values: SignInValues) => {
    setProblem(null);
    try {
      const { data } = await signIn({
        variables: { input: { email: values.email.trim(), password: values.password } },
      });
      if (!data) return;
      setFinishing(true);
      await signedIn(data.signIn.token);
      navigate(next, { replace: true });
    } catch (error) {
      setFinishing(false);
      if (!showFieldErrors(form, error)) setProblem(problemOf(error).message);
    }
  };

  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} className="form-alert" /> : null}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={finishing}>
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
        {t('auth.signIn.noAccount')}{' '}
        <Link to={`/sign-up${params.get('next') ? `?next=${encodeURIComponent(next)}` : ''}`}>
          {t('auth.signIn.toSignUp')}
        </Link>
      </p>
    </AuthCard>
  );
}
