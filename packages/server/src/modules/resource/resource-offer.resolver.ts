import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, AllowApiKey } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { ID } from '../../graphql/id';
import { withNodes } from '../../shared/nested-pages';
import { Organization } from '../organization/organization.types';
import { ResourceDetails } from './resource-details.types';
import type { ResourceOfferEntity } from './resource-offer.entity';
import {
  CreateResourceOfferInput,
  CreateResourceOfferPayload,
  ResourceEligibility,
  ResourceOffer,
  ResourceOfferConnection,
  ResourceOffersArgs,
  SetResourceOfferStatusInput,
  SetResourceOfferStatusPayload,
  UpdateResourceOfferInput,
  UpdateResourceOfferPayload,
} from './resource-offer.types';
import {
  RequestPageArgs,
  RequestStatusesArgs,
  ResourceRequest,
  ResourceRequestConnection,
} from './resource-request.types';
import { canManageOffer } from './resource.policy';

@Resolver(() => ResourceOffer)
export class ResourceOfferResolver {
  @Query(() => ResourceOfferConnection, {
    description: "OPEN offers of verified organisations, plus every offer of the viewer's own organisations.",
  })
  async resourceOffers(@Args() args: ResourceOffersArgs, @Ctx() { viewer, services, loaders }: Context) {
    const page = await services.resourceOffers.list(viewer, args);
    for (const { node } of page.edges) loaders.resource.offerById.prime(node.id, node);
    return page;
  }

  @Query(() => ResourceOffer, {
    nullable: true,
    description: 'Null when there is no such offer or you may not see it.',
  })
  resourceOffer(@Arg('id', () => ID) id: string, @Ctx() { viewer, services }: Context) {
    return services.resourceOffers.byId(viewer, id);
  }

  @FieldResolver(() => Organization)
  organization(@Root() offer: ResourceOfferEntity, @Ctx() { loaders }: Context) {
    return loaders.organization.byId.load(offer.organizationId);
  }

  @FieldResolver(() => ResourceDetails)
  details(@Root() offer: ResourceOfferEntity) {
    return offer.details;
  }

  @FieldResolver(() => ResourceEligibility)
  eligibility(@Root() offer: ResourceOfferEntity): ResourceEligibility {
    return {
      causeAreas: offer.eligibleCauseAreas,
      stages: offer.eligibleStages,
      osiLicenseRequired: offer.osiLicenseRequired,
    };
  }

  @FieldResolver(() => [ResourceRequest], {
    nullable: true,
    description: "Every request made to this offer, newest first; null unless you're a member of its organisation.",
    deprecationReason: 'Use requestsConnection; this list stops at 100.',
  })
  async requests(
    @Root() offer: ResourceOfferEntity,
    @Args() { statuses }: RequestStatusesArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!canManageOffer(viewer, await loaders.organization.viewerRole.load(offer.organizationId))) return null;
    return loaders.resource.requestPagesByOffer.firstRows(statuses).load(offer.id);
  }

  @FieldResolver(() => ResourceRequestConnection, {
    nullable: true,
    description: "Every request made to this offer, newest first; null unless you're a member of its organisation.",
  })
  async requestsConnection(
    @Root() offer: ResourceOfferEntity,
    @Args() { statuses, ...page }: RequestPageArgs,
    @Ctx() { viewer, loaders }: Context,
  ) {
    if (!canManageOffer(viewer, await loaders.organization.viewerRole.load(offer.organizationId))) return null;
    const ids = await loaders.resource.requestPagesByOffer(page, statuses).load(offer.id);
    return withNodes(ids, (id) => loaders.resource.requestById.load(id));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this offer and decide on its requests.' })
  async viewerCanManage(@Root() offer: ResourceOfferEntity, @Ctx() { viewer, loaders }: Context) {
    return canManageOffer(viewer, await loaders.organization.viewerRole.load(offer.organizationId));
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => CreateResourceOfferPayload, { description: 'Creates a DRAFT offer; open it to take requests.' })
  async createResourceOffer(
    @Arg('input') input: CreateResourceOfferInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { offer: await services.resourceOffers.create(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => UpdateResourceOfferPayload)
  async updateResourceOffer(
    @Arg('input') input: UpdateResourceOfferInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { offer: await services.resourceOffers.update(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => SetResourceOfferStatusPayload)
  async setResourceOfferStatus(
    @Arg('input') input: SetResourceOfferStatusInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { offer: await services.resourceOffers.setStatus(actor, input) };
  }
}
