import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IdeaCountsFragment } from './ideas.generated';
import { formatNumber } from '../../shared/format';
import { INTEREST_ROLES, type InterestRole } from './roles';

const FIELD: Record<InterestRole, 'volunteer' | 'maintainer' | 'beneficiary'> = {
  VOLUNTEER: 'volunteer',
  MAINTAINER: 'maintainer',
  BENEFICIARY: 'beneficiary',
};

/** Who joined an idea, as public counts per role. */
export function InterestCounts({ counts }: { counts: IdeaCountsFragment['interestCounts'] }) {
  const { t } = useTranslation();
  return (
    <Flex component="ul" gap={12} wrap className="interest-counts" aria-label={t('ideas.interestCounts')}>
      {INTEREST_ROLES.map((role) => (
        <li key={role}>
          <strong>{formatNumber(counts[FIELD[role]])}</strong> {t(`ideas.roles.${role}.counted`)}
        </li>
      ))}
    </Flex>
  );
}
