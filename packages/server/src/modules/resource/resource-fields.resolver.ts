import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { withNodes } from '../../shared/nested-pages';
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
  RequestPageArgs,
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
    deprecationReason: 'Use resourceRequestsConnection; this list stops at 100.',
  })
  async resourceRequests(
    @Root() project: ProjectEntity,
    @Args() { statuses }: RequestStatusesArgs,
    @Ctx() { loaders }: Context,
  ) {
    return loaders.resource.visibleRequestPagesByProject.firstRows(statuses).load(project.id);
  }

  @FieldResolver(() => ResourceRequestConnection, {
    description: "The project's requests, newest first: all for its maintainers, the grants for everyone else.",
  })
  async resourceRequestsConnection(
    @Root() project: ProjectEntity,
    @Args() { statuses, ...page }: RequestPageArgs,
    @Ctx() { loaders }: Context,
  ) {
    const ids = await loaders.resource.visibleRequestPagesByProject(page, statuses).load(project.id);
    return withNodes(ids, (id) => loaders.resource.requestById.load(id));
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
  @FieldResolver(() => [ResourceRequest], {
    description: 'The resource grants this link credits (IN_KIND links).',
    deprecationReason: 'Use grantsConnection; this list stops at 100.',
  })
  async grants(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.resource.grantPagesBySponsorLink.firstRows().load(link.id);
  }

  @FieldResolver(() => ResourceRequestConnection, {
    description: 'The resource grants this link credits (IN_KIND links), oldest decision first.',
  })
  async grantsConnection(@Root() link: SponsorLinkEntity, @Args() args: PageArgs, @Ctx() { loaders }: Context) {
    const page = await loaders.resource.grantPagesBySponsorLink(args).load(link.id);
    return withNodes(page, (id) => loaders.resource.requestById.load(id));
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
