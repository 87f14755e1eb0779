import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from '../logger';

/** A path segment starting with a dot (`/.env`, `/.git/config`): never a dashboard route. */
const DOT_SEGMENT = /(^|\/)\./;

/**
 * The built dashboard at `/`, on the same origin as the API. Hashed assets are cached for long; every other path
 * that is not a file gets index.html, so the dashboard's own routes survive a reload.
 */
export function serveDashboard(app: express.Express, webDir: string, logger: Logger) {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) {
    logger.info(
      { webDir },
      'no built dashboard: serving the API only (build it with `pnpm --filter @goodlink/web build`)',
    );
    return;
  }
  app.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(express.static(webDir, { index: false }));
  app.get(/^(?!\/graphql|\/healthz|\/export|\/embed).*/, (req, res) => {
    // A dot-file that static did not serve is a 404, not the dashboard.
    if (DOT_SEGMENT.test(req.path)) {
      return res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
    }
    // Named relative to `root`, so only that name is checked for dot-files: a checkout under ~/.cache still serves.
    res.sendFile('index.html', { root: webDir });
  });
}
