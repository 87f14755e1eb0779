import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Modal, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Viewer } from '../../app/auth';
import {
  MaintainerProjectDocument,
  MaintainerPublishProjectDocument,
  MaintainerUpdateProjectDocument,
  type MaintainerProjectFieldsFragment,
} from './maintainedProjects.generated';
import { problemOf } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { orNull } from '../../shared/formRules';
import { ProjectForm, type OrganizationChoice, type ProjectValues } from './ProjectForm';
import { StatusTag } from '../../shared/StatusTag';
import '../../shared/console.css';

/** A project's details in its console: publish a draft, edit what the public sees (a new slug moves the page). */
export function ProjectEditor({
  project,
  viewer,
  nav,
}: {
  project: MaintainerProjectFieldsFragment;
  viewer: Viewer;
  nav: ReactNode;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [modal, modalHolder] = Modal.useModal();
  const [saved, setSaved] = useState(false);
  const [publishProblem, setPublishProblem] = useState<string | null>(null);
  const [update] = useMutation(MaintainerUpdateProjectDocument);
  const [publish, { loading: publishing }] = useMutation(MaintainerPublishProjectDocument, {
    // Public lists read again when next shown: the project is in them now.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });
  const draft = project.visibility === 'DRAFT';

  const initialValues: ProjectValues = {
    slug: project.slug,
    name: project.name,
    summary: project.summary,
    description: project.description,
    stage: project.stage,
    causeAreas: project.causeAreas,
    repositoryUrl: project.repositoryUrl ?? '',
    websiteUrl: project.websiteUrl ?? '',
    license: project.license ?? '',
    beneficiaries: project.beneficiaries,
    organizationId: project.organization?.id ?? '',
  };

  // The organisations the viewer may list it under, and the one it is under now (even when not theirs).
  const organizations: OrganizationChoice[] = [...(viewer.organizations ?? [])];
  if (project.organization && !organizations.some((o) => o.id === project.organization?.id)) {
    organizations.push(project.organization);
  }

  const submit = async (values: ProjectValues) => {
    setSaved(false);
    const oldSlug = project.slug;
    const organizationId = values.organizationId || null;
    const { data } = await update({
      variables: {
        input: {
          projectId: project.id,
          slug: values.slug.trim(),
          name: values.name.trim(),
          summary: values.summary.trim(),
          description: values.description ?? '',
          stage: values.stage,
          causeAreas: values.causeAreas,
          repositoryUrl: orNull(values.repositoryUrl),
          websiteUrl: orNull(values.websiteUrl),
          license: orNull(values.license),
          beneficiaries: values.beneficiaries?.trim() ?? '',
          // Sent only when changed: moving needs membership of the new organisation, keeping it needs nothing.
          ...(organizationId !== (project.organization?.id ?? null) ? { organizationId } : {}),
        },
      },
      update: (cache, { data: result }) => {
        const saved = result?.updateProject.project;
        if (!saved || saved.slug === oldSlug) return;
        // The project answers to its new address; the old one no longer leads to it.
        cache.writeQuery({
          query: MaintainerProjectDocument,
          variables: { slug: saved.slug },
          data: { project: saved },
        });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'project', args: { slug: oldSlug } });
      },
    });
    if (!data) return;
    setSaved(true);
    if (data.updateProject.project.slug !== oldSlug) {
      navigate(`/console/projects/${data.updateProject.project.slug}/edit`, { replace: true });
    }
  };

  const confirmPublish = () => {
    setPublishProblem(null);
    void modal.confirm({
      title: t('maintainer.publish.confirmTitle', { name: project.name }),
      content: t('maintainer.publish.confirmBody'),
      okText: t('maintainer.publish.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await publish({ variables: { input: { projectId: project.id } } });
        } catch (error) {
          setPublishProblem(problemOf(error).message);
        }
      },
    });
  };

  return (
    <>
      {modalHolder}
      <Flex vertical gap={8}>
        <h1 className="console-heading">{t('maintainer.edit.title', { name: project.name })}</h1>
        <Flex gap={4} wrap>
          <StatusTag tone={draft ? 'warning' : 'success'}>
            {t(`enum.ProjectVisibility.${project.visibility}`)}
          </StatusTag>
          <Tag>{t(`enum.ProjectStage.${project.stage}`)}</Tag>
        </Flex>
      </Flex>
      {nav}
      {justCreated && draft ? (
        <Alert type="success" showIcon role="status" title={t('maintainer.edit.created')} />
      ) : null}
      {!project.viewerCanEdit ? <Alert type="warning" showIcon title={t('maintainer.edit.cannotEdit')} /> : null}
      {draft ? (
        <Card>
          <Flex justify="space-between" align="center" wrap gap={12}>
            <div>
              <h2 className="console-section-heading">{t('maintainer.publish.heading')}</h2>
              <p className="console-meta">{t('maintainer.publish.draftNote')}</p>
            </div>
            <Button type="primary" onClick={confirmPublish} loading={publishing} disabled={!project.viewerCanEdit}>
              {t('maintainer.publish.button')}
            </Button>
          </Flex>
          {publishProblem ? (
            <Alert type="error" showIcon role="alert" title={publishProblem} className="publish-alert" />
          ) : null}
        </Card>
      ) : (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('maintainer.publish.published', { date: formatDateTime(project.publishedAt) })}
        />
      )}
      <Card>
        <h2 className="console-section-heading">{t('maintainer.edit.details')}</h2>
        {saved ? (
          <Alert type="success" showIcon role="status" title={t('common.saved')} className="form-alert" />
        ) : null}
        <ProjectForm
          initialValues={initialValues}
          organizations={organizations}
          submitLabel={t('common.save')}
          onSubmit={submit}
        />
      </Card>
    </>
  );
}
