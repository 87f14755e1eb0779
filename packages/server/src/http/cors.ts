import corsMiddleware from 'cors';
import type { RequestHandler } from 'express';

/**
 * CORS for the listed browser origins (`*` for any): a partner's own front end may call the API from its site.
 * Unlisted origins get no CORS headers, so browsers keep their pages out; other callers (curl, servers) are not
 * affected. Credentials are bearer tokens, never cookies, so no `Allow-Credentials`.
 */
export function cors(origins: string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return corsMiddleware({
    // false (no Origin, or an unlisted one): the cors package adds nothing and passes the request on, preflight too.
    // '*' is sent as such; a listed origin is echoed back, with Vary: Origin.
    origin: (origin, callback) => callback(null, !origin ? false : any ? '*' : allowed.has(origin)),
    methods: 'GET, POST, OPTIONS',
    allowedHeaders: 'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, X-Request-Id',
    exposedHeaders: 'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id',
    maxAge: 600,
  });
}
