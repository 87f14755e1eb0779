import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Actor, AllowApiKey } from '../../auth/authorization';
import type { Viewer } from '../../auth/viewer';
import type { Context } from '../../graphql/context';
import { Organization } from '../organization/organization.types';
import { Project } from '../project/project.types';
import type { SponsorLinkEntity } from './sponsor-link.entity';
import { canEndSponsorLink, canRespondToSponsorLink, type SponsorLinkFacts } from './sponsor-link.policy';
import {
  ConfirmSponsorLinkInput,
  ConfirmSponsorLinkPayload,
  DeclineSponsorLinkInput,
  DeclineSponsorLinkPayload,
  EndSponsorLinkInput,
  EndSponsorLinkPayload,
  IsSponsorArgs,
  ProposeSponsorLinkInput,
  ProposeSponsorLinkPayload,
  SponsorLink,
  SponsorLinkConnection,
  SponsorLinksArgs,
} from './sponsor-link.types';

/** The viewer's standing towards a link, through the per-request loaders (batched across a whole page). */
async function viewerFacts(link: SponsorLinkEntity, { loaders }: Context): Promise<SponsorLinkFacts> {
  const [role, isMaintainer] = await Promise.all([
    loaders.organization.viewerRole.load(link.organizationId),
    loaders.project.viewerMaintains.load(link.projectId),
  ]);
  return { isMember: role !== null, isMaintainer };
}

@Resolver(() => SponsorLink)
export class SponsorLinkResolver {
  @Query(() => SponsorLinkConnection, {
    description:
      'CONFIRMED links of visible projects; the two sides also see their own links in any status (admins see all).',
  })
  sponsorLinks(@Args() args: SponsorLinksArgs, @Ctx() { viewer, services }: Context) {
    return services.sponsorLinks.list(viewer, args);
  }

  @Query(() => Boolean, {
    description:
      'Whether the organisation sponsors the project today: a CONFIRMED link whose dates include today, on a ' +
      'project you may see. Each argument is a slug or an id.',
  })
  isSponsor(@Args() { organization, project }: IsSponsorArgs, @Ctx() { viewer, services }: Context) {
    return services.sponsorLinks.isSponsor(viewer, organization, project);
  }

  @FieldResolver(() => Organization)
  organization(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.organization.byId.load(link.organizationId);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the project is a draft you cannot see.' })
  project(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.project.visibleById.load(link.projectId);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may confirm or decline the link now: it is PROPOSED and their side must answer.',
  })
  async viewerCanRespond(@Root() link: SponsorLinkEntity, @Ctx() context: Context) {
    return canRespondToSponsorLink(context.viewer, link, await viewerFacts(link, context));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may end the link now (or retract it, while PROPOSED, if their side proposed it).',
  })
  async viewerCanEnd(@Root() link: SponsorLinkEntity, @Ctx() context: Context) {
    return canEndSponsorLink(context.viewer, link, await viewerFacts(link, context));
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => ProposeSponsorLinkPayload, {
    description: 'Proposes a link in the name of your side; it stays private until the other side confirms it.',
  })
  async proposeSponsorLink(
    @Arg('input') input: ProposeSponsorLinkInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { sponsorLink: await services.sponsorLinks.propose(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => ConfirmSponsorLinkPayload, {
    description: 'The side that did not propose the link agrees to it: from now on it is public.',
  })
  async confirmSponsorLink(
    @Arg('input') input: ConfirmSponsorLinkInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { sponsorLink: await services.sponsorLinks.confirm(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => DeclineSponsorLinkPayload, { description: 'The side that did not propose the link refuses it.' })
  async declineSponsorLink(
    @Arg('input') input: DeclineSponsorLinkInput,
    @Actor() actor: Viewer,
    @Ctx() { services }: Context,
  ) {
    return { sponsorLink: await services.sponsorLinks.decline(actor, input) };
  }

  @Authorized()
  @AllowApiKey()
  @Mutation(() => EndSponsorLinkPayload, {
    description:
      'Either side (or an admin) ends a CONFIRMED link, which is then no longer public; the proposing side may ' +
      'also retract a PROPOSED one.',
  })
  async endSponsorLink(@Arg('input') input: EndSponsorLinkInput, @Actor() actor: Viewer, @Ctx() { services }: Context) {
    return { sponsorLink: await services.sponsorLinks.end(actor, input) };
  }
}
