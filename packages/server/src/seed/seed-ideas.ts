import { In, type EntityManager } from 'typeorm';
import { IdeaInterestEntity } from '../modules/idea/idea-interest.entity';
import { ProjectEntity } from '../modules/project/project.entity';
import { UserEntity } from '../modules/user/user.entity';
import { Locale, ProjectStage, ProjectVisibility, UserRole } from '../shared/enums';
import { demoIdeaPeople, demoIdeas } from './demo-ideas';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo ideas, their proposers and who joined them. Idempotent like the rest of the demo data: rows are keyed by
 * slug, email, or (idea, person, role), inserted only when missing; the interest counts are then recounted.
 */
export async function seedIdeas(manager: EntityManager, now: number): Promise<number> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values(
      demoIdeaPeople.map((p) => ({
        email: p.email,
        displayName: p.displayName,
        locale: Locale.ZH_CN,
        passwordHash: null,
        role: UserRole.USER,
        isDemo: true,
      })),
    )
    .orIgnore()
    .execute();
  const users = await manager.getRepository(UserEntity).findBy({ email: In(demoIdeaPeople.map((p) => p.email)) });
  const userIds = new Map(users.map((u) => [u.email, u.id]));

  await manager
    .createQueryBuilder()
    .insert()
    .into(ProjectEntity)
    .values(
      demoIdeas.map((idea) => {
        const createdAt = new Date(now - idea.daysAgo * DAY);
        return {
          slug: idea.slug,
          name: idea.name,
          summary: idea.summary,
          description: idea.need,
          stage: ProjectStage.IDEA,
          causeAreas: idea.causeAreas,
          beneficiaries: idea.beneficiaries,
          visibility: ProjectVisibility.PUBLISHED,
          publishedAt: createdAt,
          proposedById: userIds.get(idea.proposer.email) ?? null,
          createdAt,
          updatedAt: createdAt,
          isDemo: true,
        };
      }),
    )
    .orIgnore()
    .execute();
  const slugs = demoIdeas.map((idea) => idea.slug);
  // Only demo rows: a project someone else made under one of these slugs is theirs, not an idea to fill.
  const projects = await manager.getRepository(ProjectEntity).findBy({ slug: In(slugs), isDemo: true });
  const projectIds = new Map(projects.map((p) => [p.slug, p.id]));

  const interests = demoIdeas.flatMap((idea) =>
    projectIds.has(idea.slug)
      ? idea.interests.map((i) => ({
          projectId: projectIds.get(idea.slug)!,
          userId: userIds.get(i.person.email)!,
          role: i.role,
          note: i.note,
          isDemo: true,
        }))
      : [],
  );
  if (interests.length) {
    await manager.createQueryBuilder().insert().into(IdeaInterestEntity).values(interests).orIgnore().execute();
  }
  await manager.query(
    `UPDATE projects p SET interest_count = (SELECT count(*) FROM idea_interests i WHERE i.project_id = p.id)
      WHERE p.id = ANY($1::uuid[])`,
    [[...projectIds.values()]],
  );
  return projects.length;
}
