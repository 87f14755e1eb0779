import { isAdmin, type Viewer } from '../../auth/viewer';
import { OrganizationKind } from '../../shared/enums';
import type { OrganizationEntity } from '../organization/organization.entity';
import type { AssessmentEntity } from './assessment.entity';

/**
 * Who may assess, and who sees what of an assessment. An assessment speaks for its organisation, so only its
 * members sign one, and only for a verified FOUNDATION; platform admins assess as the platform (no organisation).
 * Assessments and their notes stay between the project's maintainers, the assessing organisation and admins; the
 * public sees aggregated scores only, and only once the maintainers opt in. Pure functions: the service and the
 * loaders find the facts, these decide.
 */

/** Why the viewer may not assess for this organisation, or null when they may. */
export function assessingForRefusal(
  viewer: Viewer | null,
  organization: Pick<OrganizationEntity, 'kind' | 'verified'>,
  isMember: boolean,
): string | null {
  if (!viewer || !isMember) {
    return 'Only members of the organisation can assess in its name (platform admins assess as the platform).';
  }
  if (organization.kind !== OrganizationKind.FOUNDATION) return 'Only foundations assess projects.';
  if (!organization.verified) return 'The foundation must be verified by a platform admin before it assesses projects.';
  return null;
}

/** A maintainer never assesses their own project: the criteria are shared so that judgement is independent. */
export const isSelfAssessment = (isMaintainer: boolean): boolean => isMaintainer;

/** The project's maintainers, members of the assessing organisation, and admins. */
export const canSeeAssessment = (
  viewer: Viewer | null,
  facts: { isMaintainer: boolean; isMemberOfAssessor: boolean },
): boolean => isAdmin(viewer) || (viewer !== null && (facts.isMaintainer || facts.isMemberOfAssessor));

/** The same rule as SQL, for lists: the rows of `alias` (an assessments alias) this viewer may see. */
export function visibleAssessmentsSql(
  alias: string,
  viewer: Viewer | null,
): { sql: string; params: Record<string, unknown> } {
  if (isAdmin(viewer)) return { sql: 'TRUE', params: {} };
  if (!viewer) return { sql: 'FALSE', params: {} };
  return {
    sql:
      `(EXISTS (SELECT 1 FROM project_maintainers visible_as_pm WHERE visible_as_pm.project_id = ${alias}.project_id AND visible_as_pm.user_id = :assessmentViewerId)` +
      ` OR EXISTS (SELECT 1 FROM organization_members visible_as_om WHERE visible_as_om.organization_id = ${alias}.organization_id AND visible_as_om.user_id = :assessmentViewerId))`,
    params: { assessmentViewerId: viewer.user.id },
  };
}

/** The readiness checklist is the maintainers' own view of their next steps. */
export const canSeeReadiness = (viewer: Viewer | null, isMaintainer: boolean): boolean =>
  viewer !== null && isMaintainer;

/**
 * Publishing the aggregated scores is the maintainers' consent: they switch it on or off. A platform admin may
 * switch it off (moderation never makes anything public), never on.
 */
export const canSetAssessmentVisibility = (
  viewer: Viewer | null,
  isMaintainer: boolean,
  summaryPublic: boolean,
): boolean => viewer !== null && (isMaintainer || (isAdmin(viewer) && !summaryPublic));

export const isCurrent = (assessment: Pick<AssessmentEntity, 'supersededAt'>): boolean =>
  assessment.supersededAt === null;
