import type { Viewer } from '../../../auth/viewer';
import { ProjectVisibility, SponsorLinkSide, SponsorLinkStatus, UserRole } from '../../../shared/enums';
import type { UserEntity } from '../../user/user.entity';
import {
  awaitingViewerSql,
  canEndSponsorLink,
  canProposeAs,
  canRespondToSponsorLink,
  canSeeSponsorLink,
  sidesOf,
  visibleSponsorLinksSql,
} from '../sponsor-link.policy';

const viewer = (role: UserRole = UserRole.USER): Viewer => ({ user: { id: 'u1', role } as UserEntity, sessionId: 's' });
const user = viewer();
const admin = viewer(UserRole.ADMIN);

const NEITHER = { isMember: false, isMaintainer: false };
const MEMBER = { isMember: true, isMaintainer: false };
const MAINTAINER = { isMember: false, isMaintainer: true };
const BOTH = { isMember: true, isMaintainer: true };

const { ORGANIZATION, PROJECT } = SponsorLinkSide;
const { PROPOSED, CONFIRMED, DECLINED, ENDED } = SponsorLinkStatus;
const link = (status: SponsorLinkStatus, proposedBy: SponsorLinkSide = ORGANIZATION) => ({ status, proposedBy });

test('members speak for the organisation, maintainers for the project, and nobody speaks anonymously', () => {
  expect(sidesOf(null, BOTH)).toEqual([]);
  expect(sidesOf(user, NEITHER)).toEqual([]);
  expect(sidesOf(user, MEMBER)).toEqual([ORGANIZATION]);
  expect(sidesOf(user, MAINTAINER)).toEqual([PROJECT]);
  expect(sidesOf(user, BOTH)).toEqual([ORGANIZATION, PROJECT]);
  // Being an admin puts no one on a side.
  expect(sidesOf(admin, NEITHER)).toEqual([]);
});

test('a side is proposed for by someone on it, or by an admin', () => {
  expect(canProposeAs(user, MEMBER, ORGANIZATION)).toBe(true);
  expect(canProposeAs(user, MEMBER, PROJECT)).toBe(false);
  expect(canProposeAs(user, NEITHER, ORGANIZATION)).toBe(false);
  expect(canProposeAs(admin, NEITHER, PROJECT)).toBe(true);
  expect(canProposeAs(null, BOTH, PROJECT)).toBe(false);
});

test.each([
  ['the proposing side', user, MEMBER, false],
  ['the other side', user, MAINTAINER, true],
  ['someone on both sides', user, BOTH, true],
  ['a stranger', user, NEITHER, false],
  ['an admin on neither side', admin, NEITHER, false],
  ['an admin on the other side', admin, MAINTAINER, true],
  ['anonymous', null, BOTH, false],
] as const)('only the other side answers an organisation’s proposal: %s', (_who, who, facts, expected) => {
  expect(canRespondToSponsorLink(who, link(PROPOSED, ORGANIZATION), facts)).toBe(expected);
});

test('nobody answers a link that is no longer proposed', () => {
  for (const status of [CONFIRMED, DECLINED, ENDED]) {
    expect(canRespondToSponsorLink(user, link(status, ORGANIZATION), MAINTAINER)).toBe(false);
  }
  expect(canRespondToSponsorLink(user, link(PROPOSED, PROJECT), MEMBER)).toBe(true);
  expect(canRespondToSponsorLink(user, link(PROPOSED, PROJECT), MAINTAINER)).toBe(false);
});

test('either side or an admin ends a confirmed link; only the proposer (or an admin) retracts a proposal', () => {
  expect(canEndSponsorLink(user, link(CONFIRMED), MEMBER)).toBe(true);
  expect(canEndSponsorLink(user, link(CONFIRMED), MAINTAINER)).toBe(true);
  expect(canEndSponsorLink(user, link(CONFIRMED), NEITHER)).toBe(false);
  expect(canEndSponsorLink(admin, link(CONFIRMED), NEITHER)).toBe(true);
  expect(canEndSponsorLink(null, link(CONFIRMED), BOTH)).toBe(false);
  expect(canEndSponsorLink(user, link(PROPOSED, ORGANIZATION), MEMBER)).toBe(true);
  expect(canEndSponsorLink(user, link(PROPOSED, ORGANIZATION), MAINTAINER)).toBe(false);
  expect(canEndSponsorLink(admin, link(PROPOSED, ORGANIZATION), NEITHER)).toBe(true);
  for (const status of [DECLINED, ENDED]) {
    expect(canEndSponsorLink(user, link(status), BOTH)).toBe(false);
    expect(canEndSponsorLink(admin, link(status), BOTH)).toBe(false);
  }
});

test('the public sees confirmed links of visible projects; the sides see theirs in any status; admins see all', () => {
  const published = { ...NEITHER, projectVisibility: ProjectVisibility.PUBLISHED };
  const draft = { ...NEITHER, projectVisibility: ProjectVisibility.DRAFT };
  expect(canSeeSponsorLink(null, link(CONFIRMED), published)).toBe(true);
  expect(canSeeSponsorLink(null, link(CONFIRMED), draft)).toBe(false);
  expect(canSeeSponsorLink(user, link(CONFIRMED), draft)).toBe(false);
  for (const status of [PROPOSED, DECLINED, ENDED]) {
    expect(canSeeSponsorLink(null, link(status), published)).toBe(false);
    expect(canSeeSponsorLink(user, link(status), published)).toBe(false);
    expect(canSeeSponsorLink(user, link(status), { ...published, isMember: true })).toBe(true);
    expect(canSeeSponsorLink(user, link(status), { ...draft, isMaintainer: true })).toBe(true);
    expect(canSeeSponsorLink(admin, link(status), draft)).toBe(true);
  }
});

test('the SQL form of the visibility rule', () => {
  expect(visibleSponsorLinksSql('l', admin)).toEqual({ sql: 'TRUE', params: {} });
  const anonymous = visibleSponsorLinksSql('l', null);
  expect(anonymous.sql).toContain("l.status = 'CONFIRMED'");
  expect(anonymous.sql).toContain("visibility = 'PUBLISHED'");
  expect(anonymous.params).toEqual({});
  const signedIn = visibleSponsorLinksSql('l', user);
  expect(signedIn.sql).toContain('organization_members');
  expect(signedIn.sql).toContain('project_maintainers');
  expect(signedIn.params).toEqual({ sponsorLinkViewerId: 'u1' });
  expect(awaitingViewerSql('l', null)).toEqual({ sql: 'FALSE', params: {} });
  expect(awaitingViewerSql('l', user).params).toEqual({ awaitingViewerId: 'u1' });
});
