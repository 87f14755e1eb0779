import { ProjectAssessments } from '../../features/assessments/ProjectAssessments';
import { MaintainerAssessmentsDocument } from '../../features/assessments/assessments.generated';
import { ProjectConsole } from './ProjectConsole';

/** /console/projects/:slug/assessments: the readiness checklist and the assessments of the project. */
export default function ProjectAssessmentsPage() {
  return (
    <ProjectConsole document={MaintainerAssessmentsDocument} fetchPolicy="cache-and-network">
      {({ project, nav }) => <ProjectAssessments project={project} nav={nav} />}
    </ProjectConsole>
  );
}
