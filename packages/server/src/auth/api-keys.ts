import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../modules/user/user.entity';
import type { ApiKeyScope } from '../shared/enums';
import { hashToken } from './sessions';
import type { Viewer } from './viewer';

/** API keys look like `gl_live_` and 43 base64url characters: recognisable in logs, in code, by secret scanners. */
export const API_KEY_PREFIX = 'gl_live_';

export const isApiKey = (token: string) => token.startsWith(API_KEY_PREFIX);

export function newApiKeySecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, API_KEY_PREFIX.length + 4), secretHash: hashToken(secret) };
}

/**
 * The viewer an API key stands for, when it is live (not revoked, not expired): the organisation's service account
 * with the key's grant. One statement, which also notes when the key was last used (at most once a minute).
 */
export async function viewerForApiKey(dataSource: DataSource, secret: string): Promise<Viewer | null> {
  const [row] = (await dataSource.query(
    `WITH key AS (
       SELECT id, organization_id, scopes, last_used_at FROM api_keys
       WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
     ), touched AS (
       UPDATE api_keys SET last_used_at = now()
       WHERE id = (SELECT id FROM key) AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
     )
     SELECT key.id AS key_id, key.organization_id, key.scopes, u.id AS user_id
     FROM key JOIN users u ON u.service_organization_id = key.organization_id`,
    [hashToken(secret)],
  )) as Array<{ key_id: string; organization_id: string; scopes: ApiKeyScope[]; user_id: string }>;
  if (!row) return null;
  const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ id: row.user_id });
  return {
    user,
    sessionId: null,
    apiKey: { id: row.key_id, organizationId: row.organization_id, scopes: row.scopes },
  };
}
