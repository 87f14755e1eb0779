import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { OrganizationEntity } from '../organization/organization.entity';
import { Organization } from '../organization/organization.types';
import type { ProjectEntity } from '../project/project.entity';
import { Project } from '../project/project.types';
import type { SponsorLinkEntity } from '../sponsor/sponsor-link.entity';
import { SponsorLink } from '../sponsor/sponsor-link.types';
import { Stats } from '../stats/stats.types';
import type { UserEntity } from '../user/user.entity';
import { User } from '../user/user.types';
import { OrganizationImpact, ResourceTotal } from './resource-impact.types';
import {
  RequestStatusesArgs,
  ResourceRequest,
  ResourceRequestConnection,
  ResourceRequestsArgs,
} from './resource-request.types';

/** Fields that resources add to the other domains' types. */

@Resolver(() => Project)
export class ProjectResourcesResolver {
  @FieldResolver(() => [ResourceRequest], {
    description: "The project's requests, newest first: all for its maintainers, the grants for everyone else.",
  })
  async resourceRequests(
    @Root() project: ProjectEntity,
    @Args() { statuses }: RequestStatusesArgs,
    @Ctx() { loaders }: Context,
  ) {
    const requests = await loaders.resource.visibleRequestsByProject.load(project.id);
    return statuses?.length ? requests.filter((request) => statuses.includes(request.status)) : requests;
  }
}

@Resolver(() => Organization)
export class OrganizationImpactResolver {
  @FieldResolver(() => OrganizationImpact, { description: 'What the organisation has granted, per category and year.' })
  impact(@Root() organization: OrganizationEntity, @Ctx() { loaders }: Context) {
    return loaders.resource.impactByOrganization.load(organization.id);
  }
}

@Resolver(() => SponsorLink)
export class SponsorLinkGrantsResolver {
  @FieldResolver(() => [ResourceRequest], { description: 'The resource grants this link credits (IN_KIND links).' })
  grants(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.resource.grantsBySponsorLink.load(link.id);
  }
}

@Resolver(() => User)
export class ViewerInboxResolver {
  @FieldResolver(() => ResourceRequestConnection, {
    nullable: true,
    description: "Requests to the offers of your organisations (your review queue); null on anyone else's account.",
  })
  incomingResourceRequests(
    @Root() user: UserEntity,
    @Args() args: ResourceRequestsArgs,
    @Ctx() { viewer, services }: Context,
  ) {
    return viewer?.user.id === user.id ? services.resourceRequests.list(viewer, args, 'INCOMING') : null;
  }

  @FieldResolver(() => ResourceRequestConnection, {
    nullable: true,
    description: "Requests made by the projects you maintain; null on anyone else's account.",
  })
  outgoingResourceRequests(
    @Root() user: UserEntity,
    @Args() args: ResourceRequestsArgs,
    @Ctx() { viewer, services }: Context,
  ) {
    return viewer?.user.id === user.id ? services.resourceRequests.list(viewer, args, 'OUTGOING') : null;
  }
}

@Resolver(() => Stats)
export class StatsResourcesResolver {
  @FieldResolver(() => [ResourceTotal], { description: 'Everything granted on Goodlink, per category and unit.' })
  resources(@Ctx() { services }: Context) {
    return services.stats.resources();
  }
}
