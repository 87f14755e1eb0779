import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createSession } from '../src/auth/sessions';
import { OrganizationMemberEntity } from '../src/modules/organization/organization-member.entity';
import { OrganizationEntity } from '../src/modules/organization/organization.entity';
import { ProjectMaintainerEntity } from '../src/modules/project/project-maintainer.entity';
import { ProjectEntity } from '../src/modules/project/project.entity';
import { ResourceOfferEntity } from '../src/modules/resource/resource-offer.entity';
import { ResourceRequestEntity } from '../src/modules/resource/resource-request.entity';
import { SponsorLinkEntity } from '../src/modules/sponsor/sponsor-link.entity';
import { UserEntity } from '../src/modules/user/user.entity';
import {
  CauseArea,
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
  UserRole,
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
