import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
import type { OrganizationEntity } from '../organization/organization.entity';
import { canManageOrganization } from '../organization/organization.policy';
import { Organization } from '../organization/organization.types';
import type { WebhookEntity } from './webhook.entity';
import {
  CreateWebhookInput,
  DeleteWebhookInput,
  DeleteWebhookPayload,
  RotateWebhookSecretInput,
  TestWebhookInput,
  TestWebhookPayload,
  Webhook,
  WebhookConnection,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookSecretPayload,
} from './webhook.types';

@Resolver(() => Webhook)
export class WebhookResolver {
  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first.' })
  async deliveriesConnection(@Root() webhook: WebhookEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.webhook.deliveryPages(args).load(webhook.id);
    return withNodes(page, (id) => loaders.webhook.deliveryById.load(id));
  }

  @FieldResolver(() => [WebhookDelivery], {
    description: 'The latest deliveries, newest first (at most 100).',
    deprecationReason: 'Use deliveriesConnection, which pages on and counts.',
  })
  deliveries(
    @Root() webhook: WebhookEntity,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() { services }: Context,
  ) {
    return services.webhooks.deliveries(webhook.id, first);
  }

  @Authorized()
  @Mutation(() => WebhookSecretPayload, { description: 'Owners only. The signing secret is in this answer only.' })
  createWebhook(@Arg('input') input: CreateWebhookInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return services.webhooks.create(actor, input);
  }

  @Authorized()
  @Mutation(() => DeleteWebhookPayload, { description: 'Owners only; its deliveries go with it.' })
  async deleteWebhook(@Arg('input') input: DeleteWebhookInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { deletedWebhookId: await services.webhooks.delete(actor, input) };
  }

  @Authorized()
  @Mutation(() => WebhookSecretPayload, {
    description: 'Owners only. A new signing secret, from the next delivery on; the old one stops at once.',
  })
  rotateWebhookSecret(
    @Arg('input') input: RotateWebhookSecretInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return services.webhooks.rotateSecret(actor, input);
  }

  @Authorized()
  @Mutation(() => TestWebhookPayload, { description: 'Owners only. Queues a WEBHOOK_TEST delivery.' })
  async testWebhook(@Arg('input') input: TestWebhookInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { delivery: await services.webhooks.test(actor, input) };
  }
}

@Resolver(() => Organization)
export class OrganizationWebhooksResolver {
  @FieldResolver(() => [Webhook], {
    nullable: true,
    description: 'The organisation’s webhooks; null unless the viewer is an owner or an admin.',
    deprecationReason: 'Use webhooksConnection; this list stops at 100.',
  })
  async webhooks(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders }: Context) {
    if (!canManageOrganization(viewer, await loaders.organization.viewerRole.load(organization.id))) return null;
    return loaders.webhook.pagesByOrganization.firstRows().load(organization.id);
  }

  @FieldResolver(() => WebhookConnection, {
    nullable: true,
    description: 'The organisation’s webhooks, as made; null unless the viewer is an owner or an admin.',
  })
  async webhooksConnection(
    @Root() organization: OrganizationEntity,
    @Args() args: PageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!canManageOrganization(viewer, await loaders.organization.viewerRole.load(organization.id))) return null;
    const page = await loaders.webhook.pagesByOrganization(args).load(organization.id);
    return withNodes(page, (id) => loaders.webhook.byId.load(id));
  }
}
