import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './PageState';

/** "Load more" under a cursor-paged list: asks for the page after `endCursor`; the cache appends it. */
export function LoadMore({
  pageInfo,
  fetchMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  fetchMore: (after: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { hasNextPage, endCursor } = pageInfo;
  if (!hasNextPage || !endCursor) return null;

  const more = async () => {
    setLoading(true);
    setError(null);
    try {
      await fetchMore(endCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Flex vertical align="center" gap={12}>
      {error ? <ErrorState error={error} onRetry={() => void more()} /> : null}
      <Button onClick={() => void more()} loading={loading}>
        {t('common.loadMore')}
      </Button>
    </Flex>
  );
}
