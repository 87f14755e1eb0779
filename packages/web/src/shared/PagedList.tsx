import type { ReactNode } from 'react';
import { LoadMore } from './LoadMore';
import { ListState } from './PageState';

interface Connection<N> {
  edges: Array<{ node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A cursor-paged list in its states: loading, failed, empty, or its items as a plain list with "load more". */
export function PagedList<N extends { id: string }>({
  connection,
  loading,
  error,
  onRetry,
  fetchMore,
  empty,
  filter = () => true,
  children,
}: {
  connection: Connection<N> | null | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  /** Asks for the page after the cursor; the cache appends it. */
  fetchMore: (after: string) => Promise<unknown>;
  empty: ReactNode;
  /** Which of the loaded items to show (all unless given). */
  filter?: (node: N) => boolean;
  children: (node: N) => ReactNode;
}) {
  const shown = connection?.edges.filter(({ node }) => filter(node)) ?? [];
  return (
    <ListState
      loading={loading}
      error={error}
      data={connection}
      onRetry={onRetry}
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
          <LoadMore pageInfo={pageInfo} fetchMore={fetchMore} />
        </>
      )}
    </ListState>
  );
}
