import type { DataSource } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import type { ModuleDeps } from '../module';
import { VolunteerProfileEntity } from './volunteer-profile.entity';
import { VolunteerTaskEntity } from './volunteer-task.entity';
import { recommendTasksSql, suggestVolunteersSql, type MatchRow } from './volunteer.matching';
import { actsForProject } from './volunteer.policy';

interface Match {
  score: number;
  matchedSkills: string[];
  matchedCauseAreas: string[];
  fitsAvailability: boolean;
}

export interface TaskMatch extends Match {
  task: VolunteerTaskEntity;
}

export interface VolunteerMatch extends Match {
  profile: VolunteerProfileEntity;
}

/** Who fits which open task, scored in SQL (see volunteer.matching.ts); reads only. */
export class VolunteerMatchingService {
  private readonly dataSource: DataSource;
  private readonly claimLimit: number;

  constructor({ dataSource, settings }: ModuleDeps) {
    this.dataSource = dataSource;
    this.claimLimit = settings.volunteerClaimLimit;
  }

  /** Open tasks of published projects that fit the viewer's profile, best first. */
  async recommendTasks(viewer: Viewer | null, first: number): Promise<TaskMatch[]> {
    if (!viewer) return [];
    const rows: MatchRow[] = await this.dataSource.query(recommendTasksSql, [viewer.user.id, first]);
    if (rows.length === 0) return [];
    const tasks = await this.dataSource
      .getRepository(VolunteerTaskEntity)
      .createQueryBuilder('task')
      .where('task.id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const byId = new Map(tasks.map((task) => [task.id, task]));
    return rows.flatMap((row) => {
      const task = byId.get(row.id);
      return task ? [{ task, ...matchOf(row) }] : [];
    });
  }

  /** Public volunteers whose skills and causes fit the project's open tasks, best first; for its maintainers. */
  async suggestVolunteers(viewer: Viewer | null, projectId: string, first: number): Promise<VolunteerMatch[]> {
    if (!viewer || !(await actsForProject(this.dataSource.manager, viewer, projectId))) return [];
    const rows: MatchRow[] = await this.dataSource.query(suggestVolunteersSql, [projectId, this.claimLimit, first]);
    if (rows.length === 0) return [];
    const profiles = await this.dataSource
      .getRepository(VolunteerProfileEntity)
      .createQueryBuilder('profile')
      .where('profile.user_id IN (:...ids)', { ids: rows.map((row) => row.id) })
      .getMany();
    const byId = new Map(profiles.map((profile) => [profile.userId, profile]));
    return rows.flatMap((row) => {
      const profile = byId.get(row.id);
      return profile ? [{ profile, ...matchOf(row) }] : [];
    });
  }
}

function matchOf(row: MatchRow): Match {
  return {
    score: row.score,
    matchedSkills: row.matched_skills,
    matchedCauseAreas: row.matched_cause_areas,
    fitsAvailability: row.fits_availability,
  };
}
