import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { InvalidInput, NotFound } from '../../shared/errors';
import { DomainService, type ModuleDeps } from '../module';
import { lockForManagement } from '../organization/organization.policy';
import { serviceAccountOf } from '../organization/service-account';
import type { WebhookSettings } from '../../settings';
import { WebhookDeliveryEntity, WebhookEntity } from './webhook.entity';
import { TEST_EVENT } from './webhook.events';
import { newWebhookSecret } from './webhook.signing';
import { BlockedAddress, hostOf, resolvePublicAddress } from './webhook.ssrf';
import type {
  CreateWebhookInput,
  DeleteWebhookInput,
  RotateWebhookSecretInput,
  TestWebhookInput,
} from './webhook.types';

/** Owners (and admins) manage their organisation's webhooks; keys and members do not. */
export class WebhookService extends DomainService {
  private readonly settings: Pick<WebhookSettings, 'allowedHosts'>;

  constructor(deps: ModuleDeps) {
    super(deps);
    this.settings = deps.settings.webhooks;
  }

  async create(actor: Viewer, input: CreateWebhookInput): Promise<{ webhook: WebhookEntity; secret: string }> {
    const url = await this.checkedUrl(input.url);
    return this.mutate(actor, async ({ manager, record }) => {
      const organization = await lockForManagement(manager, actor, input.organizationId);
      // Payloads are read as the organisation's service account: made now, under the lock, not mid-approval.
      await serviceAccountOf(manager, organization.id);
      const secret = newWebhookSecret();
      const webhooks = manager.getRepository(WebhookEntity);
      const webhook = await webhooks.save(
        webhooks.create({
          organizationId: organization.id,
          url,
          events: input.events,
          secret,
          createdByUserId: actor.user.id,
        }),
      );
      await record('webhook.created', webhook.id, { organizationId: organization.id, url, events: input.events });
      return { webhook, secret };
    });
  }

  async delete(actor: Viewer, input: DeleteWebhookInput): Promise<string> {
    return this.mutate(actor, async ({ manager, record }) => {
      const webhook = await this.lockOwned(manager, actor, input.webhookId);
      await manager.getRepository(WebhookEntity).delete({ id: webhook.id });
      await record('webhook.deleted', webhook.id, { organizationId: webhook.organizationId, url: webhook.url });
      return webhook.id;
    });
  }

  async rotateSecret(
    actor: Viewer,
    input: RotateWebhookSecretInput,
  ): Promise<{ webhook: WebhookEntity; secret: string }> {
    return this.mutate(actor, async ({ manager, record }) => {
      const webhook = await this.lockOwned(manager, actor, input.webhookId);
      webhook.secret = newWebhookSecret();
      const saved = await manager.getRepository(WebhookEntity).save(webhook);
      await record('webhook.secret_rotated', webhook.id, { organizationId: webhook.organizationId });
      return { webhook: saved, secret: saved.secret };
    });
  }

  /** Queues a `WEBHOOK_TEST` delivery, like any event (also to a webhook Goodlink turned off). */
  async test(actor: Viewer, input: TestWebhookInput): Promise<WebhookDeliveryEntity> {
    return this.mutate(actor, async ({ manager, record }) => {
      const webhook = await this.lockOwned(manager, actor, input.webhookId);
      const deliveries = manager.getRepository(WebhookDeliveryEntity);
      await record('webhook.tested', webhook.id, { organizationId: webhook.organizationId });
      return deliveries.save(
        deliveries.create({
          webhookId: webhook.id,
          event: TEST_EVENT,
          payload: {
            type: TEST_EVENT,
            timestamp: new Date().toISOString(),
            data: {
              webhookId: webhook.id,
              message: 'A test from Goodlink: this webhook receives and verifies events.',
            },
          },
        }),
      );
    });
  }

  deliveries(webhookId: string, first = 20): Promise<WebhookDeliveryEntity[]> {
    return this.dataSource.getRepository(WebhookDeliveryEntity).find({
      where: { webhookId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  /**
   * https on a public address (http only to an allowed host): the address is checked when saved and again on every
   * delivery.
   */
  private async checkedUrl(raw: string): Promise<string> {
    const url = new URL(raw);
    try {
      await resolvePublicAddress(url, this.settings.allowedHosts);
    } catch (error) {
      const message = error instanceof BlockedAddress ? error.message : `${url.hostname} could not be resolved.`;
      throw new InvalidInput('url', message, {
        reason: error instanceof BlockedAddress ? 'PRIVATE_ADDRESS' : 'UNRESOLVABLE',
      });
    }
    // Payloads carry justifications and notes: over the internet they travel encrypted.
    if (url.protocol !== 'https:' && !this.settings.allowedHosts.includes(hostOf(url))) {
      throw new InvalidInput('url', 'Use an https address: events carry private notes.', { reason: 'INSECURE_URL' });
    }
    return url.toString();
  }

  private async lockOwned(manager: EntityManager, actor: Viewer, webhookId: string): Promise<WebhookEntity> {
    const found = await manager.getRepository(WebhookEntity).findOneBy({ id: webhookId });
    if (!found) throw new NotFound('This webhook was not found.', { field: 'webhookId' });
    await lockForManagement(manager, actor, found.organizationId);
    return manager
      .getRepository(WebhookEntity)
      .findOneOrFail({ where: { id: webhookId }, lock: { mode: 'pessimistic_write' } });
  }
}
