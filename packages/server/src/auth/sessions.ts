import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SessionEntity } from '../modules/user/session.entity';
import { UserEntity } from '../modules/user/user.entity';
import type { Viewer } from './viewer';

/**
 * Opaque bearer tokens: `gls_` and 32 random bytes. Only their SHA-256 is stored — the token has 256 bits of
 * entropy, so a slow password hash would add nothing but latency to every request.
 */
export const SESSION_TOKEN_PREFIX = 'gls_';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createSession(
  manager: EntityManager,
  userId: string,
  ttlDays: number,
): Promise<{ token: string; session: SessionEntity }> {
  const token = SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const session = await manager.getRepository(SessionEntity).save({
    userId,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + ttlDays * 24 * 60 * 60 * 1000),
  });
  return { token, session };
}

/** One statement: the session, if live, and its user. */
export async function viewerForToken(dataSource: DataSource, token: string): Promise<Viewer | null> {
  const row = await dataSource
    .getRepository(SessionEntity)
    .createQueryBuilder('session')
    .innerJoinAndMapOne('session.user', UserEntity, 'user', 'user.id = session.user_id')
    .where('session.token_hash = :hash', { hash: hashToken(token) })
    .andWhere('session.expires_at > now()')
    .getOne();
  return row?.user ? { user: row.user, sessionId: row.id } : null;
}
