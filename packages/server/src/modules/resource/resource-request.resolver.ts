import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ResourceCategory } from '../../shared/enums';
import { Organization } from '../organization/organization.types';
import { Project } from '../project/project.types';
import { SponsorLink } from '../sponsor/sponsor-link.types';
import { User } from '../user/user.types';
import { ResourceOffer } from './resource-offer.types';
import type { ResourceRequestEntity } from './resource-request.entity';
import {
  ApproveResourceRequestInput,
  ApproveResourceRequestPayload,
  DeclineResourceRequestInput,
  DeclineResourceRequestPayload,
  FulfillResourceRequestInput,
  FulfillResourceRequestPayload,
  RequestResourceInput,
  RequestResourcePayload,
  ResourceRequest,
  ResourceRequestConnection,
  ResourceRequestsArgs,
  RevokeResourceRequestInput,
  RevokeResourceRequestPayload,
  WithdrawResourceRequestInput,
  WithdrawResourceRequestPayload,
} from './resource-request.types';
import { canSeeOffer, canSeeRequestPrivately } from './resource.policy';

@Resolver(() => ResourceRequest)
export class ResourceRequestResolver {
  @Query(() => ResourceRequestConnection, {
    description:
      'Requests you may see, newest first: all of them for the two sides; for everyone else the grants to published projects.',
  })
  resourceRequests(@Args() args: ResourceRequestsArgs, @Ctx() { viewer, services }: Context) {
    return services.resourceRequests.list(viewer, args);
  }

  @Query(() => ResourceRequest, { nullable: true })
  resourceRequest(@Arg('id', () => ID) id: string, @Ctx() { viewer, services }: Context) {
    return services.resourceRequests.byId(viewer, id);
  }

  @FieldResolver(() => ResourceOffer, { nullable: true, description: 'Null when you may not see the offer.' })
  async offer(@Root() request: ResourceRequestEntity, @Ctx() { viewer, loaders }: Context) {
    const offer = await loaders.offerById.load(request.offerId);
    if (!offer) return null;
    const [organization, role] = await Promise.all([
      loaders.organizationById.load(offer.organizationId),
      loaders.viewerRole.load(offer.organizationId),
    ]);
    return organization && canSeeOffer(viewer, offer, organization, role) ? offer : null;
  }

  @FieldResolver(() => Organization, { description: 'The offering organisation.' })
  async organization(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    const offer = await loaders.offerById.load(request.offerId);
    return offer && loaders.organizationById.load(offer.organizationId);
  }

  @FieldResolver(() => ResourceCategory)
  async category(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return (await loaders.offerById.load(request.offerId))?.category;
  }

  @FieldResolver(() => String, { description: "The offer's unit, which both quantities are counted in." })
  async unit(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return (await loaders.offerById.load(request.offerId))?.unit;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when it is a draft you cannot see.' })
  project(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return loaders.visibleProjectById.load(request.projectId);
  }

  @FieldResolver(() => SponsorLink, { nullable: true, description: 'The IN_KIND link that credits this grant.' })
  async sponsorLink(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    if (!request.sponsorLinkId) return null;
    const links = await loaders.confirmedLinksByProject.load(request.projectId);
    return links.find((link) => link.id === request.sponsorLinkId) ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The two sides and admins only.' })
  async justification(@Root() request: ResourceRequestEntity, @Ctx() context: Context) {
    return (await seesPrivately(request, context)) ? request.justification : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The two sides and admins only.' })
  async decisionNote(@Root() request: ResourceRequestEntity, @Ctx() context: Context) {
    return (await seesPrivately(request, context)) ? request.decisionNote : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'How it was delivered. The two sides and admins only.' })
  async fulfillmentNote(@Root() request: ResourceRequestEntity, @Ctx() context: Context) {
    return (await seesPrivately(request, context)) ? request.fulfillmentNote : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who asked. The two sides and admins only.' })
  async requestedBy(@Root() request: ResourceRequestEntity, @Ctx() context: Context) {
    if (!request.requestedByUserId || !(await seesPrivately(request, context))) return null;
    return context.loaders.userById.load(request.requestedByUserId);
  }

  @Mutation(() => RequestResourcePayload, { description: "A project's maintainer asks an OPEN offer for a quantity." })
  async requestResource(@Arg('input') input: RequestResourceInput, @Ctx() { viewer, services }: Context) {
    return { request: await services.resourceRequests.request(viewer, input) };
  }

  @Mutation(() => ApproveResourceRequestPayload, {
    description: 'Grants all (or, with `quantity`, part) of a pending request and credits your organisation.',
  })
  async approveResourceRequest(@Arg('input') input: ApproveResourceRequestInput, @Ctx() { viewer, services }: Context) {
    return { request: await services.resourceRequests.approve(viewer, input) };
  }

  @Mutation(() => DeclineResourceRequestPayload)
  async declineResourceRequest(@Arg('input') input: DeclineResourceRequestInput, @Ctx() { viewer, services }: Context) {
    return { request: await services.resourceRequests.decline(viewer, input) };
  }

  @Mutation(() => WithdrawResourceRequestPayload, {
    description: "The project's maintainers take back a pending or approved request; a grant returns its capacity.",
  })
  async withdrawResourceRequest(
    @Arg('input') input: WithdrawResourceRequestInput,
    @Ctx() { viewer, services }: Context,
  ) {
    return { request: await services.resourceRequests.withdraw(viewer, input.requestId) };
  }

  @Mutation(() => FulfillResourceRequestPayload, { description: 'Marks an approved grant delivered.' })
  async fulfillResourceRequest(@Arg('input') input: FulfillResourceRequestInput, @Ctx() { viewer, services }: Context) {
    return { request: await services.resourceRequests.fulfill(viewer, input) };
  }

  @Mutation(() => RevokeResourceRequestPayload, {
    description: 'Takes back an approved grant before it is fulfilled; its capacity returns to the offer.',
  })
  async revokeResourceRequest(@Arg('input') input: RevokeResourceRequestInput, @Ctx() { viewer, services }: Context) {
    return { request: await services.resourceRequests.revoke(viewer, input) };
  }
}

async function seesPrivately(request: ResourceRequestEntity, { viewer, loaders }: Context): Promise<boolean> {
  if (!viewer) return false;
  const offer = await loaders.offerById.load(request.offerId);
  const [role, isMaintainer] = await Promise.all([
    offer ? loaders.viewerRole.load(offer.organizationId) : null,
    loaders.viewerMaintains.load(request.projectId),
  ]);
  return canSeeRequestPrivately(viewer, role, isMaintainer);
}
