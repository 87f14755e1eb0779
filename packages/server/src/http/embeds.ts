import type { ApolloServer } from '@apollo/server';
import { Router, type Response } from 'express';
import type { Context } from '../graphql/context';
import { runOperation } from './operation';
import { refuse } from './refuse';

/**
 * For a project's README or web site: a badge ("supported by 3 sponsors") and its public sponsor list as JSON.
 * Both are what an anonymous visitor may see (confirmed links only), cached briefly, and open to any origin.
 */

const SPONSORS = `query EmbedSponsors($slug: String!) {
  project(slug: $slug) {
    slug name
    sponsors { role attribution url startsOn endsOn organization { slug name verified logoUrl websiteUrl } }
  }
}`;

interface Sponsor {
  role: string;
  attribution: string;
  url: string | null;
  startsOn: string | null;
  endsOn: string | null;
  organization: { slug: string; name: string; verified: boolean; logoUrl: string | null; websiteUrl: string | null };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Roughly how wide a label is in 11 px Verdana: wide enough for CJK, which counts double. */
const widthOf = (text: string) => [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 11 : 7), 0) + 12;

export function badgeSvg(left: string, right: string, color: string): string {
  const [l, r] = [widthOf(left), widthOf(right)];
  const label = `${left}: ${right}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${l + r}" height="20" role="img" aria-label="${escapeXml(label)}">
<title>${escapeXml(label)}</title>
<rect width="${l}" height="20" fill="#555"/><rect x="${l}" width="${r}" height="20" fill="${color}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="${l / 2}" y="14">${escapeXml(left)}</text><text x="${l + r / 2}" y="14">${escapeXml(right)}</text>
</g></svg>`;
}

export function embedRouter(apollo: ApolloServer<Context>, anonymousContext: () => Context): Router {
  const router = Router();

  async function sponsorsOf(slug: string) {
    const data = await runOperation<{ project: { slug: string; name: string; sponsors: Sponsor[] } | null }>(
      apollo,
      SPONSORS,
      { slug },
      anonymousContext(),
    );
    return data.project;
  }

  const shared = (res: Response) => {
    res.setHeader('cache-control', 'public, max-age=300');
    res.setHeader('access-control-allow-origin', '*');
  };

  router.get('/projects/:slug/badge.svg', async (req, res, next) => {
    try {
      const project = await sponsorsOf(req.params.slug);
      shared(res);
      res.type('image/svg+xml');
      if (!project) return res.status(404).send(badgeSvg('Goodlink', 'project not found', '#9f9f9f'));
      const sponsors = new Set(project.sponsors.map((s) => s.organization.slug)).size;
      const text = sponsors === 1 ? 'supported by 1 sponsor' : `supported by ${sponsors} sponsors`;
      res.send(badgeSvg('Goodlink', text, sponsors ? '#237804' : '#9f9f9f'));
    } catch (error) {
      next(error);
    }
  });

  router.get('/projects/:slug/sponsors.json', async (req, res, next) => {
    try {
      const project = await sponsorsOf(req.params.slug);
      shared(res);
      if (!project) {
        return refuse(res, 404, 'NOT_FOUND', 'No published project has this slug.');
      }
      res.json({ project: { slug: project.slug, name: project.name }, sponsors: project.sponsors });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
