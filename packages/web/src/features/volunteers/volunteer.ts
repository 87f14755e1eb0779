import type { TFunction } from 'i18next';
import type { MilestoneStatus, VolunteerSkill, VolunteerTaskStatus } from '../../gql/graphql';
import { problemOf } from '../../shared/errors';
import type { Tone } from '../../shared/StatusTag';

// The enums' values in the order the plan lists them (the generated types are unions, with no runtime list).
export const VOLUNTEER_SKILLS: readonly VolunteerSkill[] = [
  'ENGINEERING',
  'AI_ML',
  'DATA',
  'DESIGN',
  'UX_RESEARCH',
  'ACCESSIBILITY_TESTING',
  'PRODUCT',
  'CONTENT',
  'PODCAST_PRODUCTION',
  'NEW_MEDIA',
  'TRANSLATION',
  'EVENT_OPERATIONS',
  'COMMUNITY',
  'LEGAL',
  'FUNDRAISING',
];

export const TASK_STATUSES: readonly VolunteerTaskStatus[] = ['OPEN', 'CLAIMED', 'SUBMITTED', 'DONE'];

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

export const TASK_TONE: Record<VolunteerTaskStatus, Tone> = {
  OPEN: 'info',
  CLAIMED: 'warning',
  SUBMITTED: 'warning',
  DONE: 'success',
};

export const MILESTONE_TONE: Record<MilestoneStatus, Tone> = {
  PLANNED: 'neutral',
  IN_PROGRESS: 'info',
  DONE: 'success',
  CANCELLED: 'danger',
};

/** Languages offered on the profile form; any other BCP 47 tag may be typed. */
export const COMMON_LANGUAGES = ['zh-CN', 'en', 'zh-TW', 'yue', 'bo', 'ug', 'ja', 'ko', 'fr', 'es'] as const;

/** A language tag's name in the interface's language ("英语" for en), or the tag itself. */
export function languageName(tag: string, interfaceLanguage: string): string {
  try {
    return new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Refusals with a `reason` of their own, said in the interface's language (with the server's numbers). */
const KNOWN_REASONS = new Set([
  'TASK_NOT_OPEN',
  'ALREADY_CLAIMED',
  'CLAIM_LIMIT_REACHED',
  'TASK_NOT_HELD',
  'TASK_NOT_CLAIMED',
  'TASK_DONE',
  'MILESTONE_CLOSED',
]);

/** The message to show when a volunteering mutation fails. */
export function volunteerProblem(t: TFunction, error: unknown): string {
  const problem = problemOf(error);
  if (problem.reason && KNOWN_REASONS.has(problem.reason)) {
    const extensions = { limit: 3, ...extensionsOf(error) };
    return t(`volunteer.problems.${problem.reason}`, extensions);
  }
  if (problem.code === 'UNAUTHENTICATED') return t('volunteer.problems.UNAUTHENTICATED');
  if (problem.code === 'FORBIDDEN') return t('volunteer.problems.FORBIDDEN', { serverMessage: problem.message });
  return problem.message || t('common.unexpectedError');
}

function extensionsOf(error: unknown): Record<string, unknown> {
  const errors = (error as { errors?: Array<{ extensions?: Record<string, unknown> }> } | null)?.errors;
  return errors?.[0]?.extensions ?? {};
}
