import { registerEnumType } from 'type-graphql';
import {
  CauseArea,
  EventKind,
  Locale,
  MemberRole,
  OrganizationKind,
  ProjectStage,
  ProjectVisibility,
  SponsorLinkSide,
  SponsorLinkStatus,
  SponsorRole,
  UserRole,
} from '../shared/enums';

registerEnumType(UserRole, { name: 'UserRole' });
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
