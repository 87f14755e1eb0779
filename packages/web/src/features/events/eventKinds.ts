import type { EventKind } from '../../gql/graphql';

export const EVENT_KINDS: readonly EventKind[] = ['MEETUP', 'HACKATHON', 'WORKSHOP', 'CONFERENCE_TRACK', 'PROGRAM'];

/**
 * A kind's colour among the event tags, so a list reads at a glance: only presets whose text keeps 4.5:1 contrast
 * under the dashboard's theme (see app/App.tsx); the rest keep the plain tag. Orange is the demo data's.
 */
export const KIND_COLORS: Record<EventKind, string | undefined> = {
  MEETUP: 'blue',
  HACKATHON: 'purple',
  WORKSHOP: 'green',
  CONFERENCE_TRACK: undefined,
  PROGRAM: undefined,
};

/** The calendar file of one event, or of the upcoming ones (of some kinds), served by the API's own origin. */
export const eventCalendarHref = (slug: string) => `/events/${encodeURIComponent(slug)}.ics`;
export const calendarHref = (kind?: EventKind) => (kind ? `/events.ics?kind=${kind}` : '/events.ics');
