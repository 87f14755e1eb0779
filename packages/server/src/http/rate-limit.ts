import type { DataSource } from 'typeorm';

/** How many requests each kind of caller may make per window. */
export interface RateLimits {
  windowSeconds: number;
  /** Per IP address, for callers without credentials. */
  anonymous: number;
  /** Per signed-in session. */
  session: number;
  /** Per API key. */
  apiKey: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { windowSeconds: 60, anonymous: 300, session: 1200, apiKey: 1200 };

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
