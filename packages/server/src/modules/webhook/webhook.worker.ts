import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger';
import type { WebhookSettings } from '../../settings';
import { attemptDelivery } from './webhook.delivery';

const QUEUE = 'webhook-delivery';

/**
 * Delivers the outbox with pg-boss, in PostgreSQL like everything else: the dispatcher turns new delivery rows into
 * jobs (in one transaction with marking them queued, so a row is queued once), and workers attempt them, pg-boss
 * retrying with exponential backoff. Jobs outlive the process: after a restart, retries carry on where they were.
 */
export class WebhookWorker {
  private boss: PgBoss | null = null;
  private dispatcher: NodeJS.Timeout | null = null;
  private dispatching: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    const boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: 'pgboss',
      // Finished jobs are not kept: the delivery rows are the log.
      deleteAfterDays: 1,
    });
    boss.on('error', (error) => this.logger.error({ err: error }, 'webhook queue error'));
    await boss.start();
    const queue = {
      name: QUEUE,
      retryLimit: this.settings.retryLimit,
      retryDelay: this.settings.retryDelaySeconds,
      retryBackoff: true,
      // A worker that dies mid-attempt leaves its job active; it is retried after this.
      expireInSeconds: this.settings.timeoutSeconds + 60,
    };
    // createQueue leaves an existing queue as it was: the update applies this start's settings to the jobs
    // queued from now on (jobs already queued keep the settings they were queued with).
    await boss.createQueue(QUEUE, queue);
    await boss.updateQueue(QUEUE, queue);
    for (let i = 0; i < this.settings.concurrency; i++) {
      await boss.work<{ deliveryId: string }>(
        QUEUE,
        { pollingIntervalSeconds: this.settings.pollSeconds, includeMetadata: true },
        async ([job]) => {
          const lastAttempt = job.retryCount >= job.retryLimit;
          const result = await attemptDelivery(this.dataSource, this.settings, job.data.deliveryId, lastAttempt);
          if (result.outcome === 'RETRY') throw new Error(result.error ?? 'delivery failed');
        },
      );
    }
    this.boss = boss;
    this.dispatcher = setInterval(() => {
      this.dispatching = this.dispatch().catch((error) =>
        this.logger.error({ err: error }, 'could not queue webhook deliveries'),
      );
    }, this.settings.pollSeconds * 1000);
  }

  /** Queues every delivery not queued yet: the job and the mark commit together. */
  async dispatch(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id FROM webhook_deliveries WHERE job_id IS NULL AND status = 'PENDING'
         ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      )) as Array<{ id: string }>;
      const db = {
        executeSql: async (text: string, values: unknown[]) => ({ rows: await manager.query(text, values) }),
      };
      for (const { id } of rows) {
        const jobId = await boss.send(QUEUE, { deliveryId: id }, { db, singletonKey: id });
        await manager.query('UPDATE webhook_deliveries SET job_id = $2 WHERE id = $1', [id, jobId]);
      }
    });
  }

  async stop(): Promise<void> {
    if (this.dispatcher) clearInterval(this.dispatcher);
    await this.dispatching;
    await this.boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
    this.boss = null;
  }
}
