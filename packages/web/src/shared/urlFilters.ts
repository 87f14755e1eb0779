import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

type Change = string | readonly string[] | boolean | undefined | null;

/**
 * A list page's filters live in the address (`?q=…&cause=A&cause=B`), so a shared link shows the same view.
 * Values the page does not know are dropped; lists come back in a fixed order, so one view is one cache entry.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();

  const text = useCallback((key: string) => params.get(key)?.trim() ?? '', [params]);

  const list = useCallback(
    <T extends string>(key: string, allowed?: readonly T[]): T[] => {
      const values = new Set(params.getAll(key).filter(Boolean));
      return allowed ? allowed.filter((value) => values.has(value)) : ([...values].sort() as T[]);
    },
    [params],
  );

  const one = useCallback(
    <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
      const value = params.get(key);
      return allowed.find((candidate) => candidate === value);
    },
    [params],
  );

  const update = useCallback(
    (changes: Record<string, Change>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            next.delete(key);
            if (typeof value === 'string') {
              if (value.trim()) next.set(key, value.trim());
            } else if (typeof value === 'boolean') {
              if (value) next.set(key, '1');
            } else if (value) {
              for (const item of value) next.append(key, item);
            }
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  const active = useMemo(() => [...params.keys()].length > 0, [params]);

  return { text, list, one, update, clear, active };
}
