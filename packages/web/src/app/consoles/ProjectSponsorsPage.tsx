import { ProjectSponsorLinks } from '../../features/sponsors/ProjectSponsorLinks';
import { MaintainerProjectSponsorsDocument } from '../../features/sponsors/projectSponsorLinks.generated';
import { ProjectConsole } from './ProjectConsole';

/** /console/projects/:slug/sponsors: the project's sponsor links and the form to propose one. */
export default function ProjectSponsorsPage() {
  return (
    <ProjectConsole document={MaintainerProjectSponsorsDocument}>
      {({ project, nav }) => <ProjectSponsorLinks project={project} nav={nav} />}
    </ProjectConsole>
  );
}
