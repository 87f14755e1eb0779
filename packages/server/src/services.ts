import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { WebhookService } from './modules/webhook/webhook.service';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './modules/webhook/webhook.delivery';
import { EventService } from './modules/event/event.service';
import { OrganizationService } from './modules/organization/organization.service';
import { ProjectService } from './modules/project/project.service';
import { SponsorLinkService } from './modules/sponsor/sponsor-link.service';
import { ResourceOfferService } from './modules/resource/resource-offer.service';
import { ResourceRequestService } from './modules/resource/resource-request.service';
import { StatsService } from './modules/stats/stats.service';
import { UserService } from './modules/user/user.service';

/** The domain services. Stateless: made once per process and shared by all requests. */
export function createServices(
  dataSource: DataSource,
  config: Pick<Config, 'sessionTtlDays'> & { webhooks?: WebhookSettings | null },
) {
  return {
    users: new UserService(dataSource, config),
    apiKeys: new ApiKeyService(dataSource),
    webhooks: new WebhookService(dataSource, config.webhooks ?? DEFAULT_WEBHOOK_SETTINGS),
    organizations: new OrganizationService(dataSource),
    projects: new ProjectService(dataSource),
    sponsorLinks: new SponsorLinkService(dataSource),
    events: new EventService(dataSource),
    resourceOffers: new ResourceOfferService(dataSource),
    resourceRequests: new ResourceRequestService(dataSource),
    stats: new StatsService(dataSource),
  };
}

export type Services = ReturnType<typeof createServices>;
