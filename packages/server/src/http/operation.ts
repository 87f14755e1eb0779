import type { ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context';

/**
 * The HTTP routes that answer from a GraphQL operation (feeds, calendars, embeds, exports) run it in-process; a
 * refusal of that operation keeps its code and becomes the route's own answer, with the status its code means.
 */

export interface OperationError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What the operation's errors answered, for `jsonErrors` to send as they are. */
export class OperationRefused extends Error {
  constructor(readonly errors: readonly OperationError[]) {
    super(errors[0]?.message ?? 'The operation was refused.');
  }

  get code(): string {
    return String(this.errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
}

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  TIMEOUT: 503,
};

/** The HTTP status a route answers for an error code; any other code is a mistake in the request. */
export const httpStatusOf = (code: string): number => STATUS_OF_CODE[code] ?? 400;

/** Runs `query` with `context` and returns its data, or throws the refusal (`OperationRefused`) it answered. */
export async function runOperation<T>(
  apollo: ApolloServer<Context>,
  query: string,
  variables: Record<string, unknown>,
  context: Context,
): Promise<T> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new OperationRefused(errors as readonly OperationError[]);
  return data as T;
}
