import { defineModule } from '../module';
import { SponsorLinkEntity } from './sponsor-link.entity';
import { SponsorLinkResolver } from './sponsor-link.resolver';
import { SponsorLinkService } from './sponsor-link.service';
import { createSponsorLoaders } from './sponsor.loaders';

const verbs = {
  'sponsor_link.proposed': 'sponsor_link',
  'sponsor_link.confirmed': 'sponsor_link',
  'sponsor_link.declined': 'sponsor_link',
  'sponsor_link.ended': 'sponsor_link',
  /** A grant extended a live link: it runs on past its end date. */
  'sponsor_link.extended': 'sponsor_link',
} as const;

declare module '../activity/activity.verbs' {
  interface ActivityVerbs extends SponsorVerbs {}
}
type SponsorVerbs = typeof verbs;

export const sponsorModule = defineModule({
  name: 'sponsor',
  entities: [SponsorLinkEntity],
  resolvers: [SponsorLinkResolver],
  loaders: createSponsorLoaders,
  services: (deps) => ({ sponsorLinks: new SponsorLinkService(deps) }),
  verbs,
});
