import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import { Organization } from '../organization/organization.types';
import type { OrganizationEntity } from '../organization/organization.entity';
import { canManageOrganization } from '../organization/organization.policy';
import { ApiKeyEntity } from './api-key.entity';
import {
  ApiKey,
  ApiKeyConnection,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
} from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @FieldResolver()
  createdBy(@Root() apiKey: ApiKeyEntity, @Ctx() { loaders }: Context) {
    return apiKey.createdByUserId ? loaders.user.byId.load(apiKey.createdByUserId) : null;
  }

  @Authorized()
  @Mutation(() => CreateApiKeyPayload, { description: 'Owners only. The secret is in this answer and nowhere else.' })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return services.apiKeys.create(actor, input);
  }

  @Authorized()
  @Mutation(() => RevokeApiKeyPayload, { description: 'Owners only. The key is refused from the next request on.' })
  async revokeApiKey(@Arg('input') input: RevokeApiKeyInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { apiKey: await services.apiKeys.revoke(actor, input) };
  }
}

@Resolver(() => Organization)
export class OrganizationApiKeysResolver {
  @FieldResolver(() => [ApiKey], {
    nullable: true,
    description: 'The organisation’s API keys, newest first; null unless the viewer is an owner or an admin.',
    deprecationReason: 'Use apiKeysConnection; this list stops at 100.',
  })
  async apiKeys(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders }: Context) {
    if (!canManageOrganization(viewer, await loaders.organization.viewerRole.load(organization.id))) return null;
    return loaders.apiKey.pagesByOrganization.firstRows().load(organization.id);
  }

  @FieldResolver(() => ApiKeyConnection, {
    nullable: true,
    description: 'The organisation’s API keys, newest first; null unless the viewer is an owner or an admin.',
  })
  async apiKeysConnection(
    @Root() organization: OrganizationEntity,
    @Args() args: PageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!canManageOrganization(viewer, await loaders.organization.viewerRole.load(organization.id))) return null;
    const page = await loaders.apiKey.pagesByOrganization(args).load(organization.id);
    return withNodes(page, (id) => loaders.apiKey.byId.load(id));
  }
}
