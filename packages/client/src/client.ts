import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { errorFromGraphQL, errorFromHttp, GoodlinkError } from './errors';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://goodlink.example.org/graphql`. */
  url: string;
  /** A session token (from `signIn`) or an API key (`gl_live_…`): both go in `Authorization: Bearer`. */
  token?: string;
  /** Another fetch (a proxy agent, a test double); the global one by default. */
  fetch?: typeof fetch;
  /** Sent with every request, e.g. `x-request-id` or `accept-language`. */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  /** Aborting rejects with the signal's reason, not with a GoodlinkError. */
  signal?: AbortSignal;
}

/**
 * Variables are required exactly when the operation has a required variable: `request(ProjectsDocument)` is fine,
 * `request(ProjectSponsorsDocument)` without `{ slug }` does not compile.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is how "no required keys" is spelled.
type VariablesArgs<TVariables> = {} extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

export interface GoodlinkClient {
  readonly url: string;
  /** Runs one operation and resolves to its `data`; any GraphQL or HTTP error rejects with a GoodlinkError. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<TData>;
}

interface PrintedOperation {
  query: string;
  operationName?: string;
}

// Generated documents are module-level constants: print each once, not on every page of a long pagination.
const printed = new WeakMap<DocumentNode, PrintedOperation>();

function printOperation(document: DocumentNode): PrintedOperation {
  let operation = printed.get(document);
  if (!operation) {
    operation = { query: print(document), operationName: getOperationAST(document)?.name?.value };
    printed.set(document, operation);
  }
  return operation;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

/** The body as GraphQL, or undefined when it is not GraphQL at all (an HTML error page, an empty 502). */
function parseBody(text: string): GraphQLResponseBody | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof body !== 'object' || body === null) return undefined;
  const { data, errors } = body as GraphQLResponseBody;
  if (errors !== undefined && !Array.isArray(errors)) return undefined;
  return { data, errors };
}

export function createClient(options: ClientOptions): GoodlinkClient {
  const send = options.fetch ?? globalThis.fetch;
  // Lower-cased, so that a caller's `Authorization` cannot sit beside the token's `authorization` as a second value.
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json;q=0.9',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };

  async function request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    requestOptions: RequestOptions = {},
  ): Promise<TData> {
    const { query, operationName } = printOperation(document);
    let response: Response;
    let text: string;
    try {
      response = await send(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables: variables ?? {}, operationName }),
        signal: requestOptions.signal,
      });
      text = await response.text();
    } catch (error) {
      if (requestOptions.signal?.aborted) throw error;
      throw new GoodlinkError(`Could not reach Goodlink at ${options.url}.`, { code: 'NETWORK_ERROR', cause: error });
    }

    const body = parseBody(text);
    if (body?.errors?.length) throw errorFromGraphQL(body.errors, response);
    if (!response.ok) throw errorFromHttp(response);
    if (body?.data == null) {
      throw new GoodlinkError('Goodlink answered without data or errors.', {
        code: 'BAD_RESPONSE',
        status: response.status,
        requestId: response.headers.get('x-request-id') ?? undefined,
      });
    }
    return body.data as TData;
  }

  return {
    url: options.url,
    // The rest-tuple signature is for callers; the implementation takes plain optional parameters.
    request: request as GoodlinkClient['request'],
  };
}
