/**
 * The domain's vocabularies. Postgres stores them as text guarded by CHECK constraints (easier to extend than
 * Postgres enum types); GraphQL exposes them as enums (registered in graphql/enums.ts).
 */
export enum UserRole {
  USER = 'USER',
  ADMIN = 'ADMIN',
}

export enum Locale {
  ZH_CN = 'zh-CN',
  EN = 'en',
}

export enum OrganizationKind {
  COMPANY = 'COMPANY',
  FOUNDATION = 'FOUNDATION',
  COMMUNITY = 'COMMUNITY',
  NONPROFIT = 'NONPROFIT',
  ACADEMIC = 'ACADEMIC',
  GOVERNMENT = 'GOVERNMENT',
}

export enum MemberRole {
  OWNER = 'OWNER',
  MEMBER = 'MEMBER',
}

export enum ProjectStage {
  IDEA = 'IDEA',
  PROTOTYPE = 'PROTOTYPE',
  INCUBATING = 'INCUBATING',
  ACTIVE = 'ACTIVE',
  MAINTAINED = 'MAINTAINED',
  ARCHIVED = 'ARCHIVED',
}

export enum CauseArea {
  ACCESSIBILITY = 'ACCESSIBILITY',
  GENDER_EQUALITY = 'GENDER_EQUALITY',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILDREN_AND_EDUCATION = 'CHILDREN_AND_EDUCATION',
  ENVIRONMENT = 'ENVIRONMENT',
  DISASTER_RELIEF = 'DISASTER_RELIEF',
  PUBLIC_HEALTH = 'PUBLIC_HEALTH',
  RURAL_DEVELOPMENT = 'RURAL_DEVELOPMENT',
  OTHER = 'OTHER',
}

export enum ProjectVisibility {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export enum SponsorRole {
  FINANCIAL = 'FINANCIAL',
  IN_KIND = 'IN_KIND',
  FOUNDATION_PARTNER = 'FOUNDATION_PARTNER',
  TECHNOLOGY_PARTNER = 'TECHNOLOGY_PARTNER',
  MEDIA_PARTNER = 'MEDIA_PARTNER',
  COMMUNITY_PARTNER = 'COMMUNITY_PARTNER',
}

export enum SponsorLinkStatus {
  PROPOSED = 'PROPOSED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}

/** Which side of a sponsor link proposed it; the other side confirms. */
export enum SponsorLinkSide {
  ORGANIZATION = 'ORGANIZATION',
  PROJECT = 'PROJECT',
}

export enum EventKind {
  MEETUP = 'MEETUP',
  HACKATHON = 'HACKATHON',
  WORKSHOP = 'WORKSHOP',
  CONFERENCE_TRACK = 'CONFERENCE_TRACK',
  PROGRAM = 'PROGRAM',
}

export enum StoryKind {
  PODCAST = 'PODCAST',
  ARTICLE = 'ARTICLE',
  VIDEO = 'VIDEO',
  CASE_STUDY = 'CASE_STUDY',
}

export enum ResourceCategory {
  COMPUTE = 'COMPUTE',
  SERVER = 'SERVER',
  DATA = 'DATA',
  PROMOTION = 'PROMOTION',
}

export enum ResourceOfferStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

export enum PromotionChannel {
  PODCAST = 'PODCAST',
  WECHAT = 'WECHAT',
  CONFERENCE_BOOTH = 'CONFERENCE_BOOTH',
  NEWSLETTER = 'NEWSLETTER',
  WEBSITE = 'WEBSITE',
  OTHER = 'OTHER',
}

/** PENDING → APPROVED → FULFILLED, or DECLINED, WITHDRAWN, REVOKED. APPROVED and FULFILLED hold capacity. */
export enum ResourceRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  FULFILLED = 'FULFILLED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}

/** What an API key may do: READ always; WRITE adds the mutations an organisation's member may make. */
export enum ApiKeyScope {
  READ = 'READ',
  WRITE = 'WRITE',
}

/** What a volunteer can do (DESIGN.md: VolunteerProfile). */
export enum VolunteerSkill {
  ENGINEERING = 'ENGINEERING',
  AI_ML = 'AI_ML',
  DATA = 'DATA',
  DESIGN = 'DESIGN',
  UX_RESEARCH = 'UX_RESEARCH',
  ACCESSIBILITY_TESTING = 'ACCESSIBILITY_TESTING',
  PRODUCT = 'PRODUCT',
  CONTENT = 'CONTENT',
  PODCAST_PRODUCTION = 'PODCAST_PRODUCTION',
  NEW_MEDIA = 'NEW_MEDIA',
  TRANSLATION = 'TRANSLATION',
  EVENT_OPERATIONS = 'EVENT_OPERATIONS',
  COMMUNITY = 'COMMUNITY',
  LEGAL = 'LEGAL',
  FUNDRAISING = 'FUNDRAISING',
}

export enum MilestoneStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** OPEN → CLAIMED → SUBMITTED → DONE; a release puts a CLAIMED or SUBMITTED task back to OPEN. */
export enum VolunteerTaskStatus {
  OPEN = 'OPEN',
  CLAIMED = 'CLAIMED',
  SUBMITTED = 'SUBMITTED',
  DONE = 'DONE',
}

/** The statuses in which a task is held by its claimant and counts against the claim limit. */
export const HELD_TASK_STATUSES = [VolunteerTaskStatus.CLAIMED, VolunteerTaskStatus.SUBMITTED] as const;

/** How someone joins an idea: to build it, to lead it as a maintainer, or as one of the people it would serve. */
export enum IdeaInterestRole {
  VOLUNTEER = 'VOLUNTEER',
  MAINTAINER = 'MAINTAINER',
  BENEFICIARY = 'BENEFICIARY',
}

/** What an assessment recommends: incubate the project, support it as it is, or not yet. */
export enum AssessmentRecommendation {
  INCUBATE = 'INCUBATE',
  SUPPORT = 'SUPPORT',
  NOT_YET = 'NOT_YET',
}

/** The statuses whose approved quantity counts against an offer's total. */
export const GRANTED_STATUSES = [ResourceRequestStatus.APPROVED, ResourceRequestStatus.FULFILLED] as const;

/** SQL for a CHECK constraint that keeps a text column inside an enum. */
export function inEnum(column: string, values: Record<string, string>): string {
  return `"${column}" IN (${Object.values(values)
    .map((value) => `'${value}'`)
    .join(', ')})`;
}

/** SQL for a CHECK constraint that keeps every element of a text[] column inside an enum. */
export function allInEnum(column: string, values: Record<string, string>): string {
  return `"${column}" <@ ARRAY[${Object.values(values)
    .map((value) => `'${value}'`)
    .join(', ')}]::text[]`;
}
