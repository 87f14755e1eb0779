import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logger';
import type { AttemptOutcome } from '../modules/webhook/webhook.delivery';
import type { WebhookWorker } from '../modules/webhook/webhook.worker';
import { refuse } from './refuse';

/**
 * Prometheus metrics at `/metrics`, one registry per app. Labels come from a bounded set: operation names and
 * error codes are kept as they come up to a cap, and everything else (anonymous or unparsed operations, names past
 * the cap) shares one label, so no caller can grow the series without end.
 */

export const OTHER_LABEL = '_other';
const MAX_OPERATION_NAMES = 100;
const MAX_ERROR_CODES = 50;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;
/** A scrape must not hang on a database that does not answer: the queue depth is left out of that scrape. */
const QUEUE_DEPTH_TIMEOUT_MS = 2000;

/** The first `max` distinct values, each kept as its own label; every other value, and none, is `_other`. */
class BoundedLabels {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  of(value: unknown): string {
    if (typeof value !== 'string' || !GRAPHQL_NAME.test(value)) return OTHER_LABEL;
    if (this.seen.has(value)) return value;
    if (this.seen.size >= this.max) return OTHER_LABEL;
    this.seen.add(value);
    return value;
  }
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new BoundedLabels(MAX_OPERATION_NAMES);
  private readonly errorCodes = new BoundedLabels(MAX_ERROR_CODES);

  private readonly operations = new Counter({
    name: 'goodlink_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name (_other: anonymous, unparsed, or past the cap).',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'goodlink_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to sending its answer, by operation name.',
    labelNames: ['operation'],
    registers: [this.registry],
  });
  private readonly errors = new Counter({
    name: 'goodlink_errors_total',
    help: 'Errors answered, by extensions.code: GraphQL errors, and refusals before GraphQL (401, 429, 503…).',
    labelNames: ['code'],
    registers: [this.registry],
  });
  private readonly attempts = new Counter({
    name: 'goodlink_webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts by outcome; retry and failed are the failures (failed: for good).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor(pool: Pool, webhooks: WebhookWorker | null, logger: Logger) {
    collectDefaultMetrics({ register: this.registry });
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('goodlink_db_pool_connections', 'Connections the database pool holds open.', () => pool.totalCount);
    gauge('goodlink_db_pool_idle_connections', 'Open connections of the pool not in use.', () => pool.idleCount);
    gauge(
      'goodlink_db_pool_waiting_requests',
      'Requests for a connection waiting because the pool is at its maximum.',
      () => pool.waitingCount,
    );
    gauge('goodlink_db_pool_max_connections', 'The most connections the pool may open.', () => pool.options.max ?? 0);
    if (webhooks) {
      new Gauge({
        name: 'goodlink_webhook_queue_depth',
        help: 'Webhook deliveries queued and not yet attempted, or waiting for a retry.',
        registers: [this.registry],
        async collect() {
          let timer: NodeJS.Timeout | undefined;
          try {
            const depth = await Promise.race([
              webhooks.queueSize(),
              new Promise<never>((_, reject) => {
                timer = setTimeout(() => reject(new Error('no answer in time')), QUEUE_DEPTH_TIMEOUT_MS);
              }),
            ]);
            this.set(depth);
          } catch (error) {
            logger.warn({ error: error instanceof Error ? error.message : String(error) }, 'no webhook queue depth');
          } finally {
            clearTimeout(timer);
          }
        },
      });
    }
  }

  operation(name: string | null | undefined, seconds: number) {
    const operation = this.operationNames.of(name);
    this.operations.inc({ operation });
    this.duration.observe({ operation }, seconds);
  }

  error(code: unknown) {
    this.errors.inc({ code: this.errorCodes.of(code) });
  }

  webhookAttempt(outcome: AttemptOutcome) {
    this.attempts.inc({ outcome: outcome.toLowerCase() });
  }
}

/** Counts the code of every refusal made before GraphQL runs (through `refuse`), once its answer is sent. */
export function countRefusals(metrics: Metrics): RequestHandler {
  return (_req, res, next) => {
    res.on('finish', () => {
      if (res.locals.refusedWith) metrics.error(res.locals.refusedWith);
    });
    next();
  };
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** A direct connection from this machine: a proxy in front (which adds a forwarding header) does not count. */
function fromThisMachine(req: Request): boolean {
  if (req.headers['x-forwarded-for'] || req.headers.forwarded) return false;
  return LOOPBACK.test(req.socket.remoteAddress ?? '');
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * With a token, any caller that sends it as `Authorization: Bearer <token>`; without one, only a direct
 * connection from this machine (a Prometheus or an agent on the host).
 */
export function metricsEndpoint(metrics: Metrics, token: string | null): RequestHandler {
  const expected = token ? digest(token) : null;
  return async (req, res) => {
    if (expected) {
      const given = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
      if (!given || !timingSafeEqual(digest(given), expected)) {
        res.setHeader('www-authenticate', 'Bearer');
        return refuse(res, 401, 'UNAUTHENTICATED', 'Send the metrics token: Authorization: Bearer <token>.');
      }
    } else if (!fromThisMachine(req)) {
      return refuse(
        res,
        403,
        'FORBIDDEN',
        'Metrics are served to this machine only; set GOODLINK_METRICS_TOKEN to scrape them from elsewhere.',
      );
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}
