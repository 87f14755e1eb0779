import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { problemOf, showFieldErrors } from '../../shared/errors';
import { safeNextPath } from '../../shared/RequireViewer';

/**
 * What signing in and signing up share: where to go afterwards (`?next=`, kept to this site), the form's
 * problem line, and `submit`, which runs the mutation, keeps the session and moves on — or shows the server's
 * field errors on their fields and anything else above the form.
 */
export function useCredentialsForm<Values>(form: FormInstance<Values>) {
  const { viewer, signedIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [problem, setProblem] = useState<string | null>(null);
  const [finishing, setFinishing] = useState(false);

  const submit = async (obtainToken: () => Promise<string | null>) => {
    setProblem(null);
    try {
      const token = await obtainToken();
      if (!token) return;
      setFinishing(true);
      await signedIn(token);
      navigate(next, { replace: true });
    } catch (error) {
      setFinishing(false);
      if (!showFieldErrors(form, error)) setProblem(problemOf(error).message);
    }
  };

  return {
    /** Already signed in, and not by this form just now: on to where the visitor was going. */
    alreadySignedIn: Boolean(viewer) && !finishing,
    next,
    /** The `next` to pass on to the other form, if the visitor came with one. */
    passOn: params.get('next') ? `?next=${encodeURIComponent(next)}` : '',
    problem,
    finishing,
    submit,
  };
}
