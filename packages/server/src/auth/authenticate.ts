import type { Request, RequestHandler, Response } from 'express';
import type { DataSource } from 'typeorm';
import { refuse } from '../http/refuse';
import { isApiKey, viewerForApiKey } from './api-keys';
import { viewerForToken } from './sessions';
import type { Viewer } from './viewer';

class BadCredentials extends Error {}

/**
 * `Authorization: Bearer <session token or API key>`: no header means anonymous; a bad, expired or revoked one is
 * refused, not ignored.
 */
export async function viewerFor(req: Request, dataSource: DataSource): Promise<Viewer | null> {
  const header = req.headers.authorization;
  if (!header) return null;
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw new BadCredentials('The Authorization header must be "Bearer <token>".');
  if (isApiKey(token)) {
    const viewer = await viewerForApiKey(dataSource, token);
    if (!viewer) throw new BadCredentials('This API key is not valid: it was revoked, has expired, or never existed.');
    return viewer;
  }
  const viewer = await viewerForToken(dataSource, token);
  if (!viewer) throw new BadCredentials('This token is not valid or has expired; sign in again.');
  return viewer;
}

/** Who asks, once per HTTP request; a bad token is refused here, before any operation runs. */
export function authenticate(dataSource: DataSource): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.viewer = await viewerFor(req, dataSource);
      next();
    } catch (error) {
      if (!(error instanceof BadCredentials)) return next(error);
      refuse(res, 401, 'UNAUTHENTICATED', error.message);
    }
  };
}

/** The viewer `authenticate` found for this request (null: anonymous, or a route that does not authenticate). */
export const viewerOf = (res: Response): Viewer | null => (res.locals.viewer as Viewer | null | undefined) ?? null;
