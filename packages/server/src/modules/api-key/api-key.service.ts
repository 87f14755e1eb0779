import { newApiKeySecret } from '../../auth/api-keys';
import type { Viewer } from '../../auth/viewer';
import { ApiKeyScope } from '../../shared/enums';
import { Conflict, InvalidInput, NotFound } from '../../shared/errors';
import { DomainService } from '../module';
import { lockForManagement } from '../organization/organization.policy';
import { serviceAccountOf } from '../organization/service-account';
import { ApiKeyEntity } from './api-key.entity';
import type { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.types';

/** Owners (and admins) create and revoke their organisation's API keys; a key never manages keys. */
export class ApiKeyService extends DomainService {
  async create(actor: Viewer, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    if (!input.scopes.includes(ApiKeyScope.READ)) {
      throw new InvalidInput('scopes', 'scopes must include READ: a key is [READ] or [READ, WRITE].');
    }
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
      throw new InvalidInput('expiresAt', 'expiresAt must be in the future.');
    }
    return this.mutate(actor, async ({ manager, record }) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      await serviceAccountOf(manager, organization.id);
      const { secret, prefix, secretHash } = newApiKeySecret();
      const keys = manager.getRepository(ApiKeyEntity);
      const apiKey = await keys.save(
        keys.create({
          organizationId: organization.id,
          name: input.name.trim(),
          prefix,
          secretHash,
          // READ first, whatever order they came in.
          scopes: [ApiKeyScope.READ, ...input.scopes.filter((scope) => scope !== ApiKeyScope.READ)],
          createdByUserId: actor.user.id,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await record('api_key.created', apiKey.id, {
        organizationId: organization.id,
        name: apiKey.name,
        scopes: apiKey.scopes,
      });
      return { apiKey, secret };
    });
  }

  async revoke(actor: Viewer, input: RevokeApiKeyInput): Promise<ApiKeyEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const keys = manager.getRepository(ApiKeyEntity);
      const found = await keys.findOneBy({ id: input.apiKeyId });
      if (!found) throw new NotFound('This API key was not found.', { field: 'apiKeyId' });
      await lockForManagement(manager, actor, found.organizationId);
      const apiKey = await keys.findOneOrFail({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (apiKey.revokedAt) {
        throw new Conflict('This API key is already revoked.', { field: 'apiKeyId', reason: 'ALREADY_REVOKED' });
      }
      apiKey.revokedAt = new Date();
      const saved = await keys.save(apiKey);
      await record('api_key.revoked', apiKey.id, { organizationId: apiKey.organizationId, name: apiKey.name });
      return saved;
    });
  }
}
