import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Organization } from '../organization/organization.types';
import { Project } from '../project/project.types';
import type { SponsorLinkEntity } from './sponsor-link.entity';
import { SponsorLink } from './sponsor-link.types';

@Resolver(() => SponsorLink)
export class SponsorLinkResolver {
  @FieldResolver(() => Organization)
  organization(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.organizationById.load(link.organizationId);
  }

  @FieldResolver(() => Project, { nullable: true, description: 'Null when the project is a draft you cannot see.' })
  project(@Root() link: SponsorLinkEntity, @Ctx() { loaders }: Context) {
    return loaders.visibleProjectById.load(link.projectId);
  }
}
