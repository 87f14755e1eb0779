import { useMutation } from '@apollo/client/react';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Viewer } from '../../app/auth';
import { MaintainerCreateProjectDocument } from './maintainedProjects.generated';
import { RequireViewer } from '../../shared/RequireViewer';
import { orNull } from '../../shared/formRules';
import { ProjectForm, type ProjectValues } from './ProjectForm';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';

export default function NewProjectPage() {
  return <RequireViewer>{(viewer) => <NewProject viewer={viewer} />}</RequireViewer>;
}

function NewProject({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(MaintainerCreateProjectDocument, {
    // Lists of projects read again when next shown: the new draft belongs in "my projects".
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });

  const submit = async (values: ProjectValues) => {
    const { data } = await create({
      variables: {
        input: {
          slug: values.slug.trim(),
          name: values.name.trim(),
          summary: values.summary.trim(),
          description: orNull(values.description),
          stage: values.stage,
          causeAreas: values.causeAreas,
          repositoryUrl: orNull(values.repositoryUrl),
          websiteUrl: orNull(values.websiteUrl),
          license: orNull(values.license),
          beneficiaries: orNull(values.beneficiaries),
          organizationId: values.organizationId || null,
        },
      },
    });
    if (data) {
      navigate(`/console/projects/${data.createProject.project.slug}/edit`, { state: { created: true } });
    }
  };

  return (
    <ConsolePage back={{ to: '/console/projects', label: t('maintainer.backToProjects') }}>
      <ConsoleHeading title={t('maintainer.newProject.title')} intro={t('maintainer.newProject.intro')} />
      <Card>
        <ProjectForm
          initialValues={{}}
          organizations={viewer.organizations ?? []}
          submitLabel={t('maintainer.newProject.submit')}
          onSubmit={submit}
        />
      </Card>
    </ConsolePage>
  );
}
