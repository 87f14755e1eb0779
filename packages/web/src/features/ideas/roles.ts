import type { IdeaInterestRole } from '../../gql/graphql';

export type InterestRole = IdeaInterestRole;

/** The ways to join an idea, in the order the page offers them. */
export const INTEREST_ROLES: readonly InterestRole[] = ['VOLUNTEER', 'MAINTAINER', 'BENEFICIARY'];
