import { QueryFailedError } from 'typeorm';

/**
 * SQLSTATE 57014 (query_canceled): PostgreSQL stopped the statement — past `statement_timeout`, or cancelled by an
 * operator. Either way the request did not fail through a fault of the server's code, and says so with its own code.
 */
export function isCancelledStatement(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? error.driverError : error;
  return (driverError as { code?: unknown } | null | undefined)?.code === '57014';
}

export const TIMEOUT_CODE = 'TIMEOUT';
export const TIMEOUT_MESSAGE =
  'This request took longer than the server allows and was stopped. Ask for less (smaller pages, fewer fields), ' +
  'or try again later.';
