import { defineModule } from '../module';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';
import { createOrganizationLoaders } from './organization.loaders';
import { OrganizationMemberResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

const verbs = {
  'organization.created': 'organization',
  'organization.updated': 'organization',
  'organization.member_added': 'organization',
  'organization.member_removed': 'organization',
  'organization.verified': 'organization',
  'organization.unverified': 'organization',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends OrganizationVerbs {}
}
type OrganizationVerbs = typeof verbs;

export const organizationModule = defineModule({
  name: 'organization',
  entities: [OrganizationEntity, OrganizationMemberEntity],
  resolvers: [OrganizationResolver, OrganizationMemberResolver],
  loaders: createOrganizationLoaders,
  services: (deps) => ({ organizations: new OrganizationService(deps) }),
  verbs,
});
