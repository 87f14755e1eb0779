import type { ApolloServer } from '@apollo/server';
import { stringify } from 'csv-stringify/sync';
import { Router, type Request, type Response } from 'express';
import type { Context } from '../graphql/context';
import { OperationRefused, runOperation } from './operation';
import { refuse } from './refuse';

/**
 * CSV and JSON exports of the public lists, for spreadsheets and partners' systems. Each runs the list's own GraphQL
 * query, page after page, with the caller's credentials and the `filter` (and `orderBy`) they pass as JSON in the
 * query string — so an export holds exactly what the same GraphQL query would, with the same permissions and the
 * same errors — and writes each page as it comes: memory holds one page, never the whole table.
 *
 *   GET /export/projects.csv?filter={"causeAreas":["ACCESSIBILITY"]}
 *   GET /export/grants.json?filter={"organizationId":"…"}
 */

type Cell = string | number | boolean | Date | null | undefined;

interface ExportKind {
  /** The list field, its filter and order input types, and the fields of a node to select. */
  field: string;
  filterType: string;
  orderType?: string;
  selection: string;
  /** Filter values applied when the caller gives none of their own for that key. */
  defaults?: Record<string, unknown>;
  /** A reason to refuse a filter that would leave what this export is (grants are approved or fulfilled). */
  restrict?: (filter: Record<string, unknown> | undefined) => string | undefined;
  columns: Array<[header: string, value: (node: any) => Cell]>;
}

const KINDS: Record<string, ExportKind> = {
  projects: {
    field: 'projects',
    filterType: 'ProjectFilter',
    orderType: 'ProjectOrder',
    selection: `id slug name summary stage causeAreas license repositoryUrl websiteUrl publishedAt
      organization { slug name }`,
    columns: [
      ['id', (p) => p.id],
      ['slug', (p) => p.slug],
      ['name', (p) => p.name],
      ['summary', (p) => p.summary],
      ['stage', (p) => p.stage],
      ['causeAreas', (p) => p.causeAreas.join(' ')],
      ['license', (p) => p.license],
      ['repositoryUrl', (p) => p.repositoryUrl],
      ['websiteUrl', (p) => p.websiteUrl],
      ['publishedAt', (p) => p.publishedAt],
      ['organization', (p) => p.organization?.name],
    ],
  },
  offers: {
    field: 'resourceOffers',
    filterType: 'ResourceOfferFilter',
    orderType: 'ResourceOfferOrder',
    selection: `id title category status unit total remaining maxPerProject opensAt closesAt organization { slug name }`,
    columns: [
      ['id', (o) => o.id],
      ['title', (o) => o.title],
      ['category', (o) => o.category],
      ['status', (o) => o.status],
      ['unit', (o) => o.unit],
      ['total', (o) => o.total],
      ['remaining', (o) => o.remaining],
      ['maxPerProject', (o) => o.maxPerProject],
      ['opensAt', (o) => o.opensAt],
      ['closesAt', (o) => o.closesAt],
      ['organization', (o) => o.organization.name],
    ],
  },
  'sponsor-links': {
    field: 'sponsorLinks',
    filterType: 'SponsorLinkFilter',
    orderType: 'SponsorLinkOrder',
    selection: `id role status attribution url startsOn endsOn organization { slug name } project { slug name }`,
    columns: [
      ['id', (l) => l.id],
      ['organization', (l) => l.organization.name],
      ['project', (l) => l.project?.name],
      ['projectSlug', (l) => l.project?.slug],
      ['role', (l) => l.role],
      ['status', (l) => l.status],
      ['attribution', (l) => l.attribution],
      ['url', (l) => l.url],
      ['startsOn', (l) => l.startsOn],
      ['endsOn', (l) => l.endsOn],
    ],
  },
  grants: {
    field: 'resourceRequests',
    filterType: 'ResourceRequestFilter',
    selection: `id status category unit quantity approvedQuantity decidedAt fulfilledAt
      organization { slug name } offer { title } project { slug name }`,
    defaults: { statuses: ['APPROVED', 'FULFILLED'] },
    restrict: (filter) =>
      Array.isArray(filter?.statuses) && filter.statuses.some((s) => s !== 'APPROVED' && s !== 'FULFILLED')
        ? 'Grants are APPROVED or FULFILLED requests: filter.statuses may hold only those.'
        : undefined,
    columns: [
      ['id', (r) => r.id],
      ['organization', (r) => r.organization.name],
      ['offer', (r) => r.offer?.title],
      ['project', (r) => r.project?.name],
      ['projectSlug', (r) => r.project?.slug],
      ['category', (r) => r.category],
      ['unit', (r) => r.unit],
      ['quantity', (r) => r.quantity],
      ['approvedQuantity', (r) => r.approvedQuantity],
      ['status', (r) => r.status],
      ['decidedAt', (r) => r.decidedAt],
      ['fulfilledAt', (r) => r.fulfilledAt],
    ],
  },
};

const PAGE = 100;

interface Page {
  edges: Array<{ node: any }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * RFC 4180 rows ending in CRLF; a line break inside a cell quotes it too. Text cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR, or their full-width forms) get a leading `'`: names are typed by
 * anyone. Booleans stay `true`/`false` and dates are ISO 8601 in UTC, as in the GraphQL and JSON answers
 * (csv-stringify's own defaults are 1 and empty, and milliseconds since 1970).
 */
const csvRows = (rows: Cell[][], { bom = false } = {}): string =>
  stringify(rows, {
    bom,
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: { boolean: (value) => String(value), date: (value) => value.toISOString() },
  });

function queryFor(kind: ExportKind): string {
  const order = kind.orderType ? `, $orderBy: ${kind.orderType}` : '';
  const orderArg = kind.orderType ? ', orderBy: $orderBy' : '';
  return `query Export($first: Int!, $after: String, $filter: ${kind.filterType}${order}) {
    ${kind.field}(first: $first, after: $after, filter: $filter${orderArg}) {
      edges { node { ${kind.selection} } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
}

function jsonParam(req: Request, name: string): { value?: unknown; error?: string } {
  const raw = req.query[name];
  if (raw === undefined) return {};
  if (typeof raw !== 'string') return { error: `${name} must be given once, as JSON.` };
  try {
    return { value: JSON.parse(raw) };
  } catch {
    return { error: `${name} is not valid JSON.` };
  }
}

export function exportRouter(apollo: ApolloServer<Context>, contextFor: (res: Response) => Context): Router {
  const router = Router();
  router.get('/:kind.:format', async (req, res, next) => {
    // Own keys only: `constructor` or `__proto__` is no export either.
    const kind = Object.hasOwn(KINDS, req.params.kind) ? KINDS[req.params.kind] : undefined;
    const format = req.params.format;
    if (!kind || (format !== 'csv' && format !== 'json')) {
      return refuse(res, 404, 'NOT_FOUND', `Exports are ${Object.keys(KINDS).join(', ')}, each as .csv or .json.`);
    }
    const filter = jsonParam(req, 'filter');
    const orderBy = jsonParam(req, 'orderBy');
    const problem = filter.error ?? orderBy.error;
    if (problem) return refuse(res, 400, 'BAD_USER_INPUT', problem);
    if (filter.value !== undefined && (typeof filter.value !== 'object' || filter.value === null)) {
      return refuse(res, 400, 'BAD_USER_INPUT', 'filter must be a JSON object, as in the GraphQL list.');
    }
    const outside = kind.restrict?.(filter.value as Record<string, unknown> | undefined);
    if (outside) return refuse(res, 400, 'BAD_USER_INPUT', outside);

    const query = queryFor(kind);
    const variables = {
      first: PAGE,
      filter: { ...kind.defaults, ...(filter.value as object | undefined) },
      ...(orderBy.value !== undefined ? { orderBy: orderBy.value } : {}),
    };
    try {
      let after: string | null = null;
      let started = false;
      let first = true;
      for (;;) {
        let data: Record<string, Page>;
        try {
          data = await runOperation<Record<string, Page>>(apollo, query, { ...variables, after }, contextFor(res));
        } catch (error) {
          // Before the first byte, the refusal is the answer; after it, the stream is cut (the file is incomplete).
          if (!started || !(error instanceof OperationRefused)) throw error;
          res.destroy(error);
          return;
        }
        const connection: Page = data[kind.field];
        if (!started) {
          started = true;
          const filename = `goodlink-${req.params.kind}.${format}`;
          res.setHeader('content-disposition', `attachment; filename="${filename}"`);
          if (format === 'csv') {
            res.setHeader('content-type', 'text/csv; charset=utf-8');
            // A byte-order mark, so Excel reads the Chinese as UTF-8.
            res.write(csvRows([kind.columns.map(([header]) => header)], { bom: true }));
          } else {
            res.setHeader('content-type', 'application/json; charset=utf-8');
            res.write('[');
          }
        }
        if (format === 'csv' && connection.edges.length) {
          res.write(csvRows(connection.edges.map(({ node }) => kind.columns.map(([, value]) => value(node)))));
        } else if (format === 'json') {
          for (const { node } of connection.edges) {
            res.write((first ? '\n' : ',\n') + JSON.stringify(node));
            first = false;
          }
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      if (format === 'json') res.write('\n]\n');
      res.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
