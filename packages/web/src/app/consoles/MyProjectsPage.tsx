import { PlusOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MaintainedProjects } from '../../features/projects/MaintainedProjects';
import { RequireViewer } from '../../shared/RequireViewer';
import '../../shared/console.css';

/** "My projects": the projects the viewer maintains, and the way to start a new one. */
export default function MyProjectsPage() {
  return <RequireViewer>{() => <MyProjects />}</RequireViewer>;
}

function MyProjects() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} className="console-page">
      <p className="back-link">
        <Link to="/account">{t('maintainer.backToAccount')}</Link>
      </p>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div>
          <h1 className="console-heading">{t('maintainer.projects.title')}</h1>
          <p className="console-intro">{t('maintainer.projects.intro')}</p>
        </div>
        <Link className="button-link" to="/console/projects/new">
          <PlusOutlined aria-hidden="true" /> {t('maintainer.projects.new')}
        </Link>
      </Flex>
      <MaintainedProjects />
    </Flex>
  );
}
