import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GoodlinkClient } from './client';
import { GoodlinkError } from './errors';

/** The part of a Relay connection that paging needs; every Goodlink list has it. */
export interface Connection<TNode> {
  edges: ReadonlyArray<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

function stalled(message: string): GoodlinkError {
  return new GoodlinkError(message, { code: 'PAGINATION_STALLED' });
}

/**
 * Every node of a connection, page after page: the document's `$after` is set to the previous page's endCursor
 * until `hasNextPage` is false. Page size is the caller's (`first` in `variables`).
 *
 * A server that hands back a cursor it gave before (or promises a next page it cannot reach) would keep a plain
 * loop busy forever; this refuses with PAGINATION_STALLED instead, before yielding the repeated page's nodes.
 */
export async function* paginate<TData, TVariables extends { after?: string | null }, TNode>(
  client: Pick<GoodlinkClient, 'request'>,
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'after'>,
  select: (data: TData) => Connection<TNode> | null | undefined,
): AsyncGenerator<TNode, void, undefined> {
  // request()'s rest-tuple signature cannot be resolved for a generic TVariables; these variables are complete.
  const request = client.request as (document: TypedDocumentNode<TData, TVariables>, v: TVariables) => Promise<TData>;
  const seen = new Set<string>();
  let after: string | null = null;

  for (;;) {
    const connection = select(await request(document, { ...variables, after } as TVariables));
    // A null connection (its parent was not found) is an empty list, not an error.
    if (!connection) return;

    const { hasNextPage, endCursor } = connection.pageInfo;
    if (endCursor != null) {
      if (seen.has(endCursor)) throw stalled(`The server returned the page ending at cursor "${endCursor}" twice.`);
      seen.add(endCursor);
    }
    if (hasNextPage && (endCursor == null || connection.edges.length === 0)) {
      throw stalled('The server reported a next page but gave no cursor (or no items) to reach it.');
    }

    for (const edge of connection.edges) yield edge.node;
    // endCursor is set whenever hasNextPage is (checked above); the test narrows its type.
    if (!hasNextPage || endCursor == null) return;
    after = endCursor;
  }
}
