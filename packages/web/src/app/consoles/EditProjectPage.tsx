import { ProjectEditor } from '../../features/projects/ProjectEditor';
import { MaintainerProjectDocument } from '../../features/projects/maintainedProjects.generated';
import { ProjectConsole } from './ProjectConsole';

/** /console/projects/:slug/edit: the project's details, and publishing a draft. */
export default function EditProjectPage() {
  return (
    <ProjectConsole document={MaintainerProjectDocument}>
      {({ project, viewer, nav }) => <ProjectEditor key={project.id} project={project} viewer={viewer} nav={nav} />}
    </ProjectConsole>
  );
}
