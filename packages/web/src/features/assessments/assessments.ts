import i18next from 'i18next';

/** The rubric's texts are stored in both languages: the interface's one is shown. */
export const localized = (zh: string, en: string): string => (i18next.language === 'en' ? en : zh);

export const criterionTitle = (criterion: { titleZh: string; titleEn: string }) =>
  localized(criterion.titleZh, criterion.titleEn);

interface MaybeAssessor {
  role?: string | null;
  organizations?: Array<{ kind: string; verified: boolean }> | null;
}

/** Who may open the assessment form: members of a verified foundation, and platform admins. */
export const canAssess = (viewer: MaybeAssessor | null | undefined): boolean =>
  !!viewer &&
  (viewer.role === 'ADMIN' || (viewer.organizations ?? []).some((o) => o.kind === 'FOUNDATION' && o.verified));

/** `scores.2.score` → ['scores', 2, 'score']: the server's field path as an antd form name. */
export const formName = (field: string): Array<string | number> =>
  field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));

export const RECOMMENDATIONS = ['INCUBATE', 'SUPPORT', 'NOT_YET'] as const;
