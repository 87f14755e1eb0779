import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Logger } from '../logger';
import { EventOrganizerEntity } from '../modules/event/event-organizer.entity';
import { EventProjectEntity } from '../modules/event/event-project.entity';
import { EventEntity } from '../modules/event/event.entity';
import { OrganizationMemberEntity } from '../modules/organization/organization-member.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { ProjectMaintainerEntity } from '../modules/project/project-maintainer.entity';
import { ProjectEntity } from '../modules/project/project.entity';
import { SponsorLinkEntity } from '../modules/sponsor/sponsor-link.entity';
import { StoryProjectEntity } from '../modules/story/story-project.entity';
import { StoryEntity } from '../modules/story/story.entity';
import { UserEntity } from '../modules/user/user.entity';
import {
  CauseArea,
  Locale,
  MemberRole,
  OrganizationKind,
  ProjectStage,
  ProjectVisibility,
  SponsorLinkSide,
  SponsorLinkStatus,
  UserRole,
} from '../shared/enums';
import {
  demoEvents,
  demoOrganizations,
  demoProjects,
  demoStories,
  GENERATED_ORGANIZATIONS,
  GENERATED_PROJECTS,
  type DemoOrganization,
  type DemoProject,
} from './demo-data';
import { seedAssessments } from './seed-assessments';
import { seedIdeas } from './seed-ideas';
import { seedResources } from './seed-resources';
import { demoMilestones, demoVolunteers, seedVolunteers } from './seed-volunteers';

const causes = Object.values(CauseArea);
const stages = [
  ProjectStage.IDEA,
  ProjectStage.PROTOTYPE,
  ProjectStage.INCUBATING,
  ProjectStage.ACTIVE,
  ProjectStage.MAINTAINED,
];
const kinds = Object.values(OrganizationKind);
const licenses = ['MIT', 'Apache-2.0', 'GPL-3.0-or-later', 'MPL-2.0', 'AGPL-3.0-only', 'CC-BY-4.0'];
const pad = (n: number) => String(n).padStart(2, '0');

function generatedOrganizations(): DemoOrganization[] {
  return Array.from({ length: GENERATED_ORGANIZATIONS }, (_, i) => ({
    slug: `demo-org-${pad(i + 1)}`,
    name: `示例组织 ${pad(i + 1)} · Demo organisation ${pad(i + 1)}`,
    kind: kinds[i % kinds.length],
    websiteUrl: null,
    description: '生成的示例组织，用于演示分页。Generated demo organisation.',
    verified: i % 3 !== 0,
  }));
}

function generatedProjects(): DemoProject[] {
  return Array.from({ length: GENERATED_PROJECTS }, (_, i) => ({
    slug: `demo-project-${pad(i + 1)}`,
    name: `示例项目 ${pad(i + 1)} · Demo project ${pad(i + 1)}`,
    summary: `生成的示例项目，用于演示筛选与分页。Generated demo project number ${i + 1}.`,
    description: '生成的示例数据 / generated demo data.',
    stage: stages[i % stages.length],
    causeAreas: [causes[i % causes.length], causes[(i * 7 + 3) % causes.length]].filter(
      (c, j, all) => all.indexOf(c) === j,
    ),
    repositoryUrl: null,
    websiteUrl: null,
    license: licenses[i % licenses.length],
    beneficiaries: '',
    organization: `demo-org-${pad((i % GENERATED_ORGANIZATIONS) + 1)}`,
    maintainer: {
      email: `demo-maintainer-${pad((i % 6) + 1)}@goodlink.example`,
      displayName: `示例维护者 ${pad((i % 6) + 1)}`,
    },
    sponsors: [],
  }));
}

async function idsBy<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  column: 'slug' | 'email',
  values: string[],
): Promise<Map<string, string>> {
  const rows = (await manager.getRepository(entity).find({ where: { [column]: In(values) } as never })) as T[];
  return new Map(rows.map((row) => [(row as unknown as Record<string, string>)[column], row.id]));
}

/**
 * Loads the demo data. Idempotent: every row is keyed (slug, email, or its link's ends) and inserted only when
 * missing, so running it twice — or on a database where people have since edited the demo rows — changes nothing.
 * Loading demo data is not a user's action, so it is logged rather than recorded as activity.
 */
export async function seedDemoData(dataSource: DataSource, logger: Pick<Logger, 'info'>): Promise<void> {
  const organizations = [...demoOrganizations, ...generatedOrganizations()];
  const projects = [...demoProjects, ...generatedProjects()];
  let loaded = { offers: 0, requests: 0 };
  let ideas = 0;
  let assessments = 0;
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values(
        organizations.map((o) => ({
          ...o,
          isDemo: true,
          verifiedAt: o.verified ? new Date('2025-01-01T00:00:00Z') : null,
        })),
      )
      .orIgnore()
      .execute();
    const organizationIds = await idsBy(
      manager,
      OrganizationEntity,
      'slug',
      organizations.map((o) => o.slug),
    );

    const maintainers = [...new Map(projects.map((p) => [p.maintainer.email, p.maintainer])).values()];
    await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        maintainers.map((m) => ({
          email: m.email,
          displayName: m.displayName,
          locale: Locale.ZH_CN,
          passwordHash: null,
          role: UserRole.USER,
          isDemo: true,
        })),
      )
      .orIgnore()
      .execute();
    const userIds = await idsBy(
      manager,
      UserEntity,
      'email',
      maintainers.map((m) => m.email),
    );

    // Spread creation times over the past months; the named projects are the newest, so they lead the lists.
    const now = Date.now();
    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectEntity)
      .values(
        projects.map((p, i) => {
          const createdAt = new Date(now - (i + 1) * 36 * 60 * 60 * 1000);
          const { maintainer: _m, sponsors: _s, organization, ...fields } = p;
          return {
            ...fields,
            organizationId: organizationIds.get(organization) ?? null,
            visibility: ProjectVisibility.PUBLISHED,
            publishedAt: createdAt,
            createdAt,
            updatedAt: createdAt,
            isDemo: true,
          };
        }),
      )
      .orIgnore()
      .execute();
    const projectIds = await idsBy(
      manager,
      ProjectEntity,
      'slug',
      projects.map((p) => p.slug),
    );

    await manager
      .createQueryBuilder()
      .insert()
      .into(ProjectMaintainerEntity)
      .values(projects.map((p) => ({ projectId: projectIds.get(p.slug)!, userId: userIds.get(p.maintainer.email)! })))
      .orIgnore()
      .execute();

    // Each demo organisation gets its project's demo maintainer as owner, so member lists are not empty.
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationMemberEntity)
      .values(
        projects.map((p) => ({
          organizationId: organizationIds.get(p.organization)!,
          userId: userIds.get(p.maintainer.email)!,
          role: MemberRole.OWNER,
        })),
      )
      .orIgnore()
      .execute();

    const links = projects.flatMap((p) =>
      p.sponsors.map((s) => ({
        organizationId: organizationIds.get(s.organization)!,
        projectId: projectIds.get(p.slug)!,
        role: s.role,
        attribution: s.attribution,
      })),
    );
    const existingLinks = await manager.getRepository(SponsorLinkEntity).findBy({ isDemo: true });
    const known = new Set(existingLinks.map((l) => `${l.organizationId}/${l.projectId}/${l.role}`));
    const missingLinks = links.filter((l) => !known.has(`${l.organizationId}/${l.projectId}/${l.role}`));
    if (missingLinks.length) {
      // Ignored when people already keep a live link between the same ends (uq_sponsor_links_live): theirs stands.
      await manager
        .createQueryBuilder()
        .insert()
        .into(SponsorLinkEntity)
        .values(
          missingLinks.map((l) => ({
            ...l,
            status: SponsorLinkStatus.CONFIRMED,
            proposedBy: SponsorLinkSide.PROJECT,
            startsOn: '2025-01-01',
            isDemo: true,
          })),
        )
        .orIgnore()
        .execute();
    }

    await manager
      .createQueryBuilder()
      .insert()
      .into(EventEntity)
      .values(
        demoEvents.map(({ organizers: _o, projects: _p, startsAt, endsAt, ...fields }) => ({
          ...fields,
          startsAt: new Date(startsAt),
          endsAt: endsAt ? new Date(endsAt) : null,
          isDemo: true,
        })),
      )
      .orIgnore()
      .execute();
    const eventIds = await idsBy(
      manager,
      EventEntity,
      'slug',
      demoEvents.map((e) => e.slug),
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventOrganizerEntity)
      .values(
        demoEvents.flatMap((e) =>
          e.organizers.map((slug) => ({ eventId: eventIds.get(e.slug)!, organizationId: organizationIds.get(slug)! })),
        ),
      )
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventProjectEntity)
      .values(
        demoEvents.flatMap((e) =>
          e.projects.map(({ project, outcome }) => ({
            eventId: eventIds.get(e.slug)!,
            projectId: projectIds.get(project)!,
            outcome,
          })),
        ),
      )
      .orIgnore()
      .execute();

    await manager
      .createQueryBuilder()
      .insert()
      .into(StoryEntity)
      .values(
        demoStories.map(({ projects: _p, mediaUrl, mediaType, durationSeconds, ...fields }) => ({
          ...fields,
          mediaUrl: mediaUrl ?? null,
          mediaType: mediaType ?? null,
          durationSeconds: durationSeconds ?? null,
          isDemo: true,
        })),
      )
      .orIgnore()
      .execute();
    const storyIds = await idsBy(
      manager,
      StoryEntity,
      'slug',
      demoStories.map((s) => s.slug),
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(StoryProjectEntity)
      .values(
        demoStories.flatMap((s) =>
          s.projects.map((project, position) => ({
            storyId: storyIds.get(s.slug)!,
            projectId: projectIds.get(project)!,
            position,
          })),
        ),
      )
      .orIgnore()
      .execute();

    await seedVolunteers(manager, projectIds);

    const requesterOf = new Map(projects.map((p) => [p.slug, userIds.get(p.maintainer.email) ?? null]));
    loaded = await seedResources(manager, requesterOf, now);
    ideas = await seedIdeas(manager, now);
    assessments = await seedAssessments(manager);
  });
  logger.info(
    {
      organizations: organizations.length,
      projects: projects.length,
      events: demoEvents.length,
      stories: demoStories.length,
      volunteers: demoVolunteers.length,
      milestones: demoMilestones.length,
      resourceOffers: loaded.offers,
      resourceRequests: loaded.requests,
      ideas,
      assessments,
    },
    'demo data loaded',
  );
}

/** True when nothing has been created yet: the first start of a new installation. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  const [row] = await dataSource.query(
    'SELECT NOT EXISTS (SELECT 1 FROM organizations) AND NOT EXISTS (SELECT 1 FROM projects) AS empty',
  );
  return row.empty === true;
}
