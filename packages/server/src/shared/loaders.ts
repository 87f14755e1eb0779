import DataLoader from 'dataloader';

/** A loader of rows by id: one `WHERE id = ANY(...)` per tick, whatever the page size. */
export function rowsById<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** A loader of every row that belongs to each key (a project's maintainers, an organisation's members…). */
export function rowsGroupedBy<T>(fetch: (keys: readonly string[]) => Promise<T[]>, keyOf: (row: T) => string | null) {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string | null, T[]>();
    for (const row of await fetch(keys)) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader of rows by a two-part key (`<a>:<b>`, say organisation and user): one statement per tick. */
export function rowsByPair<T>(fetch: (pairs: [string, string][]) => Promise<T[]>, keyOf: (row: T) => [string, string]) {
  return new DataLoader<string, T | null>(async (keys) => {
    const pairs = keys.map((key) => key.split(':') as [string, string]);
    const rows = new Map((await fetch(pairs)).map((row) => [keyOf(row).join(':'), row]));
    return keys.map((key) => rows.get(key) ?? null);
  });
}

/** The SQL and parameters of `(a, b) IN ((…), …)` for `rowsByPair`. */
export function pairsSql(columns: [string, string], pairs: [string, string][]) {
  const params: Record<string, string> = {};
  const tuples = pairs.map(([a, b], i) => {
    params[`pairA${i}`] = a;
    params[`pairB${i}`] = b;
    return `(CAST(:pairA${i} AS uuid), CAST(:pairB${i} AS uuid))`;
  });
  return { sql: `(${columns[0]}, ${columns[1]}) IN (${tuples.join(', ')})`, params };
}
