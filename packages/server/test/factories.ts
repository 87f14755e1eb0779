import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createSession } from '../src/auth/sessions';
import { IdeaInterestEntity } from '../src/modules/idea/idea-interest.entity';
import { OrganizationMemberEntity } from '../src/modules/organization/organization-member.entity';
import { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ProjectMaintainerEntity } from '../src/modules/project/project-maintainer.entity';
import { ProjectEntity } from '../src/modules/project/project.entity';
import { ResourceOfferEntity } from '../src/modules/resource/resource-offer.entity';
import { ResourceRequestEntity } from '../src/modules/resource/resource-request.entity';
import { SponsorLinkEntity } from '../src/modules/sponsor/sponsor-link.entity';
import { EventOrganizerEntity } from '../src/modules/event/event-organizer.entity';
import { EventProjectEntity } from '../src/modules/event/event-project.entity';
import { EventEntity } from '../src/modules/event/event.entity';
import { StoryProjectEntity } from '../src/modules/story/story-project.entity';
import { StoryEntity } from '../src/modules/story/story.entity';
import { UserEntity } from '../src/modules/user/user.entity';
import { MilestoneEntity } from '../src/modules/volunteer/milestone.entity';
import { VolunteerProfileEntity } from '../src/modules/volunteer/volunteer-profile.entity';
import { VolunteerTaskEntity } from '../src/modules/volunteer/volunteer-task.entity';
import {
  CauseArea,
  EventKind,
  IdeaInterestRole,
  Locale,
  MemberRole,
  OrganizationKind,
  ProjectStage,
  ProjectVisibility,
  ResourceCategory,
  ResourceOfferStatus,
  ResourceRequestStatus,
  SponsorLinkSide,
  SponsorLinkStatus,
  SponsorRole,
  StoryKind,
  UserRole,
  VolunteerSkill,
  VolunteerTaskStatus,
} from '../src/shared/enums';

/** Rows for tests, written straight to the database: each test builds the little it needs. */

const unique = () => randomBytes(4).toString('hex');

export interface TestUser {
  user: UserEntity;
  token: string;
}

export async function makeUser(
  db: DataSource,
  overrides: Partial<Pick<UserEntity, 'email' | 'displayName' | 'role' | 'locale'>> = {},
): Promise<TestUser> {
  const id = unique();
  const user = await db.getRepository(UserEntity).save({
    email: `user-${id}@example.org`,
    displayName: `Tester ${id}`,
    locale: Locale.EN,
    role: UserRole.USER,
    passwordHash: null,
    ...overrides,
  });
  const { token } = await createSession(db.manager, user.id, 30);
  return { user, token };
}

export const makeAdmin = (db: DataSource) => makeUser(db, { role: UserRole.ADMIN });

export async function makeOrganization(
  db: DataSource,
  options: Partial<Pick<OrganizationEntity, 'name' | 'slug' | 'kind' | 'verified' | 'createdAt'>> & {
    owner?: UserEntity;
    members?: UserEntity[];
  } = {},
): Promise<OrganizationEntity> {
  const { owner, members = [], ...fields } = options;
  const id = unique();
  const organization = await db.getRepository(OrganizationEntity).save({
    slug: `org-${id}`,
    name: `Organisation ${id}`,
    kind: OrganizationKind.COMPANY,
    verified: false,
    ...fields,
  });
  const rows = [
    ...(owner ? [{ organizationId: organization.id, userId: owner.id, role: MemberRole.OWNER }] : []),
    ...members.map((m) => ({ organizationId: organization.id, userId: m.id, role: MemberRole.MEMBER })),
  ];
  if (rows.length) await db.getRepository(OrganizationMemberEntity).insert(rows);
  return organization;
}

export async function makeProject(
  db: DataSource,
  options: Partial<
    Pick<
      ProjectEntity,
      'name' | 'slug' | 'summary' | 'stage' | 'causeAreas' | 'license' | 'visibility' | 'createdAt' | 'updatedAt'
    >
  > & { maintainers?: UserEntity[]; organization?: OrganizationEntity | null } = {},
): Promise<ProjectEntity> {
  const { maintainers = [], organization = null, ...fields } = options;
  const id = unique();
  const project = await db.getRepository(ProjectEntity).save({
    slug: `project-${id}`,
    name: `Project ${id}`,
    summary: `A project for testing ${id}`,
    stage: ProjectStage.ACTIVE,
    causeAreas: [CauseArea.ACCESSIBILITY],
    license: 'MIT',
    visibility: ProjectVisibility.PUBLISHED,
    organizationId: organization?.id ?? null,
    ...fields,
  });
  if (maintainers.length) {
    await db
      .getRepository(ProjectMaintainerEntity)
      .insert(maintainers.map((m) => ({ projectId: project.id, userId: m.id })));
  }
  return project;
}

/** The organisation and project may be given by id alone (`{ id }`), e.g. from the authorization matrix's world. */
export async function makeSponsorLink(
  db: DataSource,
  organization: Pick<OrganizationEntity, 'id'> & Partial<Pick<OrganizationEntity, 'name'>>,
  project: Pick<ProjectEntity, 'id'>,
  fields: Partial<
    Pick<
      SponsorLinkEntity,
      'status' | 'role' | 'attribution' | 'proposedBy' | 'url' | 'startsOn' | 'endsOn' | 'respondedAt' | 'createdAt'
    >
  > = {},
): Promise<SponsorLinkEntity> {
  return db.getRepository(SponsorLinkEntity).save({
    organizationId: organization.id,
    projectId: project.id,
    role: SponsorRole.IN_KIND,
    status: SponsorLinkStatus.CONFIRMED,
    proposedBy: SponsorLinkSide.ORGANIZATION,
    attribution: `Thanks to ${organization.name ?? 'our sponsor'}`,
    ...fields,
  });
}

/** An OPEN compute offer of 1000 GPU-hours, unless told otherwise. */
/** Valid details for each category (the CHECK wants the category inside them too). */
const SAMPLE_DETAILS: Record<ResourceCategory, ResourceOfferEntity['details']> = {
  [ResourceCategory.COMPUTE]: {
    category: ResourceCategory.COMPUTE,
    acceleratorModel: 'NVIDIA A100 80GB',
    acceleratorMemoryGiB: 80,
  },
  [ResourceCategory.SERVER]: {
    category: ResourceCategory.SERVER,
    vcpus: 8,
    memoryGiB: 32,
    storageGiB: 200,
    region: 'cn-beijing',
    months: 12,
  },
  [ResourceCategory.DATA]: {
    category: ResourceCategory.DATA,
    datasetName: '无障碍图像描述数据集',
    license: 'CC-BY-4.0',
    accessTerms: 'Research and public-good use',
  },
  [ResourceCategory.PROMOTION]: {
    category: ResourceCategory.PROMOTION,
    channel: 'PODCAST',
    audienceSize: 20000,
    slotDescription: 'One guest episode',
  },
} as Record<ResourceCategory, ResourceOfferEntity['details']>;

export async function makeResourceOffer(
  db: DataSource,
  organization: Pick<OrganizationEntity, 'id'>,
  fields: Partial<
    Pick<
      ResourceOfferEntity,
      | 'title'
      | 'total'
      | 'granted'
      | 'status'
      | 'maxPerProject'
      | 'opensAt'
      | 'closesAt'
      | 'eligibleCauseAreas'
      | 'eligibleStages'
      | 'osiLicenseRequired'
      | 'unit'
      | 'createdAt'
      | 'category'
    >
  > = {},
): Promise<ResourceOfferEntity> {
  const category = fields.category ?? ResourceCategory.COMPUTE;
  return db.getRepository(ResourceOfferEntity).save({
    organizationId: organization.id,
    category,
    title: category === ResourceCategory.COMPUTE ? `GPU hours ${unique()}` : `${category} offer ${unique()}`,
    details: SAMPLE_DETAILS[category],
    unit: category === ResourceCategory.COMPUTE ? 'GPU-hours' : 'units',
    total: 1000,
    status: ResourceOfferStatus.OPEN,
    ...fields,
  });
}

/**
 * A request of `quantity` (default 10), PENDING unless told otherwise. An APPROVED or FULFILLED one also takes its
 * capacity from the offer, as the service would.
 */
export async function makeResourceRequest(
  db: DataSource,
  offer: Pick<ResourceOfferEntity, 'id'>,
  project: Pick<ProjectEntity, 'id'>,
  fields: Partial<Pick<ResourceRequestEntity, 'quantity' | 'approvedQuantity' | 'status' | 'justification'>> = {},
): Promise<ResourceRequestEntity> {
  const quantity = fields.quantity ?? 10;
  const granted = fields.status === ResourceRequestStatus.APPROVED || fields.status === ResourceRequestStatus.FULFILLED;
  const approvedQuantity = fields.approvedQuantity ?? (granted ? quantity : null);
  const request = await db.getRepository(ResourceRequestEntity).save({
    offerId: offer.id,
    projectId: project.id,
    quantity,
    justification: '我们需要算力来训练识别模型，服务视障用户。',
    status: ResourceRequestStatus.PENDING,
    decidedAt: granted ? new Date() : null,
    ...fields,
    approvedQuantity,
  });
  if (granted) await db.getRepository(ResourceOfferEntity).increment({ id: offer.id }, 'granted', approvedQuantity!);
  return request;
}

// — ideas —

/** A public idea (stage IDEA) proposed by `proposer`, without maintainers, as proposeIdea makes it. */
export async function makeIdea(
  db: DataSource,
  proposer: Pick<UserEntity, 'id'> | null,
  fields: Partial<Pick<ProjectEntity, 'name' | 'summary' | 'causeAreas' | 'visibility' | 'createdAt'>> = {},
): Promise<ProjectEntity> {
  const id = unique();
  return db.getRepository(ProjectEntity).save({
    slug: `idea-${id}`,
    name: `Idea ${id}`,
    summary: `An idea for testing ${id}`,
    description: '我们社区的需要 / the need of our community',
    beneficiaries: '视障朋友',
    stage: ProjectStage.IDEA,
    causeAreas: [CauseArea.ACCESSIBILITY],
    visibility: ProjectVisibility.PUBLISHED,
    publishedAt: new Date(),
    proposedById: proposer?.id ?? null,
    ...fields,
  });
}

/** An interest in an idea, counted on the project as expressInterest does. */
export async function makeIdeaInterest(
  db: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  user: Pick<UserEntity, 'id'>,
  role: IdeaInterestRole,
  note = '',
): Promise<IdeaInterestEntity> {
  const interest = await db
    .getRepository(IdeaInterestEntity)
    .save({ projectId: project.id, userId: user.id, role, note });
  await db.query('UPDATE projects SET interest_count = interest_count + 1 WHERE id = $1', [project.id]);
  return interest;
}

// — volunteers —

/** A volunteer profile (public unless said otherwise). */
export async function makeVolunteerProfile(
  db: DataSource,
  user: Pick<UserEntity, 'id'>,
  fields: Partial<
    Pick<VolunteerProfileEntity, 'skills' | 'causeAreas' | 'weeklyHours' | 'isPublic' | 'supportChannels' | 'languages'>
  > = {},
): Promise<VolunteerProfileEntity> {
  return db.getRepository(VolunteerProfileEntity).save({
    userId: user.id,
    skills: [VolunteerSkill.ENGINEERING],
    causeAreas: [CauseArea.ACCESSIBILITY],
    weeklyHours: 5,
    isPublic: true,
    ...fields,
  });
}

export async function makeMilestone(
  db: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  fields: Partial<Pick<MilestoneEntity, 'title' | 'status' | 'dueOn'>> = {},
): Promise<MilestoneEntity> {
  return db.getRepository(MilestoneEntity).save({ projectId: project.id, title: `Milestone ${unique()}`, ...fields });
}

/** A task on a new milestone of `project` (or the one given); OPEN unless a claimant and status are given. */
export async function makeVolunteerTask(
  db: DataSource,
  project: Pick<ProjectEntity, 'id'>,
  fields: Partial<
    Pick<
      VolunteerTaskEntity,
      'skillsNeeded' | 'estimatedHours' | 'goodFirstTask' | 'status' | 'claimantId' | 'hoursRecorded' | 'createdAt'
    >
  > & { milestone?: Pick<MilestoneEntity, 'id'> } = {},
): Promise<VolunteerTaskEntity> {
  const { milestone = await makeMilestone(db, project), ...rest } = fields;
  const status = rest.status ?? VolunteerTaskStatus.OPEN;
  return db.getRepository(VolunteerTaskEntity).save({
    projectId: project.id,
    milestoneId: milestone.id,
    title: `Task ${unique()}`,
    skillsNeeded: [VolunteerSkill.ENGINEERING],
    estimatedHours: 4,
    ...rest,
    status,
    claimedAt: status === VolunteerTaskStatus.OPEN ? null : new Date(),
    hoursRecorded: status === VolunteerTaskStatus.DONE ? (rest.hoursRecorded ?? rest.estimatedHours ?? 4) : null,
  });
}

/** A MEETUP a week from now in 上海, organised by the given organisations, with the given projects taking part. */
export async function makeEvent(
  db: DataSource,
  options: Partial<
    Pick<EventEntity, 'slug' | 'kind' | 'name' | 'description' | 'startsAt' | 'endsAt' | 'location' | 'onlineUrl'>
  > & {
    organizers?: Pick<OrganizationEntity, 'id'>[];
    projects?: { project: Pick<ProjectEntity, 'id'>; outcome?: string }[];
  } = {},
): Promise<EventEntity> {
  const { organizers = [], projects = [], ...fields } = options;
  const startsAt = fields.startsAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const event = await db.getRepository(EventEntity).save({
    slug: `event-${unique()}`,
    kind: EventKind.MEETUP,
    name: `开源公益 Meetup ${unique()}`,
    location: '上海',
    endsAt: new Date(startsAt.getTime() + 3 * 3600 * 1000),
    ...fields,
    startsAt,
  });
  if (organizers.length) {
    await db
      .getRepository(EventOrganizerEntity)
      .insert(organizers.map((o) => ({ eventId: event.id, organizationId: o.id })));
  }
  if (projects.length) {
    await db
      .getRepository(EventProjectEntity)
      .insert(projects.map((p) => ({ eventId: event.id, projectId: p.project.id, outcome: p.outcome ?? '' })));
  }
  return event;
}

/** An ARTICLE published today featuring the given projects. */
export async function makeStory(
  db: DataSource,
  projects: Pick<ProjectEntity, 'id'>[],
  fields: Partial<
    Pick<
      StoryEntity,
      'slug' | 'kind' | 'title' | 'publishedOn' | 'summary' | 'mediaUrl' | 'mediaType' | 'durationSeconds'
    >
  > = {},
): Promise<StoryEntity> {
  const story = await db.getRepository(StoryEntity).save({
    slug: `story-${unique()}`,
    kind: StoryKind.ARTICLE,
    title: `开源公益故事 ${unique()}`,
    url: 'https://example.org/story',
    publishedOn: new Date().toISOString().slice(0, 10),
    ...fields,
  });
  await db
    .getRepository(StoryProjectEntity)
    .insert(projects.map((p, position) => ({ storyId: story.id, projectId: p.id, position })));
  return story;
}
