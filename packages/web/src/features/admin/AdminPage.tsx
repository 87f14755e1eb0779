import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '../../app/auth';
import {
  AdminUnverifiedOrganizationsDocument,
  AdminVerifyOrganizationDocument,
  type AdminUnverifiedOrganizationsQuery,
} from './admin.generated';
import { problemOf } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { OrganizationName } from '../../shared/OrganizationName';
import { PagedList } from '../../shared/PagedList';
import { RequireViewer } from '../../shared/RequireViewer';
import { ConsoleCard } from '../../shared/ConsoleCard';
import '../../shared/organizationConsole.css';
import './admin.css';

type PendingOrganization = AdminUnverifiedOrganizationsQuery['organizations']['edges'][number]['node'];

/** Platform admins verify organisations: no one may claim to be a company they are not. */
export default function AdminPage() {
  return <RequireViewer>{(viewer) => <Admin viewer={viewer} />}</RequireViewer>;
}

function Admin({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  if (viewer.role !== 'ADMIN') {
    return (
      <Result
        status="403"
        title={<h1 className="csr-result-title">{t('admin.forbidden')}</h1>}
        subTitle={<span className="csr-muted">{t('admin.forbiddenHint')}</span>}
      />
    );
  }
  return (
    <App component={false}>
      <Flex vertical gap={16}>
        <header>
          <h1>{t('admin.title')}</h1>
          <p>{t('admin.intro')}</p>
        </header>
        <UnverifiedOrganizations />
      </Flex>
    </App>
  );
}

function UnverifiedOrganizations() {
  const { t } = useTranslation();
  const pendingQuery = useQuery(AdminUnverifiedOrganizationsDocument, {
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = pendingQuery.data?.organizations;

  return (
    <section aria-labelledby="admin-unverified">
      <h2 id="admin-unverified">
        {t('admin.unverifiedHeading')}
        {connection ? <span className="csr-count">{t('common.total', { count: connection.totalCount })}</span> : null}
      </h2>
      <p className="csr-muted">{t('admin.unverifiedHint')}</p>
      <PagedList
        query={pendingQuery}
        connection={connection}
        empty={t('admin.empty')}
        // A verified organisation leaves the list at once; the refetch after verifying brings the count up to date.
        filter={(node) => !node.verified}
      >
        {(node) => <OrganizationCard organization={node} />}
      </PagedList>
    </section>
  );
}

function OrganizationCard({ organization }: { organization: PendingOrganization }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [verify, { loading }] = useMutation(AdminVerifyOrganizationDocument, {
    refetchQueries: [AdminUnverifiedOrganizationsDocument],
  });

  const confirm = async () => {
    try {
      await verify({ variables: { input: { organizationId: organization.id, verified: true } } });
      void message.success(t('admin.verified', { name: organization.name }));
    } catch (error) {
      void message.error(problemOf(error).message || t('common.unexpectedError'));
    }
  };

  return (
    <ConsoleCard
      heading={<OrganizationName organization={organization} />}
      tags={
        <Flex gap={4} wrap>
          <Tag>{t(`enum.OrganizationKind.${organization.kind}`)}</Tag>
          {organization.isDemo ? <Tag color="purple">{t('common.demo')}</Tag> : null}
        </Flex>
      }
    >
      {organization.description ? <p className="admin-description">{organization.description}</p> : null}
      <dl className="csr-facts">
        <div>
          <dt>{t('admin.website')}</dt>
          <dd>
            {organization.websiteUrl ? (
              <a href={organization.websiteUrl} target="_blank" rel="noopener noreferrer">
                {organization.websiteUrl}
              </a>
            ) : (
              t('common.none')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('admin.slug')}</dt>
          <dd>{organization.slug}</dd>
        </div>
        <div>
          <dt>{t('admin.createdAt')}</dt>
          <dd>{formatDate(organization.createdAt)}</dd>
        </div>
      </dl>
      <div>
        <Popconfirm
          title={t('admin.verifyConfirm', { name: organization.name })}
          description={t('admin.verifyConfirmHint')}
          okText={t('admin.verify')}
          cancelText={t('common.cancel')}
          onConfirm={confirm}
        >
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={loading}>
            {t('admin.verify')}
          </Button>
        </Popconfirm>
      </div>
    </ConsoleCard>
  );
}
