import { In, type EntityManager } from 'typeorm';
import { createdAtKey } from '../../shared/keyset';
import { rowsById } from '../../shared/loaders';
import { nestedPages } from '../../shared/nested-pages';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';

export function createWebhookLoaders(db: EntityManager) {
  const webhooks = db.getRepository(WebhookEntity);
  const deliveries = db.getRepository(WebhookDeliveryEntity);
  return {
    /** By id, for their owners (the resolver asks the organisation's policy first). */
    byId: rowsById((ids) => webhooks.findBy({ id: In([...ids]) })),
    deliveryById: rowsById((ids) => deliveries.findBy({ id: In([...ids]) })),

    /** Organization.webhooksConnection: in the order they were made. */
    pagesByOrganization: nestedPages(db, {
      rows: () => webhooks.createQueryBuilder('webhook'),
      parent: 'webhook.organization_id',
      id: 'webhook.id',
      sort: createdAtKey('webhook'),
      direction: 'ASC',
      parentOf: (webhook) => webhook.organizationId,
    }),

    /** Webhook.deliveriesConnection: newest first. */
    deliveryPages: nestedPages(db, {
      rows: () => deliveries.createQueryBuilder('delivery'),
      parent: 'delivery.webhook_id',
      id: 'delivery.id',
      sort: createdAtKey('delivery'),
      direction: 'DESC',
    }),
  };
}
