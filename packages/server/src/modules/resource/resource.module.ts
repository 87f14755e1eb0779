import { defineModule } from '../module';
import { ResourceOfferEntity } from './resource-offer.entity';
import { ResourceOfferResolver } from './resource-offer.resolver';
import { ResourceOfferService } from './resource-offer.service';
import { ResourceRequestEntity } from './resource-request.entity';
import { ResourceRequestResolver } from './resource-request.resolver';
import { ResourceRequestService } from './resource-request.service';
import {
  OrganizationImpactResolver,
  ProjectResourcesResolver,
  SponsorLinkGrantsResolver,
  StatsResourcesResolver,
  ViewerInboxResolver,
} from './resource-fields.resolver';
import { createResourceLoaders } from './resource.loaders';

const verbs = {
  'resource_offer.created': 'resource_offer',
  'resource_offer.updated': 'resource_offer',
  'resource_offer.status_changed': 'resource_offer',
  'resource_request.created': 'resource_request',
  'resource_request.approved': 'resource_request',
  'resource_request.declined': 'resource_request',
  'resource_request.withdrawn': 'resource_request',
  'resource_request.fulfilled': 'resource_request',
  'resource_request.revoked': 'resource_request',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends ResourceVerbs {}
}
type ResourceVerbs = typeof verbs;

export const resourceModule = defineModule({
  name: 'resource',
  entities: [ResourceOfferEntity, ResourceRequestEntity],
  resolvers: [
    ResourceOfferResolver,
    ResourceRequestResolver,
    ProjectResourcesResolver,
    OrganizationImpactResolver,
    SponsorLinkGrantsResolver,
    ViewerInboxResolver,
    StatsResourcesResolver,
  ],
  loaders: createResourceLoaders,
  services: (deps) => ({
    resourceOffers: new ResourceOfferService(deps),
    resourceRequests: new ResourceRequestService(deps),
  }),
  verbs,
});
