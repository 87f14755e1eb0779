import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, AllowApiKey } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { ID } from '../../graphql/id';
import { ResourceCategory, SponsorLinkStatus } from '../../shared/enums';
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
    const offer = await loaders.resource.offerById.load(request.offerId);
    if (!offer) return null;
    const [organization, role] = await Promise.all([
      loaders.organization.byId.load(offer.organizationId),
      loaders.organization.viewerRole.load(offer.organizationId),
    ]);
    return organization && canSeeOffer(viewer, offer, organization, role) ? offer : null;
  }

  @FieldResolver(() => Organization, { description: 'The offering organisation.' })
  async organization(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    const offer = await loaders.resource.offerById.load(request.offerId);
    return offer && loaders.organization.byId.load(offer.organizationId);
  }

  @FieldResolver(() => ResourceCategory)
  async category(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return (await loaders.resource.offerById.load(request.offerId))?.category;
  }

  @FieldResolver(() => String, { description: "The offer's unit, which both quantities are counted in." })
  async unit(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return (await loaders.resource.offerById.load(request.offerId))?.unit;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when it is a draft you cannot see.' })
  project(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    return loaders.project.visibleById.load(request.projectId);
  }

  @FieldResolver(() => SponsorLink, { nullable: true, description: 'The IN_KIND link that credits this grant.' })
  async sponsorLink(@Root() request: ResourceRequestEntity, @Ctx() { loaders }: Context) {
    if (!request.sponsorLinkId) return null;
    // The project's first confirmed links are what Project.sponsors reads too: one statement for both fields. A link
    // past them (a project with more than a hundred sponsors) is looked up by id.
    const first = await loaders.sponsor.confirmedPagesByProject.firstRows().load(request.projectId);
    const link =
      first.find((row) => row.id === request.sponsorLinkId) ?? (await loaders.sponsor.byId.load(request.sponsorLinkId));
    return link?.status === SponsorLinkStatus.CONFIRMED ? link : null;
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
    return context.loaders.user.byId.load(request.requestedByUserId);
  }

  @Authorized()
  @Mutation(() => RequestResourcePayload, { description: "A project's maintainer asks an OPEN offer for a quantity." })
  async requestResource(
    @Arg('input') input: RequestResourceInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.request(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => ApproveResourceRequestPayload, {
    description: 'Grants all (or, with `quantity`, part) of a pending request and credits your organisation.',
  })
  async approveResourceRequest(
    @Arg('input') input: ApproveResourceRequestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.approve(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => DeclineResourceRequestPayload)
  async declineResourceRequest(
    @Arg('input') input: DeclineResourceRequestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.decline(actor, input) };
  }

  @Authorized()
  @Mutation(() => WithdrawResourceRequestPayload, {
    description: "The project's maintainers take back a pending or approved request; a grant returns its capacity.",
  })
  async withdrawResourceRequest(
    @Arg('input') input: WithdrawResourceRequestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.withdraw(actor, input.requestId) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => FulfillResourceRequestPayload, { description: 'Marks an approved grant delivered.' })
  async fulfillResourceRequest(
    @Arg('input') input: FulfillResourceRequestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.fulfill(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => RevokeResourceRequestPayload, {
    description: 'Takes back an approved grant before it is fulfilled; its capacity returns to the offer.',
  })
  async revokeResourceRequest(
    @Arg('input') input: RevokeResourceRequestInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { request: await services.resourceRequests.revoke(actor, input) };
  }
}

async function seesPrivately(request: ResourceRequestEntity, { viewer, loaders }: Context): Promise<boolean> {
  if (!viewer) return false;
  const offer = await loaders.resource.offerById.load(request.offerId);
  const [role, isMaintainer] = await Promise.all([
    offer ? loaders.organization.viewerRole.load(offer.organizationId) : null,
    loaders.project.viewerMaintains.load(request.projectId),
  ]);
  return canSeeRequestPrivately(viewer, role, isMaintainer);
}
