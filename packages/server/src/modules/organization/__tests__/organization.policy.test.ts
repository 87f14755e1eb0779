import type { Viewer } from '../../../auth/viewer';
import { MemberRole, UserRole } from '../../../shared/enums';
import type { UserEntity } from '../../user/user.entity';
import { canActForOrganization, canManageOrganization, canRemoveMember, canSeeMembers } from '../organization.policy';

const viewer = (role: UserRole = UserRole.USER): Viewer => ({ user: { id: 'me', role } as UserEntity, sessionId: 's' });
const admin = viewer(UserRole.ADMIN);

test.each([
  ['anonymous', null, null, { manage: false, see: false, act: false }],
  ['a stranger', viewer(), null, { manage: false, see: false, act: false }],
  ['a member', viewer(), MemberRole.MEMBER, { manage: false, see: true, act: true }],
  ['an owner', viewer(), MemberRole.OWNER, { manage: true, see: true, act: true }],
  ['an admin', admin, null, { manage: true, see: true, act: true }],
] as const)('%s', (_who, who, role, expected) => {
  expect({
    manage: canManageOrganization(who, role),
    see: canSeeMembers(who, role),
    act: canActForOrganization(who, role),
  }).toEqual(expected);
});

test('members may leave; only owners and admins remove others', () => {
  expect(canRemoveMember(viewer(), MemberRole.MEMBER, 'me')).toBe(true);
  expect(canRemoveMember(viewer(), MemberRole.MEMBER, 'someone-else')).toBe(false);
  expect(canRemoveMember(viewer(), MemberRole.OWNER, 'someone-else')).toBe(true);
  expect(canRemoveMember(viewer(), null, 'me')).toBe(false);
});
