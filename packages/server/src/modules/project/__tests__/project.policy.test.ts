import type { Viewer } from '../../../auth/viewer';
import { ProjectVisibility, UserRole } from '../../../shared/enums';
import type { UserEntity } from '../../user/user.entity';
import { canEditProject, canSeeProject, visibleProjectsSql } from '../project.policy';

const viewer = (role: UserRole = UserRole.USER): Viewer => ({
  user: { id: 'u1', role } as UserEntity,
  sessionId: 's1',
});
const draft = { visibility: ProjectVisibility.DRAFT };
const published = { visibility: ProjectVisibility.PUBLISHED };

test('only maintainers and admins edit a project', () => {
  expect(canEditProject(null, false)).toBe(false);
  expect(canEditProject(viewer(), false)).toBe(false);
  expect(canEditProject(viewer(), true)).toBe(true);
  expect(canEditProject(viewer(UserRole.ADMIN), false)).toBe(true);
});

test('everyone sees published projects; drafts only their maintainers and admins', () => {
  expect(canSeeProject(null, published, false)).toBe(true);
  expect(canSeeProject(null, draft, false)).toBe(false);
  expect(canSeeProject(viewer(), draft, false)).toBe(false);
  expect(canSeeProject(viewer(), draft, true)).toBe(true);
  expect(canSeeProject(viewer(UserRole.ADMIN), draft, false)).toBe(true);
});

test('the SQL form of the visibility rule', () => {
  expect(visibleProjectsSql('p', null)).toEqual({ sql: "p.visibility = 'PUBLISHED'", params: {} });
  expect(visibleProjectsSql('p', viewer(UserRole.ADMIN))).toEqual({ sql: 'TRUE', params: {} });
  const mine = visibleProjectsSql('p', viewer());
  expect(mine.sql).toContain('project_maintainers');
  expect(mine.params).toEqual({ visibleToUserId: 'u1' });
});
