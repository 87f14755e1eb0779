import type { DataSource } from 'typeorm';
import { ProjectVisibility } from '../../shared/enums';
import { resourceTotals } from '../resource/resource-impact.service';
import type { ResourceTotal } from '../resource/resource-impact.types';
import type { Stats } from './stats.types';

export class StatsService {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement, aggregates in SQL. */
  async totals(): Promise<Stats> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM projects WHERE visibility = $1)::int AS "publishedProjects",
         (SELECT count(*) FROM organizations)::int AS "organizations",
         (SELECT count(*) FROM organizations WHERE verified)::int AS "verifiedOrganizations",
         (SELECT count(*) FROM events)::int AS "events"`,
      [ProjectVisibility.PUBLISHED],
    );
    return row as Stats;
  }

  resources(): Promise<ResourceTotal[]> {
    return resourceTotals(this.dataSource.manager);
  }
}
