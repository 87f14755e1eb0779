import DataLoader from 'dataloader';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  afterCondition,
  encodeCursor,
  pageSize,
  serialise,
  type Page,
  type SortDirection,
  type SortKey,
} from './keyset';
import { lazy } from './lazy';
import { rowsGroupedBy } from './loaders';

/**
 * Pages of a nested list (a project's sponsors, an organisation's members…) for many parents at once: one
 * statement finds, for every parent of a GraphQL page, the ids of its own page — a LATERAL join runs the keyset
 * query once per parent inside Postgres — and the nodes come from a by-id loader, batched across parents (and
 * shared with every other field that shows the same rows). `totalCount` is one grouped count, only when asked.
 * So 10 or 100 parents cost the same statements.
 */
export interface NestedList<F, R extends ObjectLiteral = ObjectLiteral> {
  /**
   * The rows any parent's list is drawn from, for one set of field arguments, with what the viewer may see already
   * applied (joins allowed). Parameters must be named (`:name`), not positional.
   */
  rows(filter: F): SelectQueryBuilder<R>;
  /** SQL naming a row's parent id, e.g. `link.project_id`. */
  parent: string;
  /** SQL naming a row's node id, unique within a parent, a uuid, e.g. `link.id` or `member.user_id`. */
  id: string;
  sort: Pick<SortKey<unknown>, 'name' | 'column' | 'sqlType'>;
  direction: SortDirection;
  /**
   * For a list whose nodes are its rows: a row's parent id. Gives the loaders `firstRows`, the first page as rows in
   * one statement, which is what the list's deprecated array answers.
   */
  parentOf?: (row: R) => string | null;
}

export interface NestedPageArgs {
  first?: number | null;
  after?: string | null;
}

/** One page of one parent's list, as ids; the field's resolver loads the nodes. */
export interface IdPage {
  edges: { cursor: string; id: string }[];
  pageInfo: Page<unknown>['pageInfo'];
  totalCount: PromiseLike<number>;
}

interface PageRow {
  parent: string;
  id: string;
  sort: string;
}

/**
 * Per request: `pagesOf(list)(args, filter)` is a loader of `IdPage`s by parent id, one per distinct set of
 * arguments (GraphQL asks every parent of a list with the same ones).
 */
export function nestedPages<F = void, R extends ObjectLiteral = ObjectLiteral>(
  db: EntityManager,
  list: NestedList<F, R>,
) {
  const pages = new Map<string, DataLoader<string, IdPage>>();
  const counts = new Map<string, DataLoader<string, number>>();

  const countsFor = (filter: F) => {
    const key = JSON.stringify(filter ?? null);
    let loader = counts.get(key);
    if (!loader) {
      loader = new DataLoader<string, number>(async (parents) => {
        const rows: { parent: string; count: number }[] = await list
          .rows(filter)
          .select(list.parent, 'parent')
          .addSelect('count(*)::int', 'count')
          .andWhere(`${list.parent} IN (:...countParents)`, { countParents: parents })
          .groupBy(list.parent)
          .getRawMany();
        const byParent = new Map(rows.map((row) => [row.parent, row.count]));
        return parents.map((parent) => byParent.get(parent) ?? 0);
      });
      counts.set(key, loader);
    }
    return loader;
  };

  const pagesOf = (args: NestedPageArgs, filter: F): DataLoader<string, IdPage> => {
    const size = pageSize(args.first);
    const key = JSON.stringify([size, args.after ?? null, filter ?? null]);
    let loader = pages.get(key);
    if (!loader) {
      const count = countsFor(filter);
      loader = new DataLoader<string, IdPage>(async (parents) => {
        const rows = await pageRows(db, list, filter, parents, size, args.after ?? null);
        const byParent = new Map<string, PageRow[]>();
        for (const row of rows) {
          const group = byParent.get(row.parent);
          if (group) group.push(row);
          else byParent.set(row.parent, [row]);
        }
        return parents.map((parent) => {
          const group = byParent.get(parent) ?? [];
          const edges = group.slice(0, size).map((row) => ({
            id: row.id,
            cursor: encodeCursor([list.sort.name, list.direction, serialise(row.sort), row.id]),
          }));
          return {
            edges,
            pageInfo: {
              hasNextPage: group.length > size,
              hasPreviousPage: false,
              startCursor: edges[0]?.cursor ?? null,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
            totalCount: lazy(() => count.load(parent)),
          };
        });
      });
      pages.set(key, loader);
    }
    return loader;
  };
  return Object.assign(pagesOf, { firstRows: firstRowsOf(list) });
}

/** A parent's first `limit` rows (ids and sort keys) after the cursor, as a subquery correlated on `parents.id`. */
function pageQuery<F, R extends ObjectLiteral>(list: NestedList<F, R>, filter: F, limit: number, after: string | null) {
  const page = list.rows(filter).select(list.id, 'id').addSelect(list.sort.column, 'sort');
  page.andWhere(`${list.parent} = parents.id`);
  if (after) {
    const condition = afterCondition(list.sort, list.id, list.direction, after);
    page.andWhere(condition.sql, condition.params);
  }
  return page.orderBy(list.sort.column, list.direction).addOrderBy(list.id, list.direction).limit(limit);
}

/** One statement: for each parent, its page's (id, sort key), one row more than asked to tell if more follow. */
async function pageRows<F, R extends ObjectLiteral>(
  db: EntityManager,
  list: NestedList<F, R>,
  filter: F,
  parents: readonly string[],
  size: number,
  after: string | null,
): Promise<PageRow[]> {
  const page = pageQuery(list, filter, size + 1, after);
  // The sort key goes out as JSON text: a timestamp keeps its microseconds (and `infinity`), so a cursor is exact.
  const sql =
    `SELECT parents.id AS parent, page.id, to_json(page.sort) #>> '{}' AS sort ` +
    `FROM unnest(CAST(:parents AS uuid[])) AS parents(id) CROSS JOIN LATERAL (${page.getQuery()}) page ` +
    `ORDER BY parents.id, page.sort ${list.direction}, page.id ${list.direction}`;
  const [query, parameters] = db.connection.driver.escapeQueryWithParameters(sql, {
    ...page.getParameters(),
    parents: [...parents],
  });
  return db.query(query, parameters);
}

/**
 * Per request: `firstRows(filter)` is a loader of each parent's first `DEPRECATED_LIST_CAP` rows, in the list's
 * order, for a list whose nodes are its rows — one statement, the rows themselves rather than ids for a by-id
 * loader to fetch. It is what a deprecated array answers: its connection's first page, at the cost the array had.
 */
function firstRowsOf<F, R extends ObjectLiteral>(list: NestedList<F, R>) {
  const loaders = new Map<string, DataLoader<string, R[]>>();
  return (filter: F): DataLoader<string, R[]> => {
    const { parentOf } = list;
    if (!parentOf) throw new Error(`The list of ${list.id} has no parentOf: its nodes are not its rows.`);
    const key = JSON.stringify(filter ?? null);
    let loader = loaders.get(key);
    if (!loader) {
      loader = rowsGroupedBy((parents) => {
        const page = pageQuery(list, filter, DEPRECATED_LIST_CAP, null);
        return list
          .rows(filter)
          .andWhere(
            `(${list.parent}, ${list.id}) IN (SELECT parents.id, page.id ` +
              `FROM unnest(CAST(:firstParents AS uuid[])) AS parents(id) CROSS JOIN LATERAL (${page.getQuery()}) page)`,
            { ...page.getParameters(), firstParents: [...parents] },
          )
          .orderBy(list.sort.column, list.direction)
          .addOrderBy(list.id, list.direction)
          .getMany();
      }, parentOf);
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** The nodes of an id page through a by-id loader, with the page's cursors; a node gone since (null) is left out. */
export async function withNodes<T>(page: IdPage, load: (id: string) => Promise<T | null>): Promise<Page<T>> {
  const nodes = await Promise.all(page.edges.map((edge) => load(edge.id)));
  const edges = page.edges.flatMap((edge, i) => (nodes[i] ? [{ cursor: edge.cursor, node: nodes[i] as T }] : []));
  return { edges, pageInfo: page.pageInfo, totalCount: page.totalCount };
}

/** The array a deprecated list field still answers: the first `DEPRECATED_LIST_CAP` items of its connection. */
export const DEPRECATED_LIST_CAP = 100;

/**
 * The arguments a deprecated list asks its connection with: one page of `DEPRECATED_LIST_CAP`, so the list reads
 * no more rows than it shows — a company sponsoring thousands of projects costs what one page costs.
 */
export const DEPRECATED_PAGE = { first: DEPRECATED_LIST_CAP, after: null } as const;

/** A connection's nodes as a plain list (null stays null: the connection was not the viewer's to see). */
export function nodesOf<T>(page: Page<T>): T[];
export function nodesOf<T>(page: Page<T> | null): T[] | null;
export function nodesOf<T>(page: Page<T> | null): T[] | null {
  return page ? page.edges.map((edge) => edge.node) : null;
}
