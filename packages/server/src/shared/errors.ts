/**
 * Domain errors: what services throw when a caller's request cannot be honoured. graphql/errors.ts turns each
 * into a GraphQL error whose `extensions.code` says why; nothing else needs to know about GraphQL.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export interface FieldProblem {
  field: string;
  messages: string[];
}

/** The caller sent something we cannot accept; `field` names the offending input field (e.g. `slug`). */
export class InvalidInput extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { field, fields: [{ field, messages: [message] }], ...details });
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to do this.') {
    super(message);
  }
}

export class Forbidden extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFound extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, details);
  }
}

/** The request is valid but clashes with the current state (a taken slug, the last owner leaving…). */
export class Conflict extends DomainError {
  readonly code = 'CONFLICT';
  constructor(message: string, details: { field?: string; reason?: string } & Record<string, unknown> = {}) {
    super(message, details);
  }
}
