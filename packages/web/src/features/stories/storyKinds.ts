import i18next from 'i18next';
import type { StoryKind } from '../../gql/graphql';

export const STORY_KINDS: readonly StoryKind[] = ['PODCAST', 'ARTICLE', 'VIDEO', 'CASE_STUDY'];

/** Tag colours whose text keeps 4.5:1 contrast under the dashboard's theme (see app/App.tsx). */
export const STORY_COLORS: Record<StoryKind, string | undefined> = {
  PODCAST: 'purple',
  ARTICLE: 'blue',
  VIDEO: undefined,
  CASE_STUDY: 'green',
};

/** A story's day (a date without a time): shown as that day wherever the reader is. */
export const formatDay = (day: string) =>
  new Intl.DateTimeFormat(i18next.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
