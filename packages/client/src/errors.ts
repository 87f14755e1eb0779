import type { GraphQLFormattedError } from 'graphql';

/**
 * `extensions.code` values Goodlink sends, and the few this client raises itself. The list is open (`string & {}`):
 * a newer server may send a code this version does not know, and that must still reach the caller.
 */
export type GoodlinkErrorCode =
  // The caller's mistakes, decided by the server's rules (packages/server/src/shared/errors.ts).
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  // Refusals before any rule runs: too many requests, a malformed or oversized document.
  | 'RATE_LIMITED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  // The request ran past the server's time limit (a statement cancelled by PostgreSQL): ask for less, or retry.
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR'
  // Raised by this client: no answer, an answer that is not GraphQL, a connection that pages in circles.
  | 'NETWORK_ERROR'
  | 'HTTP_ERROR'
  | 'BAD_RESPONSE'
  | 'PAGINATION_STALLED'
  | (string & {});

/** One input field the server refused, with why (`extensions.fields` of a BAD_USER_INPUT). */
export interface FieldProblem {
  field: string;
  messages: string[];
}

export interface GoodlinkErrorDetails {
  code: GoodlinkErrorCode;
  /** The finer cause of a CONFLICT or of a refused request, e.g. `ALREADY_EXISTS`, `DUPLICATE_PENDING`. */
  reason?: string;
  /** The input field at fault, when the server names one. */
  field?: string;
  fields?: FieldProblem[];
  /** The HTTP status; absent when no answer came back. */
  status?: number;
  /** Seconds to wait before trying again, from `Retry-After` on an HTTP 429. */
  retryAfter?: number;
  /** The server's `x-request-id`: quote it when reporting a problem. */
  requestId?: string;
  /** Every error of the response, as sent; the first one is what this error describes. */
  errors?: readonly GraphQLFormattedError[];
  cause?: unknown;
}

/** Everything `request()` and `paginate()` throw, apart from an abort the caller asked for. */
export class GoodlinkError extends Error {
  readonly code: GoodlinkErrorCode;
  readonly reason?: string;
  readonly field?: string;
  readonly fields?: FieldProblem[];
  readonly status?: number;
  readonly retryAfter?: number;
  readonly requestId?: string;
  readonly errors: readonly GraphQLFormattedError[];

  constructor(message: string, details: GoodlinkErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GoodlinkError';
    this.code = details.code;
    this.reason = details.reason;
    this.field = details.field;
    this.fields = details.fields;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.requestId = details.requestId;
    this.errors = details.errors ?? [];
  }
}

/**
 * `Retry-After` in seconds. RFC 9110 allows either a number of seconds or an HTTP date; a proxy in front of
 * Goodlink may send the date form even though Goodlink itself sends seconds.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function fieldProblems(value: unknown): FieldProblem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (item): item is FieldProblem =>
      typeof item?.field === 'string' &&
      Array.isArray(item.messages) &&
      item.messages.every((m: unknown) => typeof m === 'string'),
  );
}

/** What a response says about itself, whatever its body. */
export interface ResponseFacts {
  status: number;
  headers: Headers;
}

function responseDetails({ status, headers }: ResponseFacts) {
  return {
    status,
    retryAfter: status === 429 ? parseRetryAfter(headers.get('retry-after')) : undefined,
    requestId: headers.get('x-request-id') ?? undefined,
  };
}

/** A GraphQL error response, described by its first error: the one a caller acts on. */
export function errorFromGraphQL(errors: readonly GraphQLFormattedError[], response: ResponseFacts): GoodlinkError {
  const [first] = errors;
  const extensions = first.extensions ?? {};
  return new GoodlinkError(first.message, {
    code: stringOrUndefined(extensions.code) ?? (response.status === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR'),
    reason: stringOrUndefined(extensions.reason),
    field: stringOrUndefined(extensions.field),
    fields: fieldProblems(extensions.fields),
    errors,
    ...responseDetails(response),
  });
}

/** An HTTP failure without a GraphQL body: a proxy's error page, a gateway timeout, a bare 429. */
export function errorFromHttp(response: ResponseFacts): GoodlinkError {
  const limited = response.status === 429;
  return new GoodlinkError(limited ? 'Too many requests.' : `Goodlink answered HTTP ${response.status}.`, {
    code: limited ? 'RATE_LIMITED' : 'HTTP_ERROR',
    ...responseDetails(response),
  });
}
