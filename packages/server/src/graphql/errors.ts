import { GraphQLError, Kind, parse, visit, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { isCancelledStatement, TIMEOUT_CODE, TIMEOUT_MESSAGE } from '../db/statement-timeout';
import type { Logger } from '../logger';
import { DomainError, type FieldProblem } from '../shared/errors';
import { argumentPath, inputField, variableUsage } from './input-paths';
import { currentRequestId } from './request-scope';

/**
 * The one place where errors become what a client sees. Domain errors keep their message and code; bad input
 * names its field; anything unexpected is logged with the request id and answered INTERNAL_SERVER_ERROR, with
 * no stack, SQL or secret. A client's mistake is logged at info, without a stack: a client cannot flood the error log.
 */

/** Codes Apollo and graphql-js raise for a caller's mistake; their messages are safe to show. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_COMPLEX',
]);

/** A constraint violation told as a CONFLICT in the user's terms. */
interface ConstraintConflict {
  field: string;
  message: string;
  /** `extensions.reason`; ALREADY_EXISTS when not given. */
  reason?: string;
}

/**
 * A taken slug or email, said in the user's terms. The unique constraint is the check (services do not look
 * first): it holds under concurrency, and the failed statement rolls the whole mutation back.
 */
const UNIQUE_CONSTRAINTS: Record<string, ConstraintConflict> = {
  uq_users_email: { field: 'email', message: 'An account with this email already exists.' },
  uq_organizations_slug: { field: 'slug', message: 'Another organisation already uses this slug.' },
  uq_projects_slug: { field: 'slug', message: 'Another project already uses this slug.' },
  uq_events_slug: { field: 'slug', message: 'Another event already uses this slug.' },
  uq_stories_slug: { field: 'slug', message: 'Another story already uses this slug.' },
  uq_sponsor_links_live: {
    field: 'role',
    message: 'These two already have a live sponsor link with this role (proposed or confirmed).',
  },
  uq_resource_requests_pending: {
    field: 'offerId',
    reason: 'DUPLICATE_PENDING',
    message: 'This project already has a pending request for this offer: wait for the answer or withdraw it first.',
  },
};

function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * graphql-js names the offending variable in its message: `Variable "$input" got invalid value … at "input.slug"`,
 * or `Field "name" of required type …`. The field is where that variable is passed in the document (`slug` for
 * `createProject(input: $input)`, `id` for `resourceOffer(id: $offer)`), or the variable's own name.
 */
function fieldFromCoercionMessage(message: string, source: string | undefined): string | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  const path = /at "([^"]+)"/.exec(message)?.[1];
  const missing =
    /Field "([^"]+)" of required type/.exec(message)?.[1] ?? /Field "([^"]+)" is not defined/.exec(message)?.[1];
  // `input.causeAreas[0]` → `causeAreas`: the field, not the list position (the message keeps that).
  const inside = path
    ? path
        .replace(/\[\d+\]/g, '')
        .split('.')
        .slice(1)
    : [];
  const parts = [...inside, ...(missing ? [missing] : [])];
  if (!variable) return parts.length ? parts.join('.') : undefined;
  const usage = source ? variableUsage(parse(source), variable) : undefined;
  if (!usage) return parts.length ? parts.join('.') : variable;
  return inputField([...usage, ...parts]);
}

const VALUE_KINDS = new Set<string>([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
]);

/**
 * A literal argument of the wrong type (`createProject(input: { stage: DONE })`) fails GraphQL validation, which
 * names no field. Find the input field that holds the offending value, so it reads like any other bad input.
 */
function literalValueField(error: GraphQLError): string | undefined {
  const node = error.nodes?.[0];
  if (!node || !VALUE_KINDS.has(node.kind) || !error.source || !node.loc) return undefined;
  const start = node.loc.start;
  const { path, visitor } = argumentPath();
  let found: string[] | undefined;
  visit(parse(error.source), {
    ...visitor,
    enter(n) {
      if (!found && n.kind === node.kind && n.loc?.start === start) found = [...path];
    },
  });
  if (!found) return undefined;
  const missing = /Field "[^".]+\.([^"]+)" of required type/.exec(error.message)?.[1];
  return inputField([...found, ...(missing ? [missing] : [])]);
}

/**
 * CHECK constraints that guard a rule services already enforce under a lock. Should a code path ever miss the
 * rule, the database still refuses, and the caller hears the rule rather than an internal error.
 */
const CHECK_CONSTRAINTS: Record<string, ConstraintConflict> = {
  ck_resource_offers_granted: {
    field: 'quantity',
    reason: 'OVER_REMAINING',
    message: 'Not enough of this offer remains for that.',
  },
};

function constraintConflict(error: unknown): ConstraintConflict | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code === '23514') return CHECK_CONSTRAINTS[driverError.constraint ?? ''];
  if (driverError.code !== '23505') return undefined;
  return UNIQUE_CONSTRAINTS[driverError.constraint ?? ''] ?? { field: '', message: 'This already exists.' };
}

/**
 * Apollo's refusals of a persisted query it cannot use, which carry HTTP 400 but no code (Apollo 5 has codes only for
 * PERSISTED_QUERY_NOT_FOUND and _NOT_SUPPORTED): known by their message, which test/hostile-input.test.ts pins.
 */
const APOLLO_REQUEST_ERRORS: Record<string, string> = {
  'Unsupported persisted query version': 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
  'provided sha does not match query': 'PERSISTED_QUERY_HASH_MISMATCH',
};

/** The error as the client's mistake, or undefined when it is a fault on our side. */
function clientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const { message, locations, path } = formatted;
  const original = unwrapResolverError(error);

  if (original instanceof DomainError) {
    return { message: original.message, locations, path, extensions: { code: original.code, ...original.details } };
  }

  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidationErrors(original.extensions.validationErrors as ValidationError[]);
    const first = fields[0];
    return {
      message: first ? `${first.field}: ${first.messages.join('; ')}` : 'The input is not valid.',
      locations,
      path,
      extensions: { code: 'BAD_USER_INPUT', field: first?.field, fields },
    };
  }

  const duplicate = constraintConflict(original);
  if (duplicate) {
    return {
      message: duplicate.message,
      locations,
      path,
      extensions: {
        code: 'CONFLICT',
        reason: duplicate.reason ?? 'ALREADY_EXISTS',
        field: duplicate.field || undefined,
      },
    };
  }

  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' && original instanceof GraphQLError) {
    const field = literalValueField(original);
    if (field) return { message, locations, path, extensions: { code: 'BAD_USER_INPUT', field } };
  }
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && extensions.field === undefined) {
      extensions.field = fieldFromCoercionMessage(
        message,
        original instanceof GraphQLError ? original.source?.body : undefined,
      );
    }
    return { message, locations, path, extensions };
  }

  const requestError = original instanceof GraphQLError && !original.extensions.code && APOLLO_REQUEST_ERRORS[message];
  if (requestError) return { message, extensions: { code: requestError } };
  return undefined;
}

export function createErrorFormatter(logger: Logger) {
  const unexpected = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    const requestId = currentRequestId();
    logger.error(
      { err: unwrapResolverError(error), requestId, path },
      'unexpected error while answering a GraphQL request',
    );
    return {
      message: `Something went wrong on our side. Please try again; if it persists, quote request id ${requestId ?? 'unknown'}.`,
      locations,
      path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };

  // PostgreSQL cancelled a statement past the statement timeout: not a fault of our code, and the operator's concern
  // (which query is slow) more than the client's — a warn line with the statement, without its values.
  const timedOut = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { locations, path } = formatted;
    const requestId = currentRequestId();
    const original = unwrapResolverError(error);
    const query = original instanceof QueryFailedError ? original.query : undefined;
    logger.warn({ requestId, path, query }, 'a statement ran past the statement timeout and was cancelled');
    return { message: TIMEOUT_MESSAGE, locations, path, extensions: { code: TIMEOUT_CODE, requestId } };
  };

  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    let refused: GraphQLFormattedError | undefined;
    try {
      refused = clientError(formatted, error);
    } catch (failure) {
      // Thrown out of here, Apollo would answer "Internal server error" with no request id and log nothing.
      return unexpected(formatted, new AggregateError([error, failure], 'the error formatter failed'));
    }
    if (!refused) {
      return isCancelledStatement(unwrapResolverError(error))
        ? timedOut(formatted, error)
        : unexpected(formatted, error);
    }
    // A client's mistake is routine: one line at info, without a stack or the values sent (they may be secrets).
    logger.info(
      {
        requestId: currentRequestId(),
        code: refused.extensions?.code,
        field: refused.extensions?.field,
        path: refused.path,
      },
      'request refused',
    );
    return refused;
  };
}
