import type { ReactNode } from 'react';
import { LoadMore } from './LoadMore';
import { ListState } from './PageState';

interface Connection<N> {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The parts of a list query's result the list uses (what `useQuery` returns). */
interface PagedQuery {
  loading: boolean;
  error?: unknown;
  refetch(): unknown;
  /** Asks for the page after the cursor; the cache appends it. */
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

/** A cursor-paged list in its states: loading, failed, empty, or its items as a plain list with "load more". */
export function PagedList<N extends { id: string }>({
  query,
  connection,
  empty,
  filter = () => true,
  children,
}: {
  query: PagedQuery;
  /** The list in the query's answer. */
  connection: Connection<N> | null | undefined;
  empty: ReactNode;
  /** Which of the loaded items to show (all unless given). */
  filter?: (node: N) => boolean;
  children: (node: N) => ReactNode;
}) {
  const shown = connection?.edges.filter(({ node }) => filter(node)) ?? [];
  return (
    <ListState
      loading={query.loading}
      error={query.error}
      data={connection}
      onRetry={() => void query.refetch()}
      isEmpty={() => !shown.length}
      empty={empty}
    >
      {({ pageInfo }) => (
        <>
          <ul className="plain-list">
            {shown.map(({ node }) => (
              <li key={node.id}>{children(node)}</li>
            ))}
          </ul>
          <LoadMore pageInfo={pageInfo} fetchMore={(after) => query.fetchMore({ variables: { after } })} />
        </>
      )}
    </ListState>
  );
}
