/**
 * RSS 2.0 (with the iTunes podcast tags, so a podcast app can subscribe) and Atom 1.0 feeds of stories.
 * Text is XML-escaped, and characters XML cannot hold at all are dropped.
 */

export interface FeedItem {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  publishedOn: string;
  summary: string;
  kind: string;
  language: string;
  mediaUrl: string | null;
  mediaType: string | null;
  durationSeconds: number | null;
  /** The featured projects' names. */
  projects: string[];
}

export interface Feed {
  title: string;
  description: string;
  language: string;
  /** The page the feed stands for, and the feed's own address. */
  pageUrl: string;
  selfUrl: string;
  items: FeedItem[];
}

// Control characters other than tab and newlines, lone surrogates and U+FFFE/U+FFFF are not allowed in XML 1.0.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const escapeXml = (text: string): string =>
  text
    .replace(NOT_XML, '')
    .replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

/** Midnight UTC of a story's day. */
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** RFC 822 dates, as RSS wants them: "Sat, 01 Mar 2025 00:00:00 GMT". */
const rfc822 = (date: Date) => date.toUTCString();

/** itunes:duration as H:MM:SS. */
export function itunesDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

const newest = (items: FeedItem[]) =>
  items.length
    ? dayStart(
        items
          .map((i) => i.publishedOn)
          .sort()
          .at(-1)!,
      )
    : new Date('2025-01-01T00:00:00Z');

const describe = (item: FeedItem) =>
  item.projects.length ? `${item.summary}${item.summary ? '\n\n' : ''}${item.projects.join(' · ')}` : item.summary;

export function writeRss(feed: Feed): string {
  const items = feed.items.map((item) => {
    const parts = [
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="false">urn:uuid:${escapeXml(item.id)}</guid>`,
      element('pubDate', rfc822(dayStart(item.publishedOn))),
      element('description', describe(item)),
      element('category', item.kind),
    ];
    if (item.mediaUrl && item.mediaType) {
      // The file's size is not known; 0 is what feeds without it conventionally say.
      parts.push(`<enclosure url="${escapeXml(item.mediaUrl)}" length="0" type="${escapeXml(item.mediaType)}"/>`);
      parts.push('<itunes:episodeType>full</itunes:episodeType>');
      if (item.durationSeconds) parts.push(element('itunes:duration', itunesDuration(item.durationSeconds)));
    }
    return `<item>${parts.join('')}</item>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.pageUrl),
    element('description', feed.description),
    element('language', feed.language),
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', rfc822(newest(feed.items))),
    element('itunes:author', 'Goodlink'),
    element('itunes:summary', feed.description),
    '<itunes:explicit>false</itunes:explicit>',
    '<itunes:category text="Technology"/>',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function writeAtom(feed: Feed): string {
  const entries = feed.items.map((item) => {
    const day = dayStart(item.publishedOn).toISOString();
    const parts = [
      `<id>urn:uuid:${escapeXml(item.id)}</id>`,
      element('title', item.title),
      `<link rel="alternate" href="${escapeXml(item.url)}"/>`,
      element('published', day),
      element('updated', day),
      element('summary', describe(item)),
      `<category term="${escapeXml(item.kind)}"/>`,
    ];
    if (item.mediaUrl && item.mediaType) {
      parts.push(`<link rel="enclosure" href="${escapeXml(item.mediaUrl)}" type="${escapeXml(item.mediaType)}"/>`);
    }
    return `<entry xml:lang="${escapeXml(item.language)}">${parts.join('')}</entry>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    element('id', feed.selfUrl),
    element('title', feed.title),
    element('subtitle', feed.description),
    element('updated', newest(feed.items).toISOString()),
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    '<author><name>Goodlink</name></author>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
