import { registerEnumType } from 'type-graphql';
import {
  ApiKeyScope,
  AssessmentRecommendation,
  CauseArea,
  EventKind,
  IdeaInterestRole,
  Locale,
  MemberRole,
  OrganizationKind,
  ProjectStage,
  ProjectVisibility,
  PromotionChannel,
  ResourceCategory,
  ResourceOfferStatus,
  ResourceRequestStatus,
  SponsorLinkSide,
  SponsorLinkStatus,
  SponsorRole,
  StoryKind,
  UserRole,
  MilestoneStatus,
  VolunteerSkill,
  VolunteerTaskStatus,
} from '../shared/enums';

registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(AssessmentRecommendation, {
  name: 'AssessmentRecommendation',
  description:
    'INCUBATE: worth incubating (meetups, hackathons, resources); SUPPORT: ready for support as it is; NOT_YET.',
});
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'READ: queries, as a member of the organisation sees them. WRITE: also the mutations a member may make.',
});
registerEnumType(Locale, { name: 'Locale', description: 'Interface language: ZH_CN (简体中文, the default) or EN.' });
registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(MemberRole, { name: 'MemberRole', description: 'OWNER manages members, keys and webhooks.' });
registerEnumType(ProjectStage, { name: 'ProjectStage' });
registerEnumType(CauseArea, { name: 'CauseArea' });
registerEnumType(ProjectVisibility, { name: 'ProjectVisibility', description: 'Only PUBLISHED projects are public.' });
registerEnumType(SponsorRole, { name: 'SponsorRole' });
registerEnumType(SponsorLinkStatus, { name: 'SponsorLinkStatus' });
registerEnumType(SponsorLinkSide, { name: 'SponsorLinkSide' });
registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(StoryKind, { name: 'StoryKind', description: 'PODCAST (an episode), ARTICLE, VIDEO or CASE_STUDY.' });
registerEnumType(ResourceCategory, {
  name: 'ResourceCategory',
  description: 'COMPUTE (GPU hours), SERVER, DATA (data sets) or PROMOTION (podcast, WeChat account, booth…).',
});
registerEnumType(ResourceOfferStatus, {
  name: 'ResourceOfferStatus',
  description: 'Only OPEN offers take requests; the public sees OPEN offers of verified organisations.',
});
registerEnumType(PromotionChannel, { name: 'PromotionChannel' });
registerEnumType(ResourceRequestStatus, {
  name: 'ResourceRequestStatus',
  description: 'PENDING → APPROVED → FULFILLED, or DECLINED, WITHDRAWN, REVOKED. APPROVED and FULFILLED hold capacity.',
});
registerEnumType(VolunteerSkill, { name: 'VolunteerSkill' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(VolunteerTaskStatus, {
  name: 'VolunteerTaskStatus',
  description: 'OPEN → CLAIMED → SUBMITTED → DONE; releasing a CLAIMED or SUBMITTED task makes it OPEN again.',
});
registerEnumType(IdeaInterestRole, {
  name: 'IdeaInterestRole',
  description:
    'VOLUNTEER (to help build it), MAINTAINER (to lead it: may take the idea up) or BENEFICIARY (it would serve you).',
});
