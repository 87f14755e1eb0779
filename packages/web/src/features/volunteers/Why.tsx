import { useTranslation } from 'react-i18next';
import type { CauseArea, VolunteerSkill } from '../../gql/graphql';

/**
 * What made a match: the skills and causes shared, and whether the hours fit. `for` says whose view it is: a task
 * recommended to a volunteer, or a volunteer suggested to a project.
 */
export function Why({
  match,
  for: subject,
}: {
  match: { matchedSkills: VolunteerSkill[]; matchedCauseAreas: CauseArea[]; fitsAvailability: boolean };
  for: 'task' | 'volunteer';
}) {
  const { t } = useTranslation();
  const separator = t('volunteer.listSeparator');
  const reasons = [
    match.matchedSkills.length
      ? t(`volunteer.why.${subject}.skills`, {
          skills: match.matchedSkills.map((s) => t(`enum.VolunteerSkill.${s}`)).join(separator),
        })
      : null,
    match.matchedCauseAreas.length
      ? t(`volunteer.why.${subject}.causes`, {
          causes: match.matchedCauseAreas.map((c) => t(`enum.CauseArea.${c}`)).join(separator),
        })
      : null,
    match.fitsAvailability ? t(`volunteer.why.${subject}.fits`) : null,
  ].filter(Boolean);
  if (!reasons.length) return null;
  return (
    <p className="task-why">
      <strong>{t('volunteer.why.label')}</strong>
      {reasons.join(t('volunteer.why.joiner'))}
    </p>
  );
}
