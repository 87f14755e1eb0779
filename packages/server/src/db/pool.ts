import { Client, type Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/** The pg pool under TypeORM's postgres driver (pg-boss, the metrics and shutdown use it directly). */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}

export interface CheckedOutConnections {
  /** Cancels the statement each checked-out connection is running (pg_cancel_backend); returns how many. */
  cancelRunning(): Promise<number>;
}

/**
 * Keeps the connections the pool has lent out. At shutdown, once the grace is over, whatever they still run
 * belongs to requests already cut off — and `pool.end()` would wait for each statement, up to its timeout.
 */
export function watchCheckedOut(pool: Pool): CheckedOutConnections {
  const lent = new Set<PoolClient>();
  pool.on('acquire', (client) => lent.add(client));
  pool.on('release', (_error, client) => lent.delete(client));
  pool.on('remove', (client) => lent.delete(client as PoolClient));
  return {
    async cancelRunning() {
      const pids = [...lent]
        .map((client) => (client as unknown as { processID: number | null }).processID)
        .filter((pid): pid is number => typeof pid === 'number');
      if (!pids.length) return 0;
      // A connection of its own: the pool may have none left to lend.
      const client = new Client(pool.options);
      await client.connect();
      try {
        const { rows } = await client.query(
          'SELECT count(*) FILTER (WHERE pg_cancel_backend(pid))::int AS cancelled FROM unnest($1::int[]) AS pid',
          [pids],
        );
        return rows[0].cancelled as number;
      } finally {
        await client.end();
      }
    },
  };
}
