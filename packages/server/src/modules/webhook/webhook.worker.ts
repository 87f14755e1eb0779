import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { poolOf } from '../../db/pool';
import type { Logger } from '../../logger';
import type { WebhookSettings } from '../../settings';
import { attemptDelivery, type AttemptOutcome } from './webhook.delivery';

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
  /** Aborted when the shutdown grace is over: attempts still waiting for their receiver stop there. */
  private readonly interrupt = new AbortController();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
    private readonly logger: Logger,
    /** Told every attempt's outcome (the metrics count them). */
    private readonly onAttempt: (outcome: AttemptOutcome) => void = () => {},
  ) {}

  async start(): Promise<void> {
    const pool = poolOf(this.dataSource);
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
          const { deliveryId } = job.data;
          const result = await attemptDelivery(
            this.dataSource,
            this.settings,
            deliveryId,
            lastAttempt,
            this.interrupt.signal,
          );
          this.onAttempt(result.outcome);
          if (result.outcome === 'INTERRUPTED') {
            // Handed back: the job ends, and the next dispatcher (this server's next start, or another server)
            // queues the delivery again, at once and without spending one of its retries.
            await this.dataSource.query(
              `UPDATE webhook_deliveries SET job_id = NULL WHERE id = $1 AND status = 'PENDING'`,
              [deliveryId],
            );
            return;
          }
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

  /** Jobs waiting to be attempted (queued or waiting for a retry); fails when the queue is not running. */
  async queueSize(): Promise<number> {
    if (!this.boss) throw new Error('the webhook queue is not running');
    return (await this.boss.getQueueSize(QUEUE)) ?? 0;
  }

  /**
   * Queues every delivery not queued yet: the job and the mark commit together. A delivery still pending whose job
   * has ended (failed for good when its worker died in the last attempt, or gave up past the shutdown grace) or is
   * gone is queued again, so no pending row is ever stranded.
   */
  async dispatch(): Promise<void> {
    const boss = this.boss;
    if (!boss) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE webhook_deliveries d SET job_id = NULL
         WHERE d.status = 'PENDING' AND d.job_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id = d.job_id AND j.state IN ('created', 'retry', 'active'))`,
      );
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

  /**
   * Takes no new job; deliveries in flight get `graceMs` to finish. Then those still waiting for their receiver
   * are interrupted and handed back (above); pg-boss fails whatever still runs a second later, which puts it back
   * in the queue as a retry. Nothing of the worker runs once this resolves.
   */
  async stop(graceMs: number): Promise<void> {
    if (this.dispatcher) clearInterval(this.dispatcher);
    await this.dispatching;
    const interrupting = setTimeout(() => this.interrupt.abort(), graceMs);
    try {
      await this.boss?.stop({ graceful: true, wait: true, timeout: graceMs + 1000 });
    } finally {
      clearTimeout(interrupting);
    }
    this.boss = null;
  }
}
