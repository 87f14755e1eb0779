/**
 * What Goodlink can be set to, and the defaults: the shapes the parts below start-up receive. `config.ts` reads the
 * environment into these; everything else gets them as arguments and imports nothing from start-up.
 */

/**
 * What one GraphQL request may ask for. Every limit is checked before anything executes: the token count while
 * parsing, depth, aliases and directives while validating, and the cost once the operation is resolved.
 */
export interface QueryLimits {
  /** Lexical tokens in the document (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Nesting of fields, fragments flattened; introspection is exempt (its own query is deep). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Estimated objects a query may resolve (see `queryCost`). */
  maxCost: number;
  /** Operations in one batched HTTP request (a JSON array). */
  maxBatch: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 3000,
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxCost: 20_000,
  maxBatch: 10,
};

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

export interface WebhookSettings {
  /** Hosts exempt from the private-address guard (e.g. `127.0.0.1` in tests, an internal relay on purpose). */
  allowedHosts: string[];
  /** How often the dispatcher queues new deliveries, and workers poll for jobs. */
  pollSeconds: number;
  /** Retries after the first attempt; with the backoff, 12 retries from 30 s span about a day. */
  retryLimit: number;
  retryDelaySeconds: number;
  timeoutSeconds: number;
  /** Deliveries failing for good in a row before the webhook is turned off. */
  disableAfterFailures: number;
  concurrency: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowedHosts: [],
  pollSeconds: 2,
  retryLimit: 12,
  retryDelaySeconds: 30,
  timeoutSeconds: 10,
  disableAfterFailures: 5,
  concurrency: 4,
};

/** What the domain services are set up with. */
export interface DomainSettings {
  sessionTtlDays: number;
  /** How many volunteer tasks one person may hold (CLAIMED or SUBMITTED) at once. */
  volunteerClaimLimit: number;
  webhooks: WebhookSettings;
}

export const DEFAULT_SESSION_TTL_DAYS = 30;
export const DEFAULT_VOLUNTEER_CLAIM_LIMIT = 3;

/** What the HTTP server is set up with. */
export interface HttpSettings {
  /** The built dashboard, served at `/` when the folder holds an index.html. */
  webDir: string;
  queryLimits: QueryLimits;
  /** Null turns rate limiting off. */
  rateLimits: RateLimits | null;
  /** Browser origins allowed to call the API from another site (CORS); `*` for any. Empty: same origin only. */
  corsOrigins: string[];
  /** Behind a reverse proxy, take the client's IP from X-Forwarded-For (for per-IP limits). */
  trustProxy: boolean;
  /** A request (headers and body) must arrive within this long. */
  requestTimeoutSeconds: number;
  /** Largest request body accepted, in kilobytes. */
  bodyLimitKb: number;
  /**
   * On stop, new connections are refused at once; requests and webhook deliveries in flight get this long to
   * finish. Past it their connections are closed, and deliveries go back to the queue (retried later).
   */
  shutdownGraceSeconds: number;
  /** `/metrics` takes this as a bearer token; null: served to direct connections from this machine only. */
  metricsToken: string | null;
}

export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
export const DEFAULT_BODY_LIMIT_KB = 1024;
export const DEFAULT_SHUTDOWN_GRACE_SECONDS = 20;

/** PostgreSQL cancels a statement of the server's pool that runs longer than this (migrations excepted). */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
