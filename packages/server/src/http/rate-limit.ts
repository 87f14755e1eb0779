import type { Request, RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { viewerOf } from '../auth/authenticate';
import type { RateLimits } from '../settings';
import { refuse } from './refuse';

export interface RateDecision {
  allowed: boolean;
  /** Requests left in this window (0 when refused). */
  remaining: number;
  /** Seconds until the window resets: the `Retry-After` of a refusal. */
  resetInSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL, so every Goodlink process on the same database shares them: one statement
 * per request counts the hit and reads the window atomically (INSERT … ON CONFLICT takes the row lock), so two
 * processes never both let the last request through. The table is UNLOGGED: counters are cheap to lose in a crash.
 */
export class RateLimiter {
  private sweeper: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    readonly limits: RateLimits,
  ) {
    // Expired windows are deleted now and then; a live one is reset by the next hit anyway.
    this.sweeper = setInterval(() => void this.sweep(), 10 * 60_000);
    this.sweeper.unref();
  }

  /** Counts `cost` hits (a batch counts each operation) against `key` under `limit`. */
  async hit(key: string, limit: number, cost = 1): Promise<RateDecision> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_buckets AS b (key, hits, resets_at)
       VALUES ($1, $2, now() + make_interval(secs => $3))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.resets_at <= now() THEN excluded.hits ELSE b.hits + excluded.hits END,
         resets_at = CASE WHEN b.resets_at <= now() THEN excluded.resets_at ELSE b.resets_at END
       RETURNING hits, greatest(1, ceil(extract(epoch FROM resets_at - now())))::int AS reset_in`,
      [key, cost, this.limits.windowSeconds],
    )) as Array<{ hits: number; reset_in: number }>;
    return {
      allowed: row.hits <= limit,
      remaining: Math.max(0, limit - row.hits),
      resetInSeconds: row.reset_in,
    };
  }

  async sweep(): Promise<void> {
    try {
      await this.dataSource.query(`DELETE FROM rate_limit_buckets WHERE resets_at < now() - interval '1 minute'`);
    } catch {
      // The pool may be closing at shutdown; the next sweep will do.
    }
  }

  stop() {
    clearInterval(this.sweeper);
  }
}

/**
 * The caller's IP, one spelling per client: a dual-stack listener sees IPv4 clients as `::ffff:1.2.3.4`, an IPv4
 * one as `1.2.3.4`, and processes behind one load balancer must count them as the same caller.
 */
function clientAddress(req: Request): string {
  const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/**
 * Requests per window, per API key, per session or, for anonymous callers, per IP; a batch counts each operation.
 * After `authenticate`; with no limiter (rate limiting off) it lets everything through.
 */
export function rateLimit(limiter: RateLimiter | null): RequestHandler {
  return async (req, res, next) => {
    if (!limiter || req.method === 'OPTIONS') return next();
    try {
      const viewer = viewerOf(res);
      const [key, limit] = viewer?.apiKey
        ? [`key:${viewer.apiKey.id}`, limiter.limits.apiKey]
        : viewer
          ? [`session:${viewer.sessionId}`, limiter.limits.session]
          : [`ip:${clientAddress(req)}`, limiter.limits.anonymous];
      const operations = Array.isArray(req.body) ? Math.max(1, req.body.length) : 1;
      const decision = await limiter.hit(key, limit, operations);
      res.setHeader('RateLimit-Limit', String(limit));
      res.setHeader('RateLimit-Remaining', String(decision.remaining));
      res.setHeader('RateLimit-Reset', String(decision.resetInSeconds));
      if (decision.allowed) return next();
      res.setHeader('Retry-After', String(decision.resetInSeconds));
      refuse(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests: at most ${limit} per ${limiter.limits.windowSeconds} s. Try again in ${decision.resetInSeconds} s.`,
        { retryAfter: decision.resetInSeconds },
      );
    } catch (error) {
      next(error);
    }
  };
}
