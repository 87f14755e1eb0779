import { hashPassword } from '../src/auth/passwords';
import { UserEntity } from '../src/modules/user/user.entity';
import {
  IdeaInterestRole,
  MemberRole,
  ProjectVisibility,
  ResourceOfferStatus,
  ResourceRequestStatus,
  SponsorLinkSide,
  SponsorLinkStatus,
  VolunteerTaskStatus,
} from '../src/shared/enums';
import {
  makeAdmin,
  makeEvent,
  makeIdea,
  makeIdeaInterest,
  makeOrganization,
  makeProject,
  makeResourceOffer,
  makeResourceRequest,
  makeSponsorLink,
  makeUser,
  makeMilestone,
  makeVolunteerTask,
  type TestUser,
} from './factories';
import { startTestServer, type TestServer } from './harness';
import { databaseFingerprint } from './snapshot';

/**
 * The authorization matrix: every mutation × every kind of caller → success, or the refusal we promise, with the
 * database untouched on refusal. For organisation mutations "member" is a MEMBER and "owner" an OWNER of the
 * organisation; for project mutations "member" maintains the project and "owner" owns the project's organisation
 * without maintaining the project — rule 3: only maintainers act for a project.
 */

const PERSONAS = ['anonymous', 'stranger', 'member', 'owner', 'admin'] as const;
type Persona = (typeof PERSONAS)[number];
// NOT_FOUND: the row is hidden from this caller (e.g. a sponsor link still private to its two sides).
type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface World {
  callers: Record<Exclude<Persona, 'anonymous'>, TestUser>;
  organizationId: string;
  otherMemberId: string;
  projectId: string;
  draftId: string;
  otherMaintainerId: string;
  outsiderEmail: string;
  passwordUserEmail: string;
}

const PASSWORD = 'correct horse battery staple';
let server: TestServer;
let passwordHash: string;
let counter = 0;

beforeAll(async () => {
  server = await startTestServer();
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(() => server.close());

async function activityCount(): Promise<number> {
  const [row] = await server.dataSource.query('SELECT count(*)::int AS n FROM activities');
  return row.n;
}

async function buildWorld(): Promise<World> {
  const db = server.dataSource;
  const [stranger, member, owner, admin, otherMember, otherMaintainer, outsider] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeAdmin(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const organization = await makeOrganization(db, { owner: owner.user, members: [member.user, otherMember.user] });
  const maintainers = [member.user, otherMaintainer.user];
  const project = await makeProject(db, { organization, maintainers });
  const draft = await makeProject(db, { organization, maintainers, visibility: ProjectVisibility.DRAFT });
  const passwordUser = await makeUser(db);
  await db.getRepository(UserEntity).update({ id: passwordUser.user.id }, { passwordHash });
  return {
    callers: { stranger, member, owner, admin },
    organizationId: organization.id,
    otherMemberId: otherMember.user.id,
    projectId: project.id,
    draftId: draft.id,
    otherMaintainerId: otherMaintainer.user.id,
    outsiderEmail: outsider.user.email,
    passwordUserEmail: passwordUser.user.email,
  };
}

const everyone: Record<Persona, Outcome> = { anonymous: 'ok', stranger: 'ok', member: 'ok', owner: 'ok', admin: 'ok' };
const signedIn: Record<Persona, Outcome> = { ...everyone, anonymous: 'UNAUTHENTICATED' };
const orgMembers: Record<Persona, Outcome> = { ...signedIn, stranger: 'FORBIDDEN' };
const orgOwners: Record<Persona, Outcome> = { ...orgMembers, member: 'FORBIDDEN' };
const adminsOnly: Record<Persona, Outcome> = { ...orgOwners, owner: 'FORBIDDEN' };
const maintainers: Record<Persona, Outcome> = { ...signedIn, stranger: 'FORBIDDEN', owner: 'FORBIDDEN' };

const CASES: Array<{
  mutation: string;
  query: string;
  /** May build rows of its own (before the database is fingerprinted). */
  input: (w: World) => unknown;
  expected: Record<Persona, Outcome>;
}> = [
  {
    mutation: 'signUp',
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
    input: () => ({ email: `new-${++counter}@example.org`, password: PASSWORD, displayName: 'New' }),
    expected: everyone,
  },
  {
    mutation: 'signIn',
    query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
    input: (w) => ({ email: w.passwordUserEmail, password: PASSWORD }),
    expected: everyone,
  },
  {
    mutation: 'updateProfile',
    query: 'mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { locale } } }',
    input: () => ({ locale: 'EN', displayName: '新名字' }),
    expected: signedIn,
  },
  { mutation: 'signOut', query: 'mutation { signOut { signedOut } }', input: () => undefined, expected: signedIn },
  {
    mutation: 'createOrganization',
    query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }',
    input: () => ({ slug: `new-org-${++counter}`, name: '新组织', kind: 'COMPANY' }),
    expected: signedIn,
  },
  {
    mutation: 'updateOrganization',
    query: 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id } } }',
    input: (w) => ({ organizationId: w.organizationId, name: 'Renamed' }),
    expected: orgOwners,
  },
  {
    mutation: 'createApiKey',
    query: 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    input: (w) => ({ organizationId: w.organizationId, name: 'Partner sync', scopes: ['READ', 'WRITE'] }),
    expected: orgOwners,
  },
  {
    mutation: 'revokeApiKey',
    query: 'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id } } }',
    input: async (w) => ({ apiKeyId: await worldApiKey(w) }),
    expected: orgOwners,
  },
  {
    mutation: 'createWebhook',
    query: 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    // A public address given as an IP: nothing to resolve, nothing sent (no delivery worker in this test).
    input: (w) => ({
      organizationId: w.organizationId,
      url: 'https://93.184.215.14/goodlink',
      events: ['PROJECT_PUBLISHED'],
    }),
    expected: orgOwners,
  },
  {
    mutation: 'deleteWebhook',
    query: 'mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedWebhookId } }',
    input: async (w) => ({ webhookId: await worldWebhook(w) }),
    expected: orgOwners,
  },
  {
    mutation: 'rotateWebhookSecret',
    query: 'mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { webhook { id } } }',
    input: async (w) => ({ webhookId: await worldWebhook(w) }),
    expected: orgOwners,
  },
  {
    mutation: 'testWebhook',
    query: 'mutation($input: TestWebhookInput!) { testWebhook(input: $input) { delivery { id } } }',
    input: async (w) => ({ webhookId: await worldWebhook(w) }),
    expected: orgOwners,
  },
  {
    mutation: 'addOrganizationMember',
    query: 'mutation($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { member { role } } }',
    input: (w) => ({ organizationId: w.organizationId, email: w.outsiderEmail, role: MemberRole.MEMBER }),
    expected: orgOwners,
  },
  {
    mutation: 'removeOrganizationMember',
    query:
      'mutation($input: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $input) { removedUserId } }',
    input: (w) => ({ organizationId: w.organizationId, userId: w.otherMemberId }),
    expected: orgOwners,
  },
  {
    mutation: 'verifyOrganization',
    query:
      'mutation($input: VerifyOrganizationInput!) { verifyOrganization(input: $input) { organization { verified } } }',
    input: (w) => ({ organizationId: w.organizationId }),
    expected: adminsOnly,
  },
  {
    mutation: 'createProject (under an organisation)',
    query: 'mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }',
    input: (w) => ({
      slug: `new-project-${++counter}`,
      name: '新项目',
      summary: '一句话介绍',
      organizationId: w.organizationId,
    }),
    expected: orgMembers,
  },
  {
    mutation: 'updateProject',
    query: 'mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { id } } }',
    input: (w) => ({ projectId: w.projectId, summary: 'Better summary' }),
    expected: maintainers,
  },
  {
    mutation: 'publishProject',
    query: 'mutation($input: PublishProjectInput!) { publishProject(input: $input) { project { visibility } } }',
    input: (w) => ({ projectId: w.draftId }),
    expected: maintainers,
  },
  {
    mutation: 'archiveProject',
    query: 'mutation($input: ArchiveProjectInput!) { archiveProject(input: $input) { project { stage } } }',
    input: (w) => ({ projectId: w.projectId }),
    expected: maintainers,
  },
  {
    mutation: 'addProjectMaintainer',
    query: 'mutation($input: AddProjectMaintainerInput!) { addProjectMaintainer(input: $input) { project { id } } }',
    input: (w) => ({ projectId: w.projectId, email: w.outsiderEmail }),
    expected: maintainers,
  },
  {
    mutation: 'removeProjectMaintainer',
    query:
      'mutation($input: RemoveProjectMaintainerInput!) { removeProjectMaintainer(input: $input) { removedUserId } }',
    input: (w) => ({ projectId: w.projectId, userId: w.otherMaintainerId }),
    expected: maintainers,
  },
  // — sponsor links —
  // "member" maintains the world's project and is a MEMBER of its organisation; "owner" owns that organisation but
  // maintains nothing, so for a link between another organisation and the project the owner is on neither side.
  // Each case links one side of the world to a fresh counterpart. Proposals are private to their two sides, so
  // callers on neither side get NOT_FOUND for them; admins see everything but do not consent for a side.
  {
    mutation: 'proposeSponsorLink (for the project, to another organisation)',
    query:
      'mutation($input: ProposeSponsorLinkInput!) { proposeSponsorLink(input: $input) { sponsorLink { status } } }',
    // The project's maintainers speak for it (member); the owner does not. Admins may, naming the side.
    input: async (w) => ({
      organizationId: (await makeOrganization(server.dataSource)).id,
      projectId: w.projectId,
      role: 'IN_KIND',
      side: SponsorLinkSide.PROJECT,
    }),
    expected: maintainers,
  },
  {
    mutation: 'proposeSponsorLink (for the organisation, to another project)',
    query:
      'mutation($input: ProposeSponsorLinkInput!) { proposeSponsorLink(input: $input) { sponsorLink { status } } }',
    // Any member of the organisation speaks for it (member and owner alike). Admins may, naming the side.
    input: async (w) => ({
      organizationId: w.organizationId,
      projectId: (await makeProject(server.dataSource)).id,
      role: 'FINANCIAL',
      side: SponsorLinkSide.ORGANIZATION,
    }),
    expected: orgMembers,
  },
  {
    mutation: 'confirmSponsorLink (another organisation proposed to the project)',
    query:
      'mutation($input: ConfirmSponsorLinkInput!) { confirmSponsorLink(input: $input) { sponsorLink { status } } }',
    // The project answers (member). The owner is on neither side: the proposal is hidden from them.
    input: async (w) => {
      const other = await makeOrganization(server.dataSource);
      const link = await makeSponsorLink(
        server.dataSource,
        other,
        { id: w.projectId },
        {
          status: SponsorLinkStatus.PROPOSED,
          proposedBy: SponsorLinkSide.ORGANIZATION,
        },
      );
      return { sponsorLinkId: link.id };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'NOT_FOUND',
      member: 'ok',
      owner: 'NOT_FOUND',
      admin: 'FORBIDDEN',
    },
  },
  {
    mutation: 'confirmSponsorLink (another project proposed to the organisation)',
    query:
      'mutation($input: ConfirmSponsorLinkInput!) { confirmSponsorLink(input: $input) { sponsorLink { status } } }',
    // The organisation answers: any member of it, so member and owner alike.
    input: async (w) => {
      const other = await makeProject(server.dataSource);
      const link = await makeSponsorLink(server.dataSource, { id: w.organizationId }, other, {
        status: SponsorLinkStatus.PROPOSED,
        proposedBy: SponsorLinkSide.PROJECT,
      });
      return { sponsorLinkId: link.id };
    },
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', member: 'ok', owner: 'ok', admin: 'FORBIDDEN' },
  },
  {
    mutation: 'confirmSponsorLink (by the side that proposed it)',
    query:
      'mutation($input: ConfirmSponsorLinkInput!) { confirmSponsorLink(input: $input) { sponsorLink { status } } }',
    // The project proposed to another organisation: member, its maintainer, may not confirm its own proposal.
    input: async (w) => {
      const other = await makeOrganization(server.dataSource);
      const link = await makeSponsorLink(
        server.dataSource,
        other,
        { id: w.projectId },
        {
          status: SponsorLinkStatus.PROPOSED,
          proposedBy: SponsorLinkSide.PROJECT,
        },
      );
      return { sponsorLinkId: link.id };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'NOT_FOUND',
      member: 'FORBIDDEN',
      owner: 'NOT_FOUND',
      admin: 'FORBIDDEN',
    },
  },
  {
    mutation: 'declineSponsorLink (another organisation proposed to the project)',
    query:
      'mutation($input: DeclineSponsorLinkInput!) { declineSponsorLink(input: $input) { sponsorLink { status } } }',
    // As for confirming: the project answers; the owner is on neither side; admins do not answer for a side.
    input: async (w) => {
      const other = await makeOrganization(server.dataSource);
      const link = await makeSponsorLink(
        server.dataSource,
        other,
        { id: w.projectId },
        {
          status: SponsorLinkStatus.PROPOSED,
          proposedBy: SponsorLinkSide.ORGANIZATION,
        },
      );
      return { sponsorLinkId: link.id, note: 'Not a fit for us right now.' };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'NOT_FOUND',
      member: 'ok',
      owner: 'NOT_FOUND',
      admin: 'FORBIDDEN',
    },
  },
  {
    mutation: 'declineSponsorLink (another project proposed to the organisation)',
    query:
      'mutation($input: DeclineSponsorLinkInput!) { declineSponsorLink(input: $input) { sponsorLink { status } } }',
    input: async (w) => {
      const other = await makeProject(server.dataSource);
      const link = await makeSponsorLink(server.dataSource, { id: w.organizationId }, other, {
        status: SponsorLinkStatus.PROPOSED,
        proposedBy: SponsorLinkSide.PROJECT,
      });
      return { sponsorLinkId: link.id };
    },
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', member: 'ok', owner: 'ok', admin: 'FORBIDDEN' },
  },
  {
    mutation: 'endSponsorLink (a confirmed link between another organisation and the project)',
    query: 'mutation($input: EndSponsorLinkInput!) { endSponsorLink(input: $input) { sponsorLink { status } } }',
    // Either side or an admin ends it. The link is public, so the stranger and the owner (on neither side) see it
    // and are refused.
    input: async (w) => {
      const other = await makeOrganization(server.dataSource);
      const link = await makeSponsorLink(server.dataSource, other, { id: w.projectId });
      return { sponsorLinkId: link.id };
    },
    expected: maintainers,
  },
  {
    mutation: "endSponsorLink (retracting the organisation's proposal to another project)",
    query: 'mutation($input: EndSponsorLinkInput!) { endSponsorLink(input: $input) { sponsorLink { status } } }',
    // The proposing side (any member of the organisation) or an admin retracts it.
    input: async (w) => {
      const other = await makeProject(server.dataSource);
      const link = await makeSponsorLink(server.dataSource, { id: w.organizationId }, other, {
        status: SponsorLinkStatus.PROPOSED,
        proposedBy: SponsorLinkSide.ORGANIZATION,
      });
      return { sponsorLinkId: link.id };
    },
    expected: { anonymous: 'UNAUTHENTICATED', stranger: 'NOT_FOUND', member: 'ok', owner: 'ok', admin: 'ok' },
  },
  {
    mutation: 'endSponsorLink (a proposal another organisation made to the project)',
    query: 'mutation($input: EndSponsorLinkInput!) { endSponsorLink(input: $input) { sponsorLink { status } } }',
    // The answering side declines rather than ends (member); the owner is on neither side; an admin may end it.
    input: async (w) => {
      const other = await makeOrganization(server.dataSource);
      const link = await makeSponsorLink(
        server.dataSource,
        other,
        { id: w.projectId },
        {
          status: SponsorLinkStatus.PROPOSED,
          proposedBy: SponsorLinkSide.ORGANIZATION,
        },
      );
      return { sponsorLinkId: link.id };
    },
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'NOT_FOUND',
      member: 'FORBIDDEN',
      owner: 'NOT_FOUND',
      admin: 'ok',
    },
  },
  // — resource offers and requests —
  // Offers belong to the world's organisation: its members (member and owner) manage them and decide on their
  // requests (rule 3). Requests come from the world's project, which only "member" maintains; the offers they ask
  // for belong to a fresh verified organisation, so that deciding and asking are never the same person.
  {
    mutation: 'createResourceOffer',
    query: 'mutation($input: CreateResourceOfferInput!) { createResourceOffer(input: $input) { offer { id } } }',
    input: (w) => ({
      organizationId: w.organizationId,
      category: 'COMPUTE',
      title: 'GPU 算力',
      unit: 'GPU-hours',
      total: 100,
      details: { compute: { acceleratorModel: 'A100' } },
    }),
    expected: orgMembers,
  },
  {
    mutation: 'updateResourceOffer',
    query: 'mutation($input: UpdateResourceOfferInput!) { updateResourceOffer(input: $input) { offer { id } } }',
    input: async (w) => ({ offerId: (await worldOffer(w)).id, title: '新标题', total: 2000 }),
    expected: orgMembers,
  },
  {
    mutation: 'setResourceOfferStatus',
    query: 'mutation($input: SetResourceOfferStatusInput!) { setResourceOfferStatus(input: $input) { offer { id } } }',
    input: async (w) => ({ offerId: (await worldOffer(w)).id, status: ResourceOfferStatus.PAUSED }),
    expected: orgMembers,
  },
  {
    mutation: 'requestResource',
    query: 'mutation($input: RequestResourceInput!) { requestResource(input: $input) { request { id } } }',
    input: async (w) => ({
      offerId: (await elsewhereOffer()).id,
      projectId: w.projectId,
      quantity: 10,
      justification: '用于训练无障碍识别模型',
    }),
    expected: maintainers,
  },
  {
    mutation: 'approveResourceRequest',
    query:
      'mutation($input: ApproveResourceRequestInput!) { approveResourceRequest(input: $input) { request { id } } }',
    input: async (w) => ({ requestId: (await requestTo(w, ResourceRequestStatus.PENDING)).id, quantity: 5 }),
    expected: orgMembers,
  },
  {
    mutation: 'declineResourceRequest',
    query:
      'mutation($input: DeclineResourceRequestInput!) { declineResourceRequest(input: $input) { request { id } } }',
    input: async (w) => ({ requestId: (await requestTo(w, ResourceRequestStatus.PENDING)).id, note: '名额已满' }),
    expected: orgMembers,
  },
  {
    mutation: 'fulfillResourceRequest',
    query:
      'mutation($input: FulfillResourceRequestInput!) { fulfillResourceRequest(input: $input) { request { id } } }',
    input: async (w) => ({ requestId: (await requestTo(w, ResourceRequestStatus.APPROVED)).id }),
    expected: orgMembers,
  },
  {
    mutation: 'revokeResourceRequest',
    query: 'mutation($input: RevokeResourceRequestInput!) { revokeResourceRequest(input: $input) { request { id } } }',
    input: async (w) => ({ requestId: (await requestTo(w, ResourceRequestStatus.APPROVED)).id }),
    expected: orgMembers,
  },
  {
    mutation: 'withdrawResourceRequest',
    query:
      'mutation($input: WithdrawResourceRequestInput!) { withdrawResourceRequest(input: $input) { request { id } } }',
    input: async (w) => ({ requestId: (await requestFrom(w)).id }),
    expected: maintainers,
  },
  // — community: volunteers, milestones and tasks —
  {
    mutation: 'upsertVolunteerProfile',
    query:
      'mutation($input: UpsertVolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { profile { isPublic } } }',
    input: () => ({ skills: ['DESIGN'], weeklyHours: 4, isPublic: true }),
    expected: signedIn,
  },
  {
    mutation: 'createMilestone',
    query: 'mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { milestone { id } } }',
    input: (w) => ({ projectId: w.projectId, title: '第一版上线' }),
    expected: maintainers,
  },
  {
    mutation: 'updateMilestone',
    query: 'mutation($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { milestone { id } } }',
    input: async (w) => ({
      milestoneId: (await makeMilestone(server.dataSource, { id: w.projectId })).id,
      status: 'IN_PROGRESS',
    }),
    expected: maintainers,
  },
  {
    mutation: 'createVolunteerTask',
    query: 'mutation($input: CreateVolunteerTaskInput!) { createVolunteerTask(input: $input) { task { id } } }',
    input: async (w) => ({
      milestoneId: (await makeMilestone(server.dataSource, { id: w.projectId })).id,
      title: '整理用户访谈记录',
      skillsNeeded: ['UX_RESEARCH'],
      estimatedHours: 4,
    }),
    expected: maintainers,
  },
  {
    mutation: 'claimVolunteerTask',
    query: 'mutation($input: ClaimVolunteerTaskInput!) { claimVolunteerTask(input: $input) { task { id } } }',
    input: async (w) => ({ taskId: (await makeVolunteerTask(server.dataSource, { id: w.projectId })).id }),
    expected: signedIn,
  },
  {
    mutation: 'releaseVolunteerTask',
    query: 'mutation($input: ReleaseVolunteerTaskInput!) { releaseVolunteerTask(input: $input) { task { id } } }',
    input: async (w) => ({ taskId: (await heldTask(w, w.otherMemberId)).id }),
    // The claimant may too (see volunteers.test.ts); here the claimant is nobody in the list.
    expected: maintainers,
  },
  {
    mutation: 'submitVolunteerTask',
    query: 'mutation($input: SubmitVolunteerTaskInput!) { submitVolunteerTask(input: $input) { task { id } } }',
    input: async (w) => ({ taskId: (await heldTask(w, w.callers.stranger.user.id)).id }),
    // Only the claimant (here the stranger) hands the work in.
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'ok',
      member: 'FORBIDDEN',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  {
    mutation: 'completeVolunteerTask',
    query: 'mutation($input: CompleteVolunteerTaskInput!) { completeVolunteerTask(input: $input) { task { id } } }',
    input: async (w) => ({ taskId: (await heldTask(w, w.otherMemberId)).id }),
    expected: maintainers,
  },
  // — community: ideas —
  // Ideas are proposed and joined by anyone signed in. Each case's idea is proposed by someone outside the world;
  // "member" offered to maintain it (and so may take it up), the others did not. Hiding is moderation: admins only.
  {
    mutation: 'proposeIdea',
    query: 'mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { project { id } } }',
    input: () => ({
      name: '助听器电池回收点地图',
      summary: '帮听障朋友找到附近的电池回收点。',
      need: '我们社群的需要……',
      causeAreas: ['ACCESSIBILITY'],
      beneficiaries: '听障朋友',
    }),
    expected: signedIn,
  },
  {
    mutation: 'expressInterest',
    query: 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { interest { id } } }',
    input: async () => ({ projectId: (await outsidersIdea()).id, as: 'VOLUNTEER', note: '周末有空' }),
    expected: signedIn,
  },
  {
    mutation: 'withdrawInterest',
    query: 'mutation($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { withdrawnInterestId } }',
    // Everyone in the world joined this idea as a volunteer; each withdraws their own interest.
    input: async (w) => {
      const idea = await outsidersIdea();
      for (const caller of Object.values(w.callers)) {
        await makeIdeaInterest(server.dataSource, idea, caller.user, IdeaInterestRole.VOLUNTEER);
      }
      return { projectId: idea.id, as: 'VOLUNTEER' };
    },
    expected: signedIn,
  },
  {
    mutation: 'takeUpIdea',
    query: 'mutation($input: TakeUpIdeaInput!) { takeUpIdea(input: $input) { project { stage } } }',
    // Only someone who offered to maintain it (member) or its proposer; the stranger only offered to volunteer.
    input: async (w) => {
      const idea = await outsidersIdea();
      await makeIdeaInterest(server.dataSource, idea, w.callers.member.user, IdeaInterestRole.MAINTAINER);
      await makeIdeaInterest(server.dataSource, idea, w.callers.stranger.user, IdeaInterestRole.VOLUNTEER);
      return { projectId: idea.id };
    },
    expected: { ...signedIn, stranger: 'FORBIDDEN', owner: 'FORBIDDEN', admin: 'FORBIDDEN' },
  },
  {
    mutation: 'hideIdea',
    query: 'mutation($input: HideIdeaInput!) { hideIdea(input: $input) { project { visibility } } }',
    input: async () => ({ projectId: (await outsidersIdea()).id, reason: '与公益无关的广告' }),
    expected: adminsOnly,
  },
  // — community: events and stories —
  // Events belong to their organising organisations: any member of one (member and owner) manages them (rule 3),
  // and names as organisers only organisations they belong to. Stories come from someone with standing: a
  // maintainer of a featured project, a member of a verified organisation (the world's is not verified), or an admin.
  {
    mutation: 'createEvent',
    query: 'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }',
    input: (w) => ({
      kind: 'MEETUP',
      slug: `matrix-meetup-${++counter}`,
      name: '开源公益 Meetup',
      startsAt: '2030-05-01T06:00:00Z',
      location: '杭州',
      organizerIds: [w.organizationId],
    }),
    expected: orgMembers,
  },
  {
    mutation: 'updateEvent',
    query: 'mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }',
    input: async (w) => ({
      eventId: (await makeEvent(server.dataSource, { organizers: [{ id: w.organizationId }] })).id,
      name: '改名后的 Meetup',
    }),
    expected: orgMembers,
  },
  {
    mutation: 'addEventProject',
    query: 'mutation($input: AddEventProjectInput!) { addEventProject(input: $input) { added } }',
    input: async (w) => ({
      eventId: (await makeEvent(server.dataSource, { organizers: [{ id: w.organizationId }] })).id,
      projectId: w.projectId,
      outcome: 'MVP built',
    }),
    expected: orgMembers,
  },
  {
    mutation: 'createStory',
    query: 'mutation($input: CreateStoryInput!) { createStory(input: $input) { story { id } } }',
    input: (w) => ({
      kind: 'CASE_STUDY',
      slug: `matrix-story-${++counter}`,
      title: '优秀案例',
      url: 'https://example.org/case',
      publishedOn: '2025-06-01',
      projectIds: [w.projectId],
    }),
    expected: maintainers,
  },
  // — community: assessments —
  // The world's organisation is a COMPANY, and companies do not assess. For the foundation case the input turns it
  // into a verified FOUNDATION (this case's world only), so "member" and "owner" sign for it; the project assessed is
  // a fresh one nobody in the world maintains. An assessment speaks for its organisation, so an admin who is not a
  // member may not sign for it: admins assess as the platform, leaving the organisation out.
  {
    mutation: "submitAssessment (for the world's organisation, made a verified FOUNDATION)",
    query: 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { total } } }',
    input: async (w) => {
      await server.dataSource.query("UPDATE organizations SET kind = 'FOUNDATION', verified = true WHERE id = $1", [
        w.organizationId,
      ]);
      return assessmentInput((await makeProject(server.dataSource)).id, w.organizationId);
    },
    expected: { ...orgMembers, admin: 'FORBIDDEN' },
  },
  {
    mutation: "submitAssessment (for the world's organisation, a COMPANY)",
    query: 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { total } } }',
    input: async (w) => assessmentInput((await makeProject(server.dataSource)).id, w.organizationId),
    expected: {
      anonymous: 'UNAUTHENTICATED',
      stranger: 'FORBIDDEN',
      member: 'FORBIDDEN',
      owner: 'FORBIDDEN',
      admin: 'FORBIDDEN',
    },
  },
  {
    mutation: 'submitAssessment (as the platform, no organisation)',
    query: 'mutation($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { total } } }',
    input: (w) => assessmentInput(w.projectId, null),
    expected: adminsOnly,
  },
  // Making the aggregated scores public is the maintainers' consent ("member" maintains the world's project); an
  // admin may hide them again (moderation never publishes), never publish them.
  {
    mutation: 'setAssessmentVisibility (publishing the summary)',
    query:
      'mutation($input: SetAssessmentVisibilityInput!) { setAssessmentVisibility(input: $input) { project { id } } }',
    input: (w) => ({ projectId: w.projectId, summaryPublic: true }),
    expected: { ...maintainers, admin: 'FORBIDDEN' },
  },
  {
    mutation: 'setAssessmentVisibility (hiding a published summary)',
    query:
      'mutation($input: SetAssessmentVisibilityInput!) { setAssessmentVisibility(input: $input) { project { id } } }',
    input: async (w) => {
      await server.dataSource.query(
        'INSERT INTO project_assessment_settings (project_id, summary_public) VALUES ($1, true)',
        [w.projectId],
      );
      return { projectId: w.projectId, summaryPublic: false };
    },
    expected: maintainers,
  },
];

/** A live API key of the world's organisation, made by its owner through the API. */
async function worldApiKey(w: World): Promise<string> {
  const response = await server.gql(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }',
    { input: { organizationId: w.organizationId, name: 'To revoke', scopes: ['READ'] } },
    { token: w.callers.owner.token },
  );
  return response.data!.createApiKey.apiKey.id;
}

/** A webhook of the world's organisation, made by its owner through the API. */
async function worldWebhook(w: World): Promise<string> {
  const response = await server.gql(
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    { input: { organizationId: w.organizationId, url: 'https://93.184.215.14/hook', events: ['PROJECT_PUBLISHED'] } },
    { token: w.callers.owner.token },
  );
  return response.data!.createWebhook.webhook.id;
}

/** A task of the world's project held by `claimantId`. */
const heldTask = (w: World, claimantId: string) =>
  makeVolunteerTask(server.dataSource, { id: w.projectId }, { status: VolunteerTaskStatus.CLAIMED, claimantId });

/** A public idea proposed by someone outside the world. */
async function outsidersIdea() {
  return makeIdea(server.dataSource, (await makeUser(server.dataSource)).user);
}

/** An offer of the world's organisation. */
const worldOffer = (w: World) => makeResourceOffer(server.dataSource, { id: w.organizationId });

/** An open offer of another, verified organisation, which nobody in the world belongs to. */
async function elsewhereOffer() {
  return makeResourceOffer(server.dataSource, await makeOrganization(server.dataSource, { verified: true }));
}

/** A request to the world's organisation, from a project nobody in the world maintains. */
async function requestTo(w: World, status: ResourceRequestStatus) {
  const project = await makeProject(server.dataSource);
  return makeResourceRequest(server.dataSource, await worldOffer(w), project, { status });
}

/** A pending request from the world's project to another organisation's offer. */
async function requestFrom(w: World) {
  return makeResourceRequest(server.dataSource, await elsewhereOffer(), { id: w.projectId });
}

/** Rubric version 1, every criterion scored 2: a valid assessment of `projectId`. */
function assessmentInput(projectId: string, organizationId: string | null) {
  const criteria = [
    'beneficiary_need_validated',
    'beneficiaries_involved',
    'open_license',
    'documentation',
    'privacy_do_no_harm',
    'technical_feasibility',
    'maintainer_capacity',
    'sustainability_plan',
    'contribution_friendliness',
    'measurable_impact',
  ];
  return {
    projectId,
    organizationId,
    rubricVersion: 1,
    recommendation: 'INCUBATE',
    scores: criteria.map((criterion) => ({ criterion, score: 2, note: '需求已由社群访谈验证' })),
  };
}

test('the matrix covers every mutation in the schema', async () => {
  const data: any = (await server.gql('{ __schema { mutationType { fields { name } } } }')).data;
  const inSchema = data.__schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
  const covered = [...new Set(CASES.map((c) => c.mutation.split(' ')[0]))].sort();
  expect(covered).toEqual(inSchema);
});

describe.each(CASES)('$mutation', ({ query, input, expected }) => {
  test.each(PERSONAS)('called by %s', async (persona) => {
    const world = await buildWorld();
    const token = persona === 'anonymous' ? undefined : world.callers[persona].token;
    const variables = await input(world);
    const before = await databaseFingerprint(server.dataSource);
    const activitiesBefore = await activityCount();
    const response = await server.gql(query, variables === undefined ? undefined : { input: variables }, { token });
    const outcome = expected[persona];
    if (outcome === 'ok') {
      expect(response.errors).toBeUndefined();
      expect(await databaseFingerprint(server.dataSource)).not.toEqual(before);
      // Every state change is recorded, in the same transaction (a refusal, below, leaves no record either).
      expect(await activityCount()).toBeGreaterThan(activitiesBefore);
      return;
    }
    expect(response.errors?.[0]?.extensions?.code).toBe(outcome);
    expect(await databaseFingerprint(server.dataSource)).toEqual(before);
  });
});
