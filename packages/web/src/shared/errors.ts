import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';

/** What the server said went wrong: its message, and the input fields it named (`extensions.fields`). */
export interface ProblemReport {
  message: string;
  code: string | null;
  reason: string | null;
  fields: Array<{ field: string; messages: string[] }>;
  requestId: string | null;
}

export function problemOf(error: unknown): ProblemReport {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const fields =
      (extensions.fields as ProblemReport['fields'] | undefined) ??
      (typeof extensions.field === 'string' && extensions.field
        ? [{ field: extensions.field, messages: [first.message] }]
        : []);
    return {
      message: first?.message ?? String(error),
      code: typeof extensions.code === 'string' ? extensions.code : null,
      reason: typeof extensions.reason === 'string' ? extensions.reason : null,
      fields,
      requestId: typeof extensions.requestId === 'string' ? extensions.requestId : null,
    };
  }
  if (ServerError.is(error)) {
    return { message: error.message, code: String(error.statusCode), reason: null, fields: [], requestId: null };
  }
  return {
    message: error instanceof Error ? error.message : String(error),
    code: null,
    reason: null,
    fields: [],
    requestId: null,
  };
}

/**
 * Shows the server's field errors on an antd form: `details.compute.acceleratorModel` lands on the form item named
 * ['details', 'compute', 'acceleratorModel']. Returns whether any field was named, so the caller can show the
 * message elsewhere when none was.
 */
export function showFieldErrors(form: FormInstance, error: unknown): boolean {
  const { fields } = problemOf(error);
  if (!fields.length) return false;
  form.setFields(fields.map(({ field, messages }) => ({ name: field.split('.'), errors: messages })));
  return true;
}
