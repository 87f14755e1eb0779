import 'reflect-metadata';
import './enums';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver, OrganizationApiKeysResolver } from '../modules/api-key/api-key.resolver';
import {
  AssessmentResolver,
  AssessmentRubricResolver,
  ProjectAssessmentsResolver,
} from '../modules/assessment/assessment.resolver';
import { OrganizationWebhooksResolver, WebhookResolver } from '../modules/webhook/webhook.resolver';
import { EventResolver, ProjectEventsResolver } from '../modules/event/event.resolver';
import { IdeaResolver, ProjectIdeaResolver } from '../modules/idea/idea.resolver';
import { ProjectStoriesResolver, StoryResolver } from '../modules/story/story.resolver';
import { OrganizationMemberResolver, OrganizationResolver } from '../modules/organization/organization.resolver';
import { ProjectResolver } from '../modules/project/project.resolver';
import {
  OrganizationImpactResolver,
  ProjectResourcesResolver,
  SponsorLinkGrantsResolver,
  StatsResourcesResolver,
  ViewerInboxResolver,
} from '../modules/resource/resource-fields.resolver';
import { ResourceOfferResolver } from '../modules/resource/resource-offer.resolver';
import { ResourceRequestResolver } from '../modules/resource/resource-request.resolver';
import { SponsorLinkResolver } from '../modules/sponsor/sponsor-link.resolver';
import { StatsResolver } from '../modules/stats/stats.resolver';
import { UserResolver } from '../modules/user/user.resolver';
import {
  MilestoneResolver,
  ProjectVolunteeringResolver,
  UserVolunteeringResolver,
  VolunteerProfileResolver,
  VolunteerResolver,
  VolunteerTaskResolver,
} from '../modules/volunteer/volunteer.resolver';

export function buildGoodlinkSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      UserResolver,
      OrganizationResolver,
      OrganizationMemberResolver,
      ApiKeyResolver,
      OrganizationApiKeysResolver,
      WebhookResolver,
      OrganizationWebhooksResolver,
      ProjectResolver,
      SponsorLinkResolver,
      EventResolver,
      IdeaResolver,
      ProjectIdeaResolver,
      ProjectEventsResolver,
      StoryResolver,
      ProjectStoriesResolver,
      StatsResolver,
      ResourceOfferResolver,
      ResourceRequestResolver,
      VolunteerResolver,
      VolunteerTaskResolver,
      MilestoneResolver,
      VolunteerProfileResolver,
      ProjectVolunteeringResolver,
      UserVolunteeringResolver,
      ProjectResourcesResolver,
      OrganizationImpactResolver,
      SponsorLinkGrantsResolver,
      ViewerInboxResolver,
      StatsResourcesResolver,
      AssessmentRubricResolver,
      AssessmentResolver,
      ProjectAssessmentsResolver,
    ],
    // Runs the class-validator decorators of every input. Null is validated too (type-graphql skips it by
    // default), so `name: null` in an update is refused rather than written.
    validate: {
      forbidUnknownValues: false,
      skipMissingProperties: false,
      validationError: { target: false, value: false },
    },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
}

/** The public contract as SDL, sorted so that the committed file changes only when the schema does. */
export const printGoodlinkSchema = (schema: GraphQLSchema): string =>
  printSchema(lexicographicSortSchema(schema)) + '\n';
