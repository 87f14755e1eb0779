/**
 * A small iCalendar (RFC 5545) writer: enough for a calendar of events. Lines end in CRLF and are folded at 75
 * octets without splitting a UTF-8 character; TEXT values escape backslash, semicolon, comma and newlines; times
 * are written in UTC (`20261212T010000Z`).
 */

export interface CalendarEvent {
  uid: string;
  start: Date;
  end?: Date | null;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  categories?: string[];
  lastModified?: Date | null;
}

export interface Calendar {
  /** X-WR-CALNAME: the name calendar apps show for a subscribed calendar. */
  name: string;
  events: CalendarEvent[];
  /** DTSTAMP: when this calendar was made (now, unless told). */
  stamp?: Date;
}

/** A TEXT value: `\` `;` `,` and newlines escaped (RFC 5545 §3.3.11). */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/** A URI value has no escaping, but must not break the line (and control characters have no place in it). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const uriValue = (uri: string): string => uri.replace(/[\u0000-\u001f\u007f]/g, '');

/** A DATE-TIME in UTC: 20261212T010000Z. */
export const utcDateTime = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * Folds a content line so that no line is longer than 75 octets (RFC 5545 §3.1): each continuation starts with
 * one space. Breaks fall between characters, never inside a multi-byte UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcDateTime(event.start)}`,
  ];
  if (event.end) lines.push(`DTEND:${utcDateTime(event.end)}`);
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${uriValue(event.url)}`);
  if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${utcDateTime(event.lastModified)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The calendar as a text/calendar body. */
export function writeCalendar({ name, events, stamp = new Date() }: Calendar): string {
  const dtstamp = utcDateTime(stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Goodlink//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => eventLines(event, dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
