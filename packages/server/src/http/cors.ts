import type { RequestHandler } from 'express';

/**
 * CORS for the listed browser origins (`*` for any): a partner's own front end may call the API from its site.
 * Unlisted origins get no CORS headers, so browsers keep their pages out; other callers (curl, servers) are not
 * affected. Credentials are bearer tokens, never cookies, so no `Allow-Credentials`.
 */
export function cors(origins: string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && (any || allowed.has(origin))) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      if (!any) res.vary('Origin');
      res.setHeader(
        'Access-Control-Expose-Headers',
        'Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id',
      );
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader(
          'Access-Control-Allow-Headers',
          'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name, X-Request-Id',
        );
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
