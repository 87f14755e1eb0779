import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import type { WebhookWorker } from '../modules/webhook/webhook.worker';

/**
 * Two questions an orchestrator asks, kept apart. Alive (`/healthz`): the process answers — no database call, so
 * a database outage does not get every server restarted. Ready (`/readyz`): it can serve — the database answers,
 * every migration this code knows is applied, and the webhook queue runs when webhooks are on.
 */

/** A check that does not answer in this time has failed: a probe must not hang on a pool that cannot connect. */
const CHECK_TIMEOUT_MS = 3000;

export const liveness: RequestHandler = (_req, res) => {
  res.json({ status: 'ok' });
};

type CheckResult = 'ok' | 'off' | 'pending' | 'unavailable';

function bounded<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function readiness(dataSource: DataSource, webhooks: WebhookWorker | null, logger: Logger): RequestHandler {
  const known = dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  const failed = (check: string) => (error: unknown) => {
    logger.warn({ check, error: error instanceof Error ? error.message : String(error) }, 'not ready');
    return 'unavailable' as const;
  };

  const database = async (): Promise<{ database: CheckResult; migrations: CheckResult }> => {
    try {
      // One statement answers both: reachable, and how many of the known migrations it has.
      const [{ applied }] = (await bounded(
        dataSource.query('SELECT count(*)::int AS applied FROM migrations WHERE name = ANY($1)', [known]),
      )) as Array<{ applied: number }>;
      return { database: 'ok', migrations: applied === known.length ? 'ok' : 'pending' };
    } catch (error) {
      return { database: failed('database')(error), migrations: 'unavailable' };
    }
  };
  const queue = async (): Promise<CheckResult> =>
    webhooks ? bounded(webhooks.queueSize()).then(() => 'ok' as const, failed('webhookQueue')) : 'off';

  return async (_req, res) => {
    const [checks, webhookQueue] = await Promise.all([database(), queue()]);
    const ready = checks.database === 'ok' && checks.migrations === 'ok' && webhookQueue !== 'unavailable';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', ...checks, webhookQueue });
  };
}
