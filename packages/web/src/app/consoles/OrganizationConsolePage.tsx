import { useQuery } from '@apollo/client/react';
import { Alert, App, Flex, Result, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, useParams } from 'react-router';
import type { Viewer } from '../auth';
import { CsrOrganizationDocument, type CsrOrganizationQuery } from './organizationConsole.generated';
import { NotFoundPage } from '../../shared/NotFoundPage';
import { OrganizationName } from '../../shared/OrganizationName';
import { ErrorState, Loading } from '../../shared/PageState';
import { RequireViewer } from '../../shared/RequireViewer';
import { ImpactTab } from '../../features/organizations/ImpactTab';
import { OffersTab } from '../../features/offers/OffersTab';
import { ReviewTab } from '../../features/requests/ReviewTab';
import { SettingsTab } from '../../features/organizations/SettingsTab';
import { SponsorsTab } from '../../features/sponsors/SponsorsTab';
import '../../shared/organizationConsole.css';

/** The organisation a tab works for, and whether the viewer is a platform admin looking in. */
type ConsoleOrganization = NonNullable<CsrOrganizationQuery['organization']> & { isAdmin: boolean };

const TABS = ['offers', 'review', 'sponsors', 'impact', 'settings'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | undefined): value is TabKey => TABS.includes(value as TabKey);

/** The organisation's console: its offers, the review queue, sponsor links, impact and settings, one URL per tab. */
export default function OrganizationConsolePage() {
  return <RequireViewer>{(viewer) => <OrganizationConsole viewer={viewer} />}</RequireViewer>;
}

function OrganizationConsole({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const { slug = '', tab } = useParams();
  const { data, loading, error, refetch } = useQuery(CsrOrganizationDocument, { variables: { slug } });

  if (!isTab(tab)) return <Navigate replace to={`/console/organizations/${slug}/offers`} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;

  const organization = data?.organization;
  if (!organization) {
    return (
      <NotFoundPage
        title={t('csr.console.notFound')}
        back={{ to: '/organizations', label: t('csr.console.allOrganizations') }}
      />
    );
  }
  const isAdmin = viewer.role === 'ADMIN';
  if (!organization.viewerRole && !isAdmin) {
    return (
      <Result
        status="403"
        title={<h1 className="csr-result-title">{t('csr.console.notMember', { name: organization.name })}</h1>}
        subTitle={<span className="csr-muted">{t('csr.console.notMemberHint')}</span>}
        extra={<Link to={`/organizations/${organization.slug}`}>{t('csr.console.publicPage')}</Link>}
      />
    );
  }

  const active: TabKey = tab;
  const current: ConsoleOrganization = { ...organization, isAdmin };
  const content: Record<TabKey, () => ReactNode> = {
    offers: () => <OffersTab organization={current} />,
    review: () => <ReviewTab organization={current} />,
    sponsors: () => <SponsorsTab organization={current} />,
    impact: () => <ImpactTab organization={current} />,
    settings: () => <SettingsTab organization={current} />,
  };

  return (
    <App component={false}>
      <Flex vertical gap={16}>
        <header>
          <p className="csr-eyebrow">{t('csr.console.eyebrow')}</p>
          <h1 className="csr-title">
            <OrganizationName organization={organization} link={false} />
          </h1>
          <Flex gap={8} wrap align="center">
            <Tag>{t(`enum.OrganizationKind.${organization.kind}`)}</Tag>
            {organization.viewerRole ? (
              <Tag>{t('csr.console.yourRole', { role: t(`enum.MemberRole.${organization.viewerRole}`) })}</Tag>
            ) : null}
            <Link to={`/organizations/${organization.slug}`}>{t('csr.console.publicPage')}</Link>
          </Flex>
        </header>
        {!organization.viewerRole && isAdmin ? <Alert type="info" showIcon title={t('csr.console.asAdmin')} /> : null}
        {!organization.verified ? <Alert type="warning" showIcon title={t('csr.console.unverified')} /> : null}
        <nav aria-label={t('csr.tabs.label')}>
          <ul className="console-tabs">
            {TABS.map((key) => (
              <li key={key}>
                <NavLink to={`/console/organizations/${organization.slug}/${key}`}>{t(`csr.tabs.${key}`)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {content[active]()}
      </Flex>
    </App>
  );
}
