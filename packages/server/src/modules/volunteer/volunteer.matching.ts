import { HELD_TASK_STATUSES, ProjectStage, ProjectVisibility, VolunteerTaskStatus } from '../../shared/enums';

/**
 * Matching volunteers and tasks, in SQL. Both directions score the same way and explain themselves:
 *   3 points per skill the task needs and the volunteer has,
 *   2 points per cause area the project works on and the volunteer cares about,
 *   1 point when the work fits the volunteer's time (the estimate within four weeks of their weekly hours).
 * A candidate must match at least one skill or cause; ties go to the newer task / the more available volunteer.
 */

export interface MatchRow {
  /** A task id (recommendations) or a user id (suggestions). */
  id: string;
  score: number;
  matched_skills: string[];
  matched_cause_areas: string[];
  fits_availability: boolean;
}

const OPEN = `'${VolunteerTaskStatus.OPEN}'`;
const HELD = HELD_TASK_STATUSES.map((status) => `'${status}'`).join(', ');
const overlap = (a: string, b: string) => `ARRAY(SELECT unnest(${a}) INTERSECT SELECT unnest(${b}) ORDER BY 1)`;
const SCORE = '3 * cardinality(matched_skills) + 2 * cardinality(matched_cause_areas) + fits_availability::int';

/** $1: the volunteer's user id; $2: how many. Open tasks of published, live projects the volunteer does not run. */
export const recommendTasksSql = `
  WITH me AS (
    SELECT skills, cause_areas, weekly_hours FROM volunteer_profiles WHERE user_id = $1
  ), candidates AS (
    SELECT task.id, task.created_at,
           ${overlap('task.skills_needed', 'me.skills')} AS matched_skills,
           ${overlap('project.cause_areas', 'me.cause_areas')} AS matched_cause_areas,
           task.estimated_hours <= me.weekly_hours * 4 AS fits_availability
      FROM volunteer_tasks task
      JOIN projects project ON project.id = task.project_id
      CROSS JOIN me
     WHERE task.status = ${OPEN}
       AND project.visibility = '${ProjectVisibility.PUBLISHED}'
       AND project.stage <> '${ProjectStage.ARCHIVED}'
       AND NOT EXISTS (SELECT 1 FROM project_maintainers pm WHERE pm.project_id = task.project_id AND pm.user_id = $1)
  )
  SELECT id, matched_skills, matched_cause_areas, fits_availability, ${SCORE} AS score
    FROM candidates
   WHERE cardinality(matched_skills) + cardinality(matched_cause_areas) > 0
   ORDER BY score DESC, created_at DESC, id
   LIMIT $2`;

/**
 * $1: the project's id; $2: the claim limit; $3: how many. Public profiles with some time to give, not already
 * holding as many tasks as they may, not maintainers of the project. Skills are matched against those its OPEN tasks
 * need; availability against its smallest open task.
 */
export const suggestVolunteersSql = `
  WITH open_tasks AS (
    SELECT skills_needed, estimated_hours FROM volunteer_tasks WHERE project_id = $1 AND status = ${OPEN}
  ), needs AS (
    SELECT ARRAY(SELECT DISTINCT unnest(skills_needed) FROM open_tasks) AS skills,
           (SELECT min(estimated_hours) FROM open_tasks) AS smallest
  ), project AS (
    SELECT cause_areas FROM projects WHERE id = $1
  ), candidates AS (
    SELECT profile.user_id AS id, profile.weekly_hours,
           ${overlap('profile.skills', 'needs.skills')} AS matched_skills,
           ${overlap('profile.cause_areas', 'project.cause_areas')} AS matched_cause_areas,
           COALESCE(needs.smallest <= profile.weekly_hours * 4, false) AS fits_availability
      FROM volunteer_profiles profile
      CROSS JOIN needs
      CROSS JOIN project
     WHERE profile.is_public
       AND profile.weekly_hours > 0
       AND NOT EXISTS (SELECT 1 FROM project_maintainers pm WHERE pm.project_id = $1 AND pm.user_id = profile.user_id)
       AND (SELECT count(*) FROM volunteer_tasks held
             WHERE held.claimant_id = profile.user_id AND held.status IN (${HELD})) < $2
  )
  SELECT id, matched_skills, matched_cause_areas, fits_availability, ${SCORE} AS score
    FROM candidates
   WHERE cardinality(matched_skills) + cardinality(matched_cause_areas) > 0
   ORDER BY score DESC, weekly_hours DESC, id
   LIMIT $3`;
