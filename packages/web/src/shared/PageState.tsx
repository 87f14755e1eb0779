import { Alert, Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from './errors';

/** The three states every page shows before its content: loading, failed (with retry), empty. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      <Skeleton active paragraph={{ rows: 4 }} />
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = problemOf(error);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('common.loadFailed', { message: problem.message })}
      description={problem.requestId ? t('common.requestId', { id: problem.requestId }) : undefined}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return <Empty description={children ?? t('common.empty')} />;
}

interface QueryStateProps<T> {
  loading: boolean;
  error: unknown;
  data: T | undefined | null;
  onRetry?: () => void;
  /** What to say when there is nothing to show; "nothing here" unless given. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}

/** Renders loading / error / content for a query result. */
export function QueryState<T>({ loading, error, data, onRetry, empty, children }: QueryStateProps<T>) {
  if (error && !data) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading && !data) return <Loading />;
  if (!data) return <EmptyState>{empty}</EmptyState>;
  return <>{children(data)}</>;
}

/** The same for a list: `empty` also when the result holds no items. */
export function ListState<T>({ isEmpty, children, ...query }: QueryStateProps<T> & { isEmpty: (data: T) => boolean }) {
  return (
    <QueryState {...query}>
      {(data) => (isEmpty(data) ? <EmptyState>{query.empty}</EmptyState> : children(data))}
    </QueryState>
  );
}
