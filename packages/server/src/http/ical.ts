import ical, { ICalCalendarMethod } from 'ical-generator';

/**
 * iCalendar (RFC 5545) calendars of events, written by ical-generator (escaping, folding at 75 octets without
 * splitting a UTF-8 character, UTC times). Two things stay ours: the final CRLF, which ical-generator leaves off,
 * and the URL value, which ical-generator escapes like TEXT although RFC 5545 §3.3.13 defines no escaping for URIs.
 * Pinned to 10.x: ical-generator 11 needs Node 22, and this server still runs on Node 20.
 */

export { foldLines as foldLine } from 'ical-generator';

export interface CalendarEvent {
  uid: string;
  start: Date;
  end?: Date | null;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  categories?: string[];
}

export interface Calendar {
  /** X-WR-CALNAME: the name calendar apps show for a subscribed calendar. */
  name: string;
  events: CalendarEvent[];
  /** DTSTAMP: when this calendar was made (now, unless told). */
  stamp?: Date;
}

/**
 * A URL as ical-generator will not mangle it: control characters dropped, and the three characters it would
 * backslash-escape (`\` `,` `;`) percent-encoded instead, so a calendar app reads back an address that works.
 */
const uriValue = (uri: string): string =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  uri.replace(/[\u0000-\u001f\u007f]/g, '').replace(/[\\,;]/g, (c) => encodeURIComponent(c));

/** The calendar as a text/calendar body. */
export function writeCalendar({ name, events, stamp = new Date() }: Calendar): string {
  const calendar = ical({
    name,
    prodId: { company: 'Goodlink', product: 'Events', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      stamp,
      start: event.start,
      end: event.end ?? null,
      summary: event.summary,
      description: event.description || null,
      location: event.location || null,
      url: event.url ? uriValue(event.url) : null,
      categories: (event.categories ?? []).map((category) => ({ name: category })),
    });
  }
  return calendar.toString() + '\r\n';
}
