import { Feed as FeedWriter } from 'feed';

/**
 * RSS 2.0 (with the iTunes podcast tags, so a podcast app can subscribe) and Atom 1.0 feeds of stories. Characters
 * XML cannot hold at all are dropped. RSS is written by `feed`; Atom stays hand-written, because feed's Atom cannot
 * say what ours does: its entry links carry no rel="alternate", an enclosure's type is guessed as image/<file
 * extension> whatever type is given, titles and summaries are typed html (so a reader would run a title's markup)
 * in CDATA that a second `]]>` breaks out of, and entries cannot carry their own xml:lang. feed is ESM-only: Node
 * 20.19+ require()s it natively, and jest.config.js has swc compile it for the tests.
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

/** itunes:duration as H:MM:SS. */
function itunesDuration(seconds: number): string {
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

/** Text for xml-js (what feed writes with): it un-escapes `&amp;` before escaping, so `&` goes in as `&amp;`. */
const xmlText = (text: string) => text.replace(NOT_XML, '').replace(/&/g, '&amp;');

export function writeRss(feed: Feed): string {
  const writer = new FeedWriter({
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    language: feed.language,
    link: feed.pageUrl,
    feedLinks: { rss: feed.selfUrl },
    updated: newest(feed.items),
    generator: false,
    podcast: true,
    author: { name: 'Goodlink' },
  });
  writer.addExtension({ name: 'itunes:summary', objects: { _text: xmlText(feed.description) } });
  writer.addExtension({ name: 'itunes:explicit', objects: { _text: 'false' } });
  // feed writes a podcast category as text; Apple reads only the `text` attribute.
  writer.addExtension({ name: 'itunes:category', objects: { _attributes: { text: 'Technology' } } });
  for (const item of feed.items) {
    const media = item.mediaUrl && item.mediaType ? { url: item.mediaUrl, type: item.mediaType } : null;
    writer.addItem({
      title: item.title,
      link: item.url,
      guid: `urn:uuid:${xmlText(item.id)}`,
      date: dayStart(item.publishedOn),
      category: [{ name: xmlText(item.kind) }],
      // The file's size is not known; 0 is what feeds without it conventionally say.
      ...(media ? { enclosure: { ...media, length: 0 } } : {}),
      extensions: [
        // feed puts these two in CDATA, where xml-js escapes only the first `]]>`: as escaped text they stay whole.
        { name: 'title', objects: { _text: xmlText(item.title) } },
        { name: 'description', objects: { _text: xmlText(describe(item)) } },
        ...(media
          ? [
              { name: 'itunes:episodeType', objects: { _text: 'full' } },
              // feed's own itunes:duration drops the hours under one hour (MM:SS); H:MM:SS always here.
              ...(item.durationSeconds
                ? [{ name: 'itunes:duration', objects: { _text: itunesDuration(item.durationSeconds) } }]
                : []),
            ]
          : []),
      ],
    });
  }
  return writer.rss2() + '\n';
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
