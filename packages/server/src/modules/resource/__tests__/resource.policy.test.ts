import type { Viewer } from '../../../auth/viewer';
import { CauseArea, MemberRole, ProjectStage, ResourceOfferStatus, UserRole } from '../../../shared/enums';
import type { UserEntity } from '../../user/user.entity';
import {
  canAskAboutOffer,
  canManageOffer,
  canSeeOffer,
  canSeeRequestPrivately,
  unmetCriterion,
} from '../resource.policy';

const viewer = (role: UserRole = UserRole.USER): Viewer => ({
  user: { id: 'u1', role } as UserEntity,
  sessionId: 's1',
});
const admin = viewer(UserRole.ADMIN);
const verified = { verified: true };
const unverified = { verified: false };

test('members of the offering organisation, and admins, manage its offers and decide on requests', () => {
  expect(canManageOffer(null, null)).toBe(false);
  expect(canManageOffer(viewer(), null)).toBe(false);
  expect(canManageOffer(viewer(), MemberRole.MEMBER)).toBe(true);
  expect(canManageOffer(viewer(), MemberRole.OWNER)).toBe(true);
  expect(canManageOffer(admin, null)).toBe(true);
});

test.each([
  [ResourceOfferStatus.OPEN, verified, true, true],
  [ResourceOfferStatus.OPEN, unverified, false, false],
  [ResourceOfferStatus.PAUSED, verified, false, true],
  [ResourceOfferStatus.CLOSED, verified, false, true],
  [ResourceOfferStatus.DRAFT, verified, false, false],
])(
  'a %s offer of a %j organisation: public sees it %s, a project asking hears a reason %s',
  (status, org, seen, known) => {
    expect(canSeeOffer(null, { status }, org, null)).toBe(seen);
    expect(canAskAboutOffer(viewer(), { status }, org, null)).toBe(known);
    // Its own members see and know every offer of theirs.
    expect(canSeeOffer(viewer(), { status }, org, MemberRole.MEMBER)).toBe(true);
    expect(canAskAboutOffer(viewer(), { status }, org, MemberRole.MEMBER)).toBe(true);
  },
);

test('justifications and notes: the two sides and admins only', () => {
  expect(canSeeRequestPrivately(null, null, false)).toBe(false);
  expect(canSeeRequestPrivately(viewer(), null, false)).toBe(false);
  expect(canSeeRequestPrivately(viewer(), null, true)).toBe(true);
  expect(canSeeRequestPrivately(viewer(), MemberRole.MEMBER, false)).toBe(true);
  expect(canSeeRequestPrivately(admin, null, false)).toBe(true);
});

describe('eligibility', () => {
  const open = { eligibleCauseAreas: [], eligibleStages: [], osiLicenseRequired: false };
  const project = { causeAreas: [CauseArea.ACCESSIBILITY], stage: ProjectStage.ACTIVE, license: 'MIT' };

  test('an offer with no criteria takes any project', () => {
    expect(unmetCriterion(open, { ...project, causeAreas: [], license: null })).toBeNull();
  });

  test('each criterion is named when missed, in order', () => {
    expect(unmetCriterion({ ...open, eligibleCauseAreas: [CauseArea.ELDERLY_CARE] }, project)).toBe('CAUSE_AREA');
    expect(unmetCriterion({ ...open, eligibleStages: [ProjectStage.IDEA] }, project)).toBe('STAGE');
    expect(unmetCriterion({ ...open, osiLicenseRequired: true }, { ...project, license: 'CC-BY-4.0' })).toBe('LICENSE');
    expect(unmetCriterion({ ...open, osiLicenseRequired: true }, { ...project, license: null })).toBe('LICENSE');
  });

  test('one shared cause is enough; an OSI-approved choice in an OR expression is enough', () => {
    const offer = {
      eligibleCauseAreas: [CauseArea.ELDERLY_CARE, CauseArea.ACCESSIBILITY],
      eligibleStages: [],
      osiLicenseRequired: true,
    };
    expect(unmetCriterion(offer, { ...project, license: 'CC-BY-4.0 OR Apache-2.0' })).toBeNull();
  });
});
