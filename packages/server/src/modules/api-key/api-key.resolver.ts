import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Organization } from '../organization/organization.types';
import type { OrganizationEntity } from '../organization/organization.entity';
import { canManageOrganization } from '../organization/organization.policy';
import { ApiKeyEntity } from './api-key.entity';
import {
  ApiKey,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
} from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver()
  createdBy(@Root() apiKey: ApiKeyEntity, @Ctx() { loaders }: Context) {
    return apiKey.createdByUserId ? loaders.userById.load(apiKey.createdByUserId) : null;
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Owners only. The secret is in this answer and nowhere else.' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() { viewer, services }: Context) {
    return services.apiKeys.create(viewer, input);
  }

  @Mutation(() => RevokeApiKeyPayload, { description: 'Owners only. The key is refused from the next request on.' })
  async revokeApiKey(@Arg('input') input: RevokeApiKeyInput, @Ctx() { viewer, services }: Context) {
    return { apiKey: await services.apiKeys.revoke(viewer, input) };
  }
}

@Resolver(() => Organization)
export class OrganizationApiKeysResolver {
  @FieldResolver(() => [ApiKey], {
    nullable: true,
    description: 'The organisation’s API keys, newest first; null unless the viewer is an owner or an admin.',
  })
  async apiKeys(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders, services }: Context) {
    const role = await loaders.viewerRole.load(organization.id);
    return canManageOrganization(viewer, role) ? services.apiKeys.listFor(organization.id) : null;
  }
}
