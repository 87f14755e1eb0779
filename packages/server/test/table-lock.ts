import { Client } from 'pg';

/**
 * A table locked by another session, to hold a real request of the server up for as long as a test needs: the
 * server's statements wait on the lock (and count against their statement timeout) until it is released.
 */
export interface TableLock {
  /** How many statements of Goodlink servers wait on the lock now. */
  waiting(): Promise<number>;
  /** Resolves once this many of the server's statements wait on the lock (polled, with a deadline). */
  waiters(count?: number): Promise<void>;
  release(): Promise<void>;
}

export async function lockTable(databaseUrl: string, table: string): Promise<TableLock> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'test-lock' });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  const waiting = async () => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'goodlink' AND wait_event_type = 'Lock'`,
    );
    return rows[0].n as number;
  };
  return {
    waiting,
    async waiters(count = 1) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        if ((await waiting()) >= count) return;
        if (Date.now() > deadline) throw new Error(`no statement of the server waited on ${table} in time`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async release() {
      if (released) return;
      released = true;
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}
