import type { CauseArea, OrganizationKind, ProjectStage, ResourceCategory } from '../gql/graphql';

// The enums' values in the order the filters list them (the generated types are unions, with no runtime list).
export const CAUSE_AREAS: readonly CauseArea[] = [
  'ACCESSIBILITY',
  'GENDER_EQUALITY',
  'MENTAL_HEALTH',
  'ELDERLY_CARE',
  'CHILDREN_AND_EDUCATION',
  'ENVIRONMENT',
  'DISASTER_RELIEF',
  'PUBLIC_HEALTH',
  'RURAL_DEVELOPMENT',
  'OTHER',
];

export const PROJECT_STAGES: readonly ProjectStage[] = [
  'IDEA',
  'PROTOTYPE',
  'INCUBATING',
  'ACTIVE',
  'MAINTAINED',
  'ARCHIVED',
];

export const RESOURCE_CATEGORIES: readonly ResourceCategory[] = ['COMPUTE', 'SERVER', 'DATA', 'PROMOTION'];

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'COMPANY',
  'FOUNDATION',
  'COMMUNITY',
  'NONPROFIT',
  'ACADEMIC',
  'GOVERNMENT',
];

/**
 * Licences offered in the project filter. The API has no list of the licences in use, so these are the common
 * ones; the select also takes any other SPDX id typed in.
 */
export const COMMON_LICENSES = [
  'Apache-2.0',
  'MIT',
  'GPL-2.0-or-later',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MPL-2.0',
  'BSD-3-Clause',
  'CC-BY-4.0',
] as const;
