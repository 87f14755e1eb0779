import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import pino from 'pino';
import { foldLine } from '../src/http/ical';
import { demoEvents, demoStories } from '../src/seed/demo-data';
import { seedDemoData } from '../src/seed/seed';
import { StoryKind } from '../src/shared/enums';
import { makeOrganization, makeProject, makeUser } from './factories';
import { ok, startTestServer, type TestServer } from './harness';

/**
 * The subscribable feeds, read back with independent parsers (ical.js for iCalendar, fast-xml-parser for RSS and
 * Atom) on a database holding the demo seed: what a calendar or podcast app would see.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedDemoData(server.dataSource, pino({ level: 'silent' }));
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`);

/** RFC 5545's framing: CRLF line ends, lines of at most 75 octets, no multi-byte character cut in two. */
function expectWellFramed(body: string) {
  expect(body.endsWith('\r\n')).toBe(true);
  expect(body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of body.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(line).not.toContain('\uFFFD');
  }
}

function parseCalendar(body: string) {
  const calendar = new ICAL.Component(ICAL.parse(body));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(event.uid).toBeTruthy();
    // Times are UTC (…Z), whatever the server's time zone.
    expect(event.startDate.zone.tzid).toBe('UTC');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
      start: event.startDate.toJSDate().toISOString(),
      end: vevent.hasProperty('dtend') ? event.endDate.toJSDate().toISOString() : null,
    };
  });
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (_name, jpath) => ['rss.channel.item', 'feed.entry', 'feed.entry.link'].includes(String(jpath)),
});

describe('iCalendar', () => {
  test('/events.ics holds the seeded upcoming events, in UTC, as a valid calendar', async () => {
    const response = await get('/events.ics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await response.text();
    expectWellFramed(body);
    const events = parseCalendar(body);
    const upcoming = demoEvents.filter((e) => new Date(e.endsAt ?? e.startsAt) >= new Date());
    const past = demoEvents.filter((e) => !upcoming.includes(e));
    for (const demo of upcoming) {
      expect(events).toContainEqual(
        expect.objectContaining({
          summary: demo.name,
          start: demo.startsAt,
          end: demo.endsAt,
          location: demo.location ?? demo.onlineUrl,
        }),
      );
    }
    for (const demo of past) expect(events.map((e) => e.summary)).not.toContain(demo.name);
  });

  test('/events/<slug>.ics holds that event, for every seeded event, with organisers and projects described', async () => {
    for (const demo of demoEvents) {
      const response = await get(`/events/${demo.slug}.ics`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const body = await response.text();
      expectWellFramed(body);
      const [event, ...others] = parseCalendar(body);
      expect(others).toEqual([]);
      expect(event).toMatchObject({
        summary: demo.name,
        start: demo.startsAt,
        end: demo.endsAt,
        location: demo.location ?? demo.onlineUrl,
        url: demo.websiteUrl,
      });
      expect(event.uid).toMatch(/@goodlink$/);
      expect(event.description).toContain(demo.description);
      for (const { outcome } of demo.projects) expect(event.description).toContain(outcome);
    }
    expect((await get('/events/no-such-event.ics')).status).toBe(404);
  });

  test('?kind= narrows the calendar; an unknown kind is a 400 naming the field', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const create = 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug } } }';
    ok(
      await server.gql(
        create,
        {
          input: {
            kind: 'HACKATHON',
            slug: 'kind-filter-hackathon',
            name: '黑客松',
            startsAt: '2030-01-01T00:00:00Z',
            onlineUrl: 'https://hack.example.org',
            organizerIds: [organization.id],
          },
        },
        { token: member.token },
      ),
    );
    const hackathons = parseCalendar(await (await get('/events.ics?kind=HACKATHON')).text());
    expect(hackathons.map((e) => e.summary)).toEqual(['黑客松']);
    expect(hackathons[0].end).toBeNull();
    const bad = await get('/events.ics?kind=PARTY');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
  });

  test('commas, semicolons, backslashes, newlines and long Chinese titles round-trip', async () => {
    const member = await makeUser(server.dataSource);
    const organization = await makeOrganization(server.dataSource, { members: [member.user] });
    const name =
      '开源社年会 · 开源公益专场：优秀案例分享、项目路演与志愿者招募，欢迎各位技术公益伙伴; 一起 \\ 把对的人聚集起来';
    const description = 'Line one, with a comma;\nline two — 第二行\r\n\\n is not a newline\n\n最后一行';
    const location = '上海市, 徐汇区; 某某路 1 号\n3 楼';
    const data: any = ok(
      await server.gql(
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug } } }',
        {
          input: {
            kind: 'CONFERENCE_TRACK',
            slug: 'awkward-text',
            name,
            description,
            location,
            startsAt: '2030-06-01T02:30:00Z',
            endsAt: '2030-06-01T10:00:00Z',
            organizerIds: [organization.id],
          },
        },
        { token: member.token },
      ),
    );
    const body = await (await get(`/events/${data.createEvent.event.slug}.ics`)).text();
    expectWellFramed(body);
    const [event] = parseCalendar(body);
    expect(event.summary).toBe(name);
    expect(event.location).toBe(location);
    // Newlines arrive as \n whatever was sent (CRLF included); everything else exactly.
    expect(event.description.startsWith(description.replace(/\r\n/g, '\n'))).toBe(true);
    expect(event.start).toBe('2030-06-01T02:30:00.000Z');
  });

  test('folding never cuts a UTF-8 character and unfolds to the same line', () => {
    for (const line of [
      'SUMMARY:' + '彩虹熊熊'.repeat(40),
      'DESCRIPTION:' + 'a😀'.repeat(50),
      'X:' + 'é'.repeat(100),
    ]) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) {
        expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });
});

describe('story feeds', () => {
  const podcasts = demoStories.filter((s) => s.kind === StoryKind.PODCAST);

  test('/stories.rss is valid RSS 2.0 with the seeded stories, newest first, podcasts with enclosures', async () => {
    const response = await get('/stories.rss');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const { rss } = xml.parse(body);
    expect(rss['@version']).toBe('2.0');
    const items = rss.channel.item as any[];
    expect(items.map((i) => i.title).sort()).toEqual(demoStories.map((s) => s.title).sort());
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const demo of demoStories) {
      const item = items.find((i) => i.title === demo.title);
      expect(item.link).toBe(demo.url);
      expect(new Date(item.pubDate).toISOString()).toBe(`${demo.publishedOn}T00:00:00.000Z`);
      expect(item.description).toContain(demo.summary);
      if (demo.mediaUrl) {
        expect(item.enclosure).toMatchObject({ '@url': demo.mediaUrl, '@type': demo.mediaType, '@length': '0' });
        const [h, m, s] = item['itunes:duration'].split(':').map(Number);
        expect(h * 3600 + m * 60 + s).toBe(demo.durationSeconds);
      } else {
        expect(item.enclosure).toBeUndefined();
      }
    }
  });

  test('/stories.rss?kind=PODCAST is the podcast column: episodes only', async () => {
    const body = await (await get('/stories.rss?kind=PODCAST')).text();
    expect(XMLValidator.validate(body)).toBe(true);
    const items = xml.parse(body).rss.channel.item as any[];
    expect(items.map((i) => i.title).sort()).toEqual(podcasts.map((s) => s.title).sort());
    expect((await get('/stories.atom?kind=SONG')).status).toBe(400);
  });

  test('/stories.atom is valid Atom 1.0 with the seeded stories and their enclosures', async () => {
    const response = await get('/stories.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const body = await response.text();
    expect(XMLValidator.validate(body)).toBe(true);
    const { feed } = xml.parse(body);
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBeTruthy();
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    const entries = feed.entry as any[];
    expect(entries.map((e) => e.title).sort()).toEqual(demoStories.map((s) => s.title).sort());
    for (const demo of demoStories) {
      const entry = entries.find((e) => e.title === demo.title);
      expect(entry.id).toMatch(/^urn:uuid:/);
      expect(entry.link).toContainEqual({ '@rel': 'alternate', '@href': demo.url });
      expect(entry.published).toBe(`${demo.publishedOn}T00:00:00.000Z`);
      if (demo.mediaUrl) {
        expect(entry.link).toContainEqual({ '@rel': 'enclosure', '@href': demo.mediaUrl, '@type': demo.mediaType });
      }
    }
  });

  test('markup and control characters in a story are escaped (or dropped) and read back as text', async () => {
    const maintainer = await makeUser(server.dataSource);
    const project = await makeProject(server.dataSource, { maintainers: [maintainer.user], name: 'A & B <项目>' });
    const title = `<script>alert("x")</script> & 'quotes' — 案例`;
    const summary = 'Fish & chips < 3 > 2 ]]> <![CDATA[ x ]]>\u0001 end';
    ok(
      await server.gql(
        'mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id } } }',
        {
          input: {
            kind: 'ARTICLE',
            slug: 'awkward-story',
            title,
            url: 'https://example.org/a?b=1&c=2',
            publishedOn: '2031-12-31',
            summary,
            projectIds: [project.id],
          },
        },
        { token: maintainer.token },
      ),
    );
    for (const path of ['/stories.rss', '/stories.atom']) {
      const body = await (await get(path)).text();
      expect(XMLValidator.validate(body)).toBe(true);
      const parsed = xml.parse(body);
      const first = path.endsWith('rss') ? parsed.rss.channel.item[0] : parsed.feed.entry[0];
      expect(first.title).toBe(title);
      const text = path.endsWith('rss') ? first.description : first.summary;
      expect(text).toContain(summary.replace('\u0001', ''));
      expect(text).toContain('A & B <项目>');
      const link = path.endsWith('rss') ? first.link : first.link[0]['@href'];
      expect(link).toBe('https://example.org/a?b=1&c=2');
    }
  });
});
