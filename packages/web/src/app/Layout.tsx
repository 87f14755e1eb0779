import { GlobalOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout as AntLayout } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { isLanguage, LANGUAGES } from '../i18n';
import { Loading } from '../shared/PageState';
import { useAuth } from './auth';

// The header is on every page, so it stays light: links rather than menus (the account's pages are listed on
// /account), which keeps the first page's JavaScript small.
const SECTIONS = [
  { path: '/', key: 'nav.home' },
  { path: '/projects', key: 'nav.projects' },
  { path: '/ideas', key: 'nav.ideas' },
  { path: '/tasks', key: 'nav.tasks' },
  { path: '/events', key: 'nav.events' },
  { path: '/stories', key: 'nav.stories' },
  { path: '/offers', key: 'nav.offers' },
  { path: '/organizations', key: 'nav.organizations' },
] as const;

export function Layout() {
  const { t, i18n } = useTranslation();
  const { viewer, setLanguage } = useAuth();
  const other = LANGUAGES.find((language) => language !== i18n.language) ?? LANGUAGES[0];

  return (
    <AntLayout className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AntLayout.Header className="app-header">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.mainNavigation')} className="app-nav">
          <Flex component="ul" gap={4} wrap className="app-nav-list">
            {SECTIONS.map((section) => (
              <li key={section.path}>
                <NavLink to={section.path} end={section.path === '/'} className="app-nav-link">
                  {t(section.key)}
                </NavLink>
              </li>
            ))}
          </Flex>
        </nav>
        <Flex className="app-account" gap={8} align="center">
          <Button
            type="text"
            className="on-dark"
            icon={<GlobalOutlined />}
            aria-label={t('app.switchLanguage')}
            lang={other}
            onClick={() => isLanguage(other) && setLanguage(other)}
          >
            {t('app.otherLanguage')}
          </Button>
          {viewer ? (
            <Link className="on-dark" to="/account">
              <UserOutlined /> {viewer.displayName}
            </Link>
          ) : (
            <>
              <Link className="on-dark" to="/sign-in">
                {t('nav.signIn')}
              </Link>
              <Link className="button-link" to="/sign-up">
                {t('nav.signUp')}
              </Link>
            </>
          )}
        </Flex>
      </AntLayout.Header>
      <AntLayout.Content id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AntLayout.Content>
      <AntLayout.Footer className="app-footer">{t('app.footer')}</AntLayout.Footer>
    </AntLayout>
  );
}
