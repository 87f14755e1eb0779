import type { EntityManager } from 'typeorm';
import type { ResourceCategory } from '../../shared/enums';
import type { ImpactMonth, ImpactYear, ResourceTotal } from './resource-impact.types';

export interface OrganizationImpactData {
  resources: ResourceTotal[];
  byYear: ImpactYear[];
  byMonth: ImpactMonth[];
  projectsSupported: number;
}

interface ImpactRow {
  organization_id: string;
  category: ResourceCategory | null;
  unit: string | null;
  year: number | null;
  month: string | null;
  granted: string;
  fulfilled: string;
  grants: number;
  projects: number;
  /** GROUPING(category, year, month) bits: 4 category and unit rolled up, 2 year, 1 month. */
  rolled: number;
}

const GRANTED = `r.status IN ('APPROVED', 'FULFILLED')`;

const total = (row: ImpactRow): ResourceTotal => ({
  category: row.category as ResourceCategory,
  unit: row.unit as string,
  granted: Number(row.granted),
  fulfilled: Number(row.fulfilled),
  grants: row.grants,
  projectsSupported: row.projects,
});

/** Which grouping set a row comes from, by its GROUPING(category, year, month) bits. */
const BY_CATEGORY_AND_YEAR = 0b001;
const BY_CATEGORY_AND_MONTH = 0b010;
const BY_CATEGORY = 0b011;
const BY_YEAR = 0b101;
const OVERALL = 0b111;

/**
 * Impact of many organisations in one statement: grouping sets give per category and unit (lifetime, per year,
 * per month), projects per year, and overall in a single pass over the grants; the code only sorts rows into place.
 */
export async function organizationImpacts(
  db: EntityManager,
  organizationIds: readonly string[],
): Promise<OrganizationImpactData[]> {
  const rows: ImpactRow[] = await db.query(
    `SELECT o.organization_id, o.category, o.unit, y.year, y.month,
            sum(r.approved_quantity)::bigint AS granted,
            COALESCE(sum(r.approved_quantity) FILTER (WHERE r.status = 'FULFILLED'), 0)::bigint AS fulfilled,
            count(*)::int AS grants,
            count(DISTINCT r.project_id)::int AS projects,
            GROUPING(o.category, y.year, y.month)::int AS rolled
       FROM resource_requests r
       JOIN resource_offers o ON o.id = r.offer_id
       CROSS JOIN LATERAL (SELECT extract(year FROM r.decided_at AT TIME ZONE 'UTC')::int AS year,
                                  to_char(r.decided_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month) y
      WHERE ${GRANTED} AND o.organization_id = ANY($1::uuid[])
      GROUP BY GROUPING SETS (
        (o.organization_id, o.category, o.unit, y.year),
        (o.organization_id, o.category, o.unit, y.month),
        (o.organization_id, o.category, o.unit),
        (o.organization_id, y.year),
        (o.organization_id))
      ORDER BY o.organization_id, y.year DESC NULLS FIRST, y.month NULLS FIRST, o.category, o.unit`,
    [organizationIds],
  );
  const impacts = new Map<string, OrganizationImpactData>(
    organizationIds.map((id) => [id, { resources: [], byYear: [], byMonth: [], projectsSupported: 0 }]),
  );
  for (const row of rows) {
    const impact = impacts.get(row.organization_id)!;
    const year = (y: number) => {
      let entry = impact.byYear.find((e) => e.year === y);
      if (!entry) impact.byYear.push((entry = { year: y, resources: [], projectsSupported: 0 }));
      return entry;
    };
    const month = (m: string) => {
      let entry = impact.byMonth.find((e) => e.month === m);
      if (!entry) impact.byMonth.push((entry = { month: m, resources: [] }));
      return entry;
    };
    if (row.rolled === BY_CATEGORY_AND_YEAR) year(row.year!).resources.push(total(row));
    else if (row.rolled === BY_CATEGORY_AND_MONTH) month(row.month!).resources.push(total(row));
    else if (row.rolled === BY_CATEGORY) impact.resources.push(total(row));
    else if (row.rolled === BY_YEAR) year(row.year!).projectsSupported = row.projects;
    else if (row.rolled === OVERALL) impact.projectsSupported = row.projects;
  }
  return organizationIds.map((id) => impacts.get(id)!);
}

/** Public totals over every organisation's grants, per category and unit, in one statement. */
export async function resourceTotals(db: EntityManager): Promise<ResourceTotal[]> {
  const rows: ImpactRow[] = await db.query(
    `SELECT o.category, o.unit,
            sum(r.approved_quantity)::bigint AS granted,
            COALESCE(sum(r.approved_quantity) FILTER (WHERE r.status = 'FULFILLED'), 0)::bigint AS fulfilled,
            count(*)::int AS grants,
            count(DISTINCT r.project_id)::int AS projects
       FROM resource_requests r
       JOIN resource_offers o ON o.id = r.offer_id
      WHERE ${GRANTED}
      GROUP BY o.category, o.unit
      ORDER BY o.category, o.unit`,
  );
  return rows.map(total);
}
