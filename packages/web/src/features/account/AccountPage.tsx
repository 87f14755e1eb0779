import {
  AppstoreOutlined,
  CalendarOutlined,
  FileTextOutlined,
  ReadOutlined,
  HeartOutlined,
  LogoutOutlined,
  PlusOutlined,
  SafetyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Button, Card, Col, Flex, Row, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth, type Viewer } from '../../app/auth';
import { AuthSignOutDocument } from './account.generated';
import { OrganizationName } from '../../shared/OrganizationName';
import { EmptyState } from '../../shared/PageState';
import { StatusTag } from '../../shared/StatusTag';
import { RequireViewer } from '../../shared/RequireViewer';
import './account.css';

export default function AccountPage() {
  return <RequireViewer>{(viewer) => <Account viewer={viewer} />}</RequireViewer>;
}

function Account({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const [endSession] = useMutation(AuthSignOutDocument);
  const [signingOut, setSigningOut] = useState(false);
  const organizations = viewer.organizations ?? [];

  const signOut = async () => {
    setSigningOut(true);
    // End the session on the server too; the browser forgets the token whatever the answer.
    await endSession().catch(() => undefined);
    await auth.signOut();
    navigate('/', { replace: true });
  };

  const links: Array<{ to: string; icon: ReactNode; label: string; hint: string }> = [
    { to: '/profile', icon: <UserOutlined />, label: t('nav.profile'), hint: t('auth.account.profileHint') },
    {
      to: '/console/projects',
      icon: <AppstoreOutlined />,
      label: t('nav.myProjects'),
      hint: t('auth.account.projectsHint'),
    },
    {
      to: '/console/requests',
      icon: <FileTextOutlined />,
      label: t('nav.myRequests'),
      hint: t('auth.account.requestsHint'),
    },
    { to: '/volunteer', icon: <HeartOutlined />, label: t('nav.volunteer'), hint: t('volunteer.me.accountHint') },
  ];
  if (organizations.length) {
    links.push({
      to: '/console/events/new',
      icon: <CalendarOutlined />,
      label: t('events.create.link'),
      hint: t('events.create.accountHint'),
    });
  }
  links.push({
    to: '/console/stories/new',
    icon: <ReadOutlined />,
    label: t('stories.create.link'),
    hint: t('stories.create.accountHint'),
  });
  if (viewer.role === 'ADMIN') {
    links.push({ to: '/admin', icon: <SafetyOutlined />, label: t('nav.admin'), hint: t('auth.account.adminHint') });
  }

  return (
    <Flex vertical gap={24}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <h1 className="account-heading">{t('auth.account.title')}</h1>
          <p className="account-who">
            <strong>{viewer.displayName}</strong>
            {viewer.email ? <span className="account-email">{viewer.email}</span> : null}
            {viewer.role === 'ADMIN' ? <StatusTag tone="warning">{t('auth.account.adminRole')}</StatusTag> : null}
          </p>
        </div>
        <Button icon={<LogoutOutlined />} onClick={() => void signOut()} loading={signingOut}>
          {t('nav.signOut')}
        </Button>
      </Flex>

      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          <section aria-labelledby="account-workspace">
            <Card>
              <h2 id="account-workspace" className="card-heading">
                {t('auth.account.workspace')}
              </h2>
              <ul className="account-links">
                {links.map((link) => (
                  <li key={link.to}>
                    <Link to={link.to}>
                      <Flex gap={12} align="baseline">
                        <span aria-hidden="true">{link.icon}</span>
                        <span>
                          <span className="account-link-label">{link.label}</span>
                          <span className="account-link-hint">{link.hint}</span>
                        </span>
                      </Flex>
                    </Link>
                  </li>
                ))}
              </ul>
            </Card>
          </section>
        </Col>
        <Col xs={24} lg={12}>
          <section aria-labelledby="account-organizations">
            <Card>
              <Flex justify="space-between" align="center" wrap gap={8}>
                <h2 id="account-organizations" className="card-heading">
                  {t('auth.account.organizations')}
                </h2>
                <Link to="/account/organizations/new" className="account-action">
                  <PlusOutlined aria-hidden="true" /> {t('auth.account.createOrganization')}
                </Link>
              </Flex>
              {organizations.length ? (
                <ul className="account-links">
                  {organizations.map((organization) => (
                    <li key={organization.id} className="account-organization">
                      <Flex justify="space-between" align="center" wrap gap={8}>
                        <Flex gap={8} align="center" wrap>
                          <TeamOutlined aria-hidden="true" />
                          <OrganizationName organization={organization} />
                          {organization.viewerRole ? (
                            <Tag>{t(`enum.MemberRole.${organization.viewerRole}`)}</Tag>
                          ) : null}
                        </Flex>
                        <Link to={`/console/organizations/${organization.slug}`}>
                          {t('nav.organizationConsole', { name: organization.name })}
                        </Link>
                      </Flex>
                    </li>
                  ))}
                </ul>
              ) : (
                <EmptyState>{t('auth.account.noOrganizations')}</EmptyState>
              )}
              <p className="account-note">{t('auth.account.organizationsNote')}</p>
            </Card>
          </section>
        </Col>
      </Row>
    </Flex>
  );
}
