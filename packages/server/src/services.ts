import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { ApiKeyService } from './modules/api-key/api-key.service';
import { AssessmentService } from './modules/assessment/assessment.service';
import { WebhookService } from './modules/webhook/webhook.service';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './modules/webhook/webhook.delivery';
import { EventService } from './modules/event/event.service';
import { IdeaService } from './modules/idea/idea.service';
import { StoryService } from './modules/story/story.service';
import { OrganizationService } from './modules/organization/organization.service';
import { ProjectService } from './modules/project/project.service';
import { SponsorLinkService } from './modules/sponsor/sponsor-link.service';
import { ResourceOfferService } from './modules/resource/resource-offer.service';
import { ResourceRequestService } from './modules/resource/resource-request.service';
import { StatsService } from './modules/stats/stats.service';
import { UserService } from './modules/user/user.service';
import { VolunteerService } from './modules/volunteer/volunteer.service';
import { DEFAULT_VOLUNTEER_CLAIM_LIMIT } from './config';

/** The domain services. Stateless: made once per process and shared by all requests. */
export function createServices(
  dataSource: DataSource,
  config: Pick<Config, 'sessionTtlDays'> & { webhooks?: WebhookSettings | null; volunteerClaimLimit?: number },
) {
  return {
    users: new UserService(dataSource, config),
    apiKeys: new ApiKeyService(dataSource),
    webhooks: new WebhookService(dataSource, config.webhooks ?? DEFAULT_WEBHOOK_SETTINGS),
    organizations: new OrganizationService(dataSource),
    projects: new ProjectService(dataSource),
    sponsorLinks: new SponsorLinkService(dataSource),
    events: new EventService(dataSource),
    ideas: new IdeaService(dataSource),
    stories: new StoryService(dataSource),
    resourceOffers: new ResourceOfferService(dataSource),
    resourceRequests: new ResourceRequestService(dataSource),
    stats: new StatsService(dataSource),
    assessments: new AssessmentService(dataSource),
    volunteers: new VolunteerService(dataSource, config.volunteerClaimLimit ?? DEFAULT_VOLUNTEER_CLAIM_LIMIT),
  };
}

export type Services = ReturnType<typeof createServices>;
