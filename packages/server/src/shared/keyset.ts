import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInput } from './errors';
import { lazy } from './lazy';
import { isStorableText } from './text';
import { UUID_PATTERN } from './validation';

/**
 * Keyset pagination, the one way every list pages: rows are ordered by (sort key, id) and a cursor carries the
 * last row's pair, so the next page starts with `WHERE (key, id) > (:key, :id)` and an index scan — never OFFSET.
 * Ties on the sort key are broken by id, so the order is total and stable while rows are added.
 */
export type SortDirection = 'ASC' | 'DESC';

export interface SortKey<T> {
  /** The name clients use (`CREATED_AT`); cursors remember it. */
  name: string;
  /** SQL for the key, with the query's alias, e.g. `project.created_at`. Must be NOT NULL. */
  column: string;
  /** Reads the key from a row (`'infinity'` for a timestamp that sorts after all others). */
  read: (row: T) => string | number | Date;
  /** The SQL type the cursor value is cast to. */
  sqlType: 'text' | 'timestamptz' | 'bigint' | 'numeric';
}

/** The key most lists sort by, when the row was made: `createdAtKey('project')` for `project.created_at`. */
export const createdAtKey = <T extends { createdAt: Date }>(alias: string): SortKey<T> => ({
  name: 'CREATED_AT',
  column: `${alias}.created_at`,
  read: (row) => row.createdAt,
  sqlType: 'timestamptz',
});

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: PromiseLike<number>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

type CursorValue = string | number;
type CursorPayload = [sort: string, direction: SortDirection, value: CursorValue, id: string];

export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** An ISO 8601 date and time as cursors hold them (`toISOString()`, or Postgres's JSON with its offset). */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?$/;

/** Whether `text` is a date and time Postgres takes as a timestamptz: every field in range, 2026-02-30 not. */
function isTimestamp(text: string): boolean {
  if (text === 'infinity' || text === '-infinity') return true;
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 15 &&
    offsetMinutes <= 59
  );
}

const BIGINT_MIN = -(2n ** 63n);
const BIGINT_MAX = 2n ** 63n - 1n;

/**
 * Whether a cursor's value casts to its key's SQL type, checked as strictly as Postgres will: a forged cursor must be
 * refused as bad input here, never fail as a cast in the query.
 */
function fitsType(value: CursorValue, sqlType: SortKey<unknown>['sqlType']): boolean {
  switch (sqlType) {
    case 'text':
      return typeof value === 'string' && isStorableText(value);
    case 'timestamptz':
      return typeof value === 'string' && isTimestamp(value);
    case 'bigint':
      if (typeof value === 'number') return Number.isSafeInteger(value);
      return /^-?\d{1,19}$/.test(value) && BigInt(value) >= BIGINT_MIN && BigInt(value) <= BIGINT_MAX;
    case 'numeric':
      return typeof value === 'number' ? Number.isFinite(value) : /^-?\d{1,1000}(\.\d{1,1000})?$/.test(value);
  }
}

export function decodeCursor(
  cursor: string,
  sort: Pick<SortKey<unknown>, 'name' | 'sqlType'>,
  direction: SortDirection,
): { value: CursorValue; id: string } {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidInput('after', 'This cursor is not one Goodlink gave out.');
  }
  if (
    !Array.isArray(payload) ||
    payload.length !== 4 ||
    typeof payload[3] !== 'string' ||
    !UUID_PATTERN.test(payload[3]) ||
    !(typeof payload[2] === 'string' || typeof payload[2] === 'number') ||
    !fitsType(payload[2], sort.sqlType)
  ) {
    throw new InvalidInput('after', 'This cursor is not one Goodlink gave out.');
  }
  if (payload[0] !== sort.name || payload[1] !== direction) {
    throw new InvalidInput(
      'after',
      'This cursor belongs to a list in another order; keep `orderBy` the same while paging.',
    );
  }
  return { value: payload[2], id: payload[3] };
}

export const serialise = (value: string | number | Date): CursorValue =>
  value instanceof Date ? value.toISOString() : value;

export interface PaginateOptions<T> {
  /** The query's alias; its table must have an `id` column. */
  alias: string;
  sort: SortKey<T>;
  direction: SortDirection;
  first?: number | null;
  after?: string | null;
}

/** `first` as asked, checked: between 0 and MAX_PAGE_SIZE; DEFAULT_PAGE_SIZE when left out. */
export function pageSize(first?: number | null): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new InvalidInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

/** The condition that starts a page after `after`'s row, on `(sort key, id)`. */
export function afterCondition(
  sort: Pick<SortKey<unknown>, 'name' | 'column' | 'sqlType'>,
  id: string,
  direction: SortDirection,
  after: string,
): { sql: string; params: Record<string, unknown> } {
  const { value, id: afterId } = decodeCursor(after, sort, direction);
  const comparison = direction === 'ASC' ? '>' : '<';
  return {
    sql: `(${sort.column}, ${id}) ${comparison} (CAST(:afterValue AS ${sort.sqlType}), CAST(:afterId AS uuid))`,
    params: { afterValue: value, afterId },
  };
}

export async function paginate<T extends ObjectLiteral & { id: string }>(
  query: SelectQueryBuilder<T>,
  { alias, sort, direction, first, after }: PaginateOptions<T>,
): Promise<Page<T>> {
  const size = pageSize(first);
  const counting = query.clone();
  const page = query.clone();
  if (after) {
    const condition = afterCondition(sort, `${alias}.id`, direction, after);
    page.andWhere(condition.sql, condition.params);
  }
  // One row more than asked tells whether another page follows (even for `first: 0`).
  const rows = await page
    .orderBy(sort.column, direction)
    .addOrderBy(`${alias}.id`, direction)
    .limit(size + 1)
    .getMany();
  const hasNextPage = rows.length > size;
  const edges = rows.slice(0, size).map((node) => ({
    node,
    cursor: encodeCursor([sort.name, direction, serialise(sort.read(node)), node.id]),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: lazy(() => counting.getCount()),
  };
}
