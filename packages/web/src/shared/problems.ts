import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { problemOf } from './errors';

/**
 * Refusals the dashboard knows by their `extensions.reason` (messages `csr.problems.*`): said in the interface's
 * language, with the numbers the server sent (what remains, what is already granted…). Anything else keeps the
 * server's own message.
 */
const KNOWN_REASONS = new Set([
  'OVER_REMAINING',
  'OVER_PROJECT_MAXIMUM',
  'OFFER_NOT_OPEN',
  'NOT_PENDING',
  'NOT_APPROVED',
  'BELOW_GRANTED',
  'HAS_REQUESTS',
  'LAST_OWNER',
  'ALREADY_MEMBER',
  'ALREADY_ENDED',
  'NOT_LIVE',
  'NOT_PROPOSED',
]);

/**
 * Refusals without a reason of their own, known in one place by their code and field, e.g. `NOT_FOUND:email` when
 * adding a member: the message key to use instead of the server's English.
 */
export type ProblemOverrides = Record<string, string>;

export interface ProblemOptions {
  /** Values the messages may use that the server does not send (the offer's unit…). */
  values?: Record<string, unknown>;
  overrides?: ProblemOverrides;
}

function extensionsOf(error: unknown): Record<string, unknown> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  return (error.errors[0]?.extensions ?? {}) as Record<string, unknown>;
}

/** The message key for a problem when the dashboard has its own words for it. */
function messageKey(error: unknown, overrides: ProblemOverrides): string | null {
  const { reason, code, fields } = problemOf(error);
  if (reason && KNOWN_REASONS.has(reason)) return `csr.problems.${reason}`;
  const override = fields.map(({ field }) => overrides[`${code}:${field}`]).find(Boolean);
  return override ?? null;
}

/** The message to show for a failed mutation. */
export function problemText(
  t: TFunction,
  error: unknown,
  { values = {}, overrides = {} }: ProblemOptions = {},
): string {
  const problem = problemOf(error);
  const key = messageKey(error, overrides);
  if (key) return t(key, { unit: '', ...values, ...extensionsOf(error), serverMessage: problem.message });
  if (problem.code === 'FORBIDDEN') return t('csr.problems.FORBIDDEN', { serverMessage: problem.message });
  return problem.message || t('common.unexpectedError');
}

/**
 * Puts the server's field errors on the form items it names (in the interface's language when the dashboard knows
 * the problem; errors.ts's showFieldErrors does the same with the server's words) and returns the message to show
 * above the form when no field shown there was named.
 */
export function formProblem(
  t: TFunction,
  form: FormInstance,
  error: unknown,
  fieldNames: string[],
  options: ProblemOptions = {},
): string | null {
  const problem = problemOf(error);
  const text = problemText(t, error, options);
  const named = problem.fields.filter(({ field }) => fieldNames.includes(field));
  if (!named.length) return text;
  const known = messageKey(error, options.overrides ?? {}) !== null;
  form.setFields(named.map(({ field, messages }) => ({ name: field.split('.'), errors: known ? [text] : messages })));
  return named.length < problem.fields.length ? text : null;
}
