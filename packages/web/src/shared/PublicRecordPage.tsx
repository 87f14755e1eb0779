import type { ReactNode } from 'react';
import { NotFoundPage, type NotFoundProps } from './NotFoundPage';
import { QueryState } from './PageState';
import { PublicPage } from './PublicPage';

/** A public page of one record (a project, an event…): its query's states, then the record or "not found". */
export function PublicRecordPage<D, R>({
  result,
  record,
  notFound,
  children,
}: {
  result: { loading: boolean; error?: unknown; data?: D; refetch(): unknown };
  /** The record in the query's answer; null when there is none (or none this visitor may see). */
  record: (data: D) => R | null | undefined;
  notFound: NotFoundProps;
  children: (record: R) => ReactNode;
}) {
  return (
    <PublicPage>
      <QueryState
        loading={result.loading}
        error={result.error}
        data={result.data}
        onRetry={() => void result.refetch()}
      >
        {(data) => {
          const found = record(data);
          return found ? children(found) : <NotFoundPage {...notFound} />;
        }}
      </QueryState>
    </PublicPage>
  );
}
