import { ProjectPlan } from '../../features/volunteers/ProjectPlan';
import { VolunteerProjectPlanDocument } from '../../features/volunteers/volunteer.generated';
import { ProjectConsole } from './ProjectConsole';

/** /console/projects/:slug/tasks: the project's milestones and volunteer tasks, for those who may edit it. */
export default function ProjectTasksPage() {
  return (
    <ProjectConsole document={VolunteerProjectPlanDocument} canManage={(project) => project.viewerCanEdit}>
      {({ project, nav }) => <ProjectPlan project={project} nav={nav} />}
    </ProjectConsole>
  );
}
