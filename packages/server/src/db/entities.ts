import { ActivityEntity } from '../modules/activity/activity.entity';
import { ApiKeyEntity } from '../modules/api-key/api-key.entity';
import { AssessmentCriterionEntity, AssessmentRubricEntity } from '../modules/assessment/assessment-rubric.entity';
import { AssessmentEntity, AssessmentScoreEntity } from '../modules/assessment/assessment.entity';
import { ProjectAssessmentSettingsEntity } from '../modules/assessment/project-assessment-settings.entity';
import { WebhookDeliveryEntity, WebhookEntity } from '../modules/webhook/webhook.entity';
import { EventOrganizerEntity } from '../modules/event/event-organizer.entity';
import { EventProjectEntity } from '../modules/event/event-project.entity';
import { EventEntity } from '../modules/event/event.entity';
import { StoryProjectEntity } from '../modules/story/story-project.entity';
import { StoryEntity } from '../modules/story/story.entity';
import { IdeaInterestEntity } from '../modules/idea/idea-interest.entity';
import { OrganizationMemberEntity } from '../modules/organization/organization-member.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProjectMaintainerEntity } from '../modules/project/project-maintainer.entity';
import { ProjectEntity } from '../modules/project/project.entity';
import { ResourceOfferEntity } from '../modules/resource/resource-offer.entity';
import { ResourceRequestEntity } from '../modules/resource/resource-request.entity';
import { SponsorLinkEntity } from '../modules/sponsor/sponsor-link.entity';
import { SessionEntity } from '../modules/user/session.entity';
import { UserEntity } from '../modules/user/user.entity';
import { MilestoneEntity } from '../modules/volunteer/milestone.entity';
import { VolunteerProfileEntity } from '../modules/volunteer/volunteer-profile.entity';
import { VolunteerTaskEntity } from '../modules/volunteer/volunteer-task.entity';

export const entities = [
  UserEntity,
  SessionEntity,
  ApiKeyEntity,
  OrganizationEntity,
  OrganizationMemberEntity,
  ProjectEntity,
  ProjectMaintainerEntity,
  IdeaInterestEntity,
  SponsorLinkEntity,
  ResourceOfferEntity,
  ResourceRequestEntity,
  EventEntity,
  EventOrganizerEntity,
  EventProjectEntity,
  StoryEntity,
  StoryProjectEntity,
  ActivityEntity,
  WebhookEntity,
  WebhookDeliveryEntity,
  VolunteerProfileEntity,
  MilestoneEntity,
  VolunteerTaskEntity,
  AssessmentRubricEntity,
  AssessmentCriterionEntity,
  AssessmentEntity,
  AssessmentScoreEntity,
  ProjectAssessmentSettingsEntity,
];
