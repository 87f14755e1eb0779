import type { CsrOrganizationQuery } from './console.generated';

/** The organisation a console tab works for, and whether the viewer is a platform admin looking in. */
export type ConsoleOrganization = NonNullable<CsrOrganizationQuery['organization']> & { isAdmin: boolean };

/** Owners (and admins) manage members and the profile; any member manages offers, requests and links. */
export const canManageOrganization = (organization: ConsoleOrganization) =>
  organization.isAdmin || organization.viewerRole === 'OWNER';
