import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Actor } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
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
  WebhookDelivery,
  WebhookSecretPayload,
} from './webhook.types';

@Resolver(() => Webhook)
export class WebhookResolver {
  @FieldResolver(() => [WebhookDelivery], { description: 'The latest deliveries, newest first (at most 100).' })
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
  })
  async webhooks(@Root() organization: OrganizationEntity, @Ctx() { viewer, loaders, services }: Context) {
    const role = await loaders.organization.viewerRole.load(organization.id);
    return canManageOrganization(viewer, role) ? services.webhooks.listFor(organization.id) : null;
  }
}
