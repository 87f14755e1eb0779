import type { ApolloServer } from '@apollo/server';
import { Router, type Request, type Response } from 'express';
import type { Context } from '../graphql/context';
import { EventKind, StoryKind } from '../shared/enums';
import { writeCalendar, type CalendarEvent } from './ical';
import { runOperation } from './operation';
import { refuse } from './refuse';
import { writeAtom, writeRss, type FeedItem } from './syndication';

/**
 * Subscribable feeds of what the public may see, each built from the public GraphQL API as an anonymous caller:
 *
 *   GET /events.ics[?kind=HACKATHON]    upcoming events, for a calendar app
 *   GET /events/<slug>.ics              one event ("add to calendar")
 *   GET /stories.rss[?kind=PODCAST]     RSS 2.0 (a podcast app subscribes to ?kind=PODCAST)
 *   GET /stories.atom[?kind=…]          Atom 1.0
 */

const EVENT_FIELDS = `id slug kind name description startsAt endsAt location onlineUrl websiteUrl
  organizers { name } projects { outcome project { name } }`;
const UPCOMING = `query CalendarEvents($kinds: [EventKind!]) {
  events(first: 100, filter: { timing: UPCOMING, kinds: $kinds }, orderBy: { field: STARTS_AT, direction: ASC }) {
    edges { node { ${EVENT_FIELDS} } }
  }
}`;
const ONE_EVENT = `query CalendarEvent($slug: String!) { event(slug: $slug) { ${EVENT_FIELDS} } }`;
/** How many stories a feed holds: the newest. */
export const FEED_SIZE = 50;
const STORIES = `query FeedStories($kinds: [StoryKind!]) {
  stories(first: ${FEED_SIZE}, filter: { kinds: $kinds }) {
    edges { node { id title url publishedOn summary kind language mediaUrl mediaType durationSeconds projects { name } } }
  }
}`;

interface PublicEvent {
  id: string;
  slug: string;
  kind: string;
  name: string;
  description: string;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  onlineUrl: string | null;
  websiteUrl: string | null;
  organizers: { name: string }[];
  projects: { outcome: string; project: { name: string } }[];
}

const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

function calendarEvent(event: PublicEvent, base: string): CalendarEvent {
  const page = `${base}/events/${event.slug}`;
  const description = [
    event.description,
    event.organizers.length ? `主办 Organisers: ${event.organizers.map((o) => o.name).join(', ')}` : '',
    event.projects.length
      ? `项目 Projects: ${event.projects.map((p) => (p.outcome ? `${p.project.name} (${p.outcome})` : p.project.name)).join('; ')}`
      : '',
    event.onlineUrl ? `线上 Online: ${event.onlineUrl}` : '',
    page,
  ].filter(Boolean);
  return {
    uid: `${event.id}@goodlink`,
    start: new Date(event.startsAt),
    end: event.endsAt ? new Date(event.endsAt) : null,
    summary: event.name,
    description: description.join('\n\n'),
    location: event.location ?? event.onlineUrl,
    url: event.websiteUrl ?? page,
    categories: [event.kind],
  };
}

export function feedRouter(apollo: ApolloServer<Context>, anonymousContext: () => Context): Router {
  const router = Router();

  const run = <T>(query: string, variables: Record<string, unknown>) =>
    runOperation<T>(apollo, query, variables, anonymousContext());

  /** `?kind=` as a list of kinds (one, or several comma-separated), or the reason it is not one. */
  function kindsOf(req: Request, values: Record<string, string>): { kinds: string[] | null } | { problem: string } {
    const raw = req.query.kind;
    if (raw === undefined || raw === '') return { kinds: null };
    const kinds = String(raw).split(',');
    const unknown = kinds.filter((kind) => !Object.values(values).includes(kind));
    if (typeof raw !== 'string' || unknown.length) {
      return { problem: `kind must be one of ${Object.values(values).join(', ')} (or several, comma-separated).` };
    }
    return { kinds };
  }

  const sendCalendar = (res: Response, body: string, filename: string) => {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${filename}"`);
    res.setHeader('cache-control', 'public, max-age=300');
    res.setHeader('access-control-allow-origin', '*');
    res.send(body);
  };

  router.get('/events.ics', async (req, res, next) => {
    try {
      const kinds = kindsOf(req, EventKind);
      if ('problem' in kinds) return refuse(res, 400, 'BAD_USER_INPUT', kinds.problem, { field: 'kind' });
      const data = await run<{ events: { edges: { node: PublicEvent }[] } }>(UPCOMING, { kinds: kinds.kinds });
      const base = origin(req);
      const body = writeCalendar({
        name: 'Goodlink 开源公益活动 · Events',
        events: data.events.edges.map(({ node }) => calendarEvent(node, base)),
      });
      sendCalendar(res, body, 'goodlink-events.ics');
    } catch (error) {
      next(error);
    }
  });

  router.get(/^\/events\/([^/]+)\.ics$/, async (req, res, next) => {
    try {
      const slug = (req.params as Record<string, string>)[0];
      const data = await run<{ event: PublicEvent | null }>(ONE_EVENT, { slug });
      if (!data.event) return refuse(res, 404, 'NOT_FOUND', 'This event was not found.');
      const body = writeCalendar({ name: data.event.name, events: [calendarEvent(data.event, origin(req))] });
      sendCalendar(res, body, `${data.event.slug}.ics`);
    } catch (error) {
      next(error);
    }
  });

  const storyFeed = (format: 'rss' | 'atom') => async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const kinds = kindsOf(req, StoryKind);
      if ('problem' in kinds) return refuse(res, 400, 'BAD_USER_INPUT', kinds.problem, { field: 'kind' });
      const data = await run<{
        stories: { edges: { node: Omit<FeedItem, 'projects'> & { projects: { name: string }[] } }[] };
      }>(STORIES, {
        kinds: kinds.kinds,
      });
      const base = origin(req);
      const query = kinds.kinds ? `?kind=${kinds.kinds.join(',')}` : '';
      const feed = {
        title:
          kinds.kinds?.join(',') === StoryKind.PODCAST
            ? 'Goodlink 开源公益播客 · Podcast'
            : 'Goodlink 开源公益故事 · Stories',
        description: '开源公益项目的故事：播客、文章、视频与案例。Stories of open-source tech-for-good projects.',
        language: 'zh-CN',
        pageUrl: `${base}/stories${query}`,
        selfUrl: `${base}/stories.${format}${query}`,
        items: data.stories.edges.map(({ node }) => ({ ...node, projects: node.projects.map((p) => p.name) })),
      };
      res.setHeader(
        'content-type',
        format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      );
      res.setHeader('cache-control', 'public, max-age=300');
      res.setHeader('access-control-allow-origin', '*');
      res.send(format === 'rss' ? writeRss(feed) : writeAtom(feed));
    } catch (error) {
      next(error);
    }
  };
  router.get('/stories.rss', storyFeed('rss'));
  router.get('/stories.atom', storyFeed('atom'));

  return router;
}
