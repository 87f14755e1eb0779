import type { EntityManager } from 'typeorm';
import { isAdmin, type Viewer } from '../../auth/viewer';
import { MemberRole } from '../../shared/enums';
import { Forbidden, NotFound } from '../../shared/errors';
import { OrganizationMemberEntity } from './organization-member.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * Who may do what to an organisation. `role` is the viewer's membership role in it (null when not a member).
 * Pure functions: the service loads the facts, these decide.
 */

/** Profile, members (and later API keys and webhooks): owners, or a platform admin. */
export const canManageOrganization = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role === MemberRole.OWNER);

/** Members see who else is in their organisation; the public does not. */
export const canSeeMembers = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role !== null);

/** Acting in the organisation's name, e.g. listing a project under it: any member. */
export const canActForOrganization = (viewer: Viewer | null, role: MemberRole | null): boolean =>
  isAdmin(viewer) || (viewer !== null && role !== null);

/** Leaving is always allowed to oneself; removing others needs an owner. */
export const canRemoveMember = (viewer: Viewer | null, role: MemberRole | null, memberUserId: string): boolean =>
  canManageOrganization(viewer, role) || (viewer !== null && role !== null && viewer.user.id === memberUserId);

/*
 * Gates, for the services of every domain: they load the facts in the caller's transaction, ask the rule above and
 * refuse. The decision is always the pure function; a gate only applies it.
 */

/** The organisation, locked for this transaction so that concurrent member changes queue behind each other. */
export async function lockOrganization(manager: EntityManager, organizationId: string): Promise<OrganizationEntity> {
  const organization = await manager
    .getRepository(OrganizationEntity)
    .findOne({ where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
  if (!organization) throw new NotFound('This organisation was not found.', { field: 'organizationId' });
  return organization;
}

/** The organisation, locked, with the actor's role in it (null when not a member). */
export async function lockWithRole(manager: EntityManager, actor: Viewer, organizationId: string) {
  const organization = await lockOrganization(manager, organizationId);
  const membership = await manager
    .getRepository(OrganizationMemberEntity)
    .findOneBy({ organizationId: organization.id, userId: actor.user.id });
  return { organization, role: membership?.role ?? null };
}

/** The organisation, locked, when the actor may manage it (an owner, or an admin); FORBIDDEN otherwise. */
export async function lockForManagement(manager: EntityManager, actor: Viewer, organizationId: string) {
  const { organization, role } = await lockWithRole(manager, actor, organizationId);
  if (!canManageOrganization(actor, role)) throw new Forbidden('Only an owner of this organisation can do this.');
  return organization;
}

/** For acting in the organisation's name (listing a project under it): NOT_FOUND, or FORBIDDEN with `refusal`. */
export async function requireToActFor(
  manager: EntityManager,
  actor: Viewer,
  organizationId: string,
  refusal: string,
): Promise<void> {
  if (!(await manager.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) {
    throw new NotFound('This organisation was not found.', { field: 'organizationId' });
  }
  const membership = await manager
    .getRepository(OrganizationMemberEntity)
    .findOneBy({ organizationId, userId: actor.user.id });
  if (!canActForOrganization(actor, membership?.role ?? null)) throw new Forbidden(refusal);
}
