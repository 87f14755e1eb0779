import { defineModule } from '../module';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { createWebhookLoaders } from './webhook.loaders';
import { webhookOutbox } from './webhook.outbox';
import { OrganizationWebhooksResolver, WebhookResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';

const verbs = {
  'webhook.created': 'webhook',
  'webhook.deleted': 'webhook',
  'webhook.secret_rotated': 'webhook',
  'webhook.tested': 'webhook',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends WebhookVerbs {}
}
type WebhookVerbs = typeof verbs;

export const webhookModule = defineModule({
  name: 'webhook',
  entities: [WebhookEntity, WebhookDeliveryEntity],
  resolvers: [WebhookResolver, OrganizationWebhooksResolver],
  loaders: createWebhookLoaders,
  services: (deps) => ({ webhooks: new WebhookService(deps) }),
  verbs,
  listeners: (deps) => [webhookOutbox(deps)],
});
