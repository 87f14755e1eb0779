import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The pages of one project in the console: its details, its sponsors, its volunteer tasks, and how the public sees it. */
export function ProjectConsoleNav({ slug }: { slug: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('maintainer.nav.label')}>
      <ul className="console-tabs">
        <li>
          <NavLink to={`/console/projects/${slug}/edit`}>{t('maintainer.nav.details')}</NavLink>
        </li>
        <li>
          <NavLink to={`/console/projects/${slug}/sponsors`}>{t('maintainer.nav.sponsors')}</NavLink>
        </li>
        <li>
          <NavLink to={`/console/projects/${slug}/tasks`}>{t('maintainer.nav.tasks')}</NavLink>
        </li>
        <li>
          <NavLink to={`/console/projects/${slug}/assessments`}>{t('assessments.nav')}</NavLink>
        </li>
        <li>
          <NavLink to={`/projects/${slug}`}>{t('maintainer.nav.publicPage')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
