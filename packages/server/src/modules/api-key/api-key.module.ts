import { defineModule } from '../module';
import { ApiKeyEntity } from './api-key.entity';
import { createApiKeyLoaders } from './api-key.loaders';
import { ApiKeyResolver, OrganizationApiKeysResolver } from './api-key.resolver';
import { ApiKeyService } from './api-key.service';

const verbs = {
  'api_key.created': 'api_key',
  'api_key.revoked': 'api_key',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends ApiKeyVerbs {}
}
type ApiKeyVerbs = typeof verbs;

export const apiKeyModule = defineModule({
  name: 'apiKey',
  entities: [ApiKeyEntity],
  resolvers: [ApiKeyResolver, OrganizationApiKeysResolver],
  loaders: createApiKeyLoaders,
  services: (deps) => ({ apiKeys: new ApiKeyService(deps) }),
  verbs,
});
