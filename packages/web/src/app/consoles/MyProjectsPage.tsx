import { PlusOutlined } from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MaintainedProjects } from '../../features/projects/MaintainedProjects';
import { RequireViewer } from '../../shared/RequireViewer';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';

/** "My projects": the projects the viewer maintains, and the way to start a new one. */
export default function MyProjectsPage() {
  return <RequireViewer>{() => <MyProjects />}</RequireViewer>;
}

function MyProjects() {
  const { t } = useTranslation();
  return (
    <ConsolePage back={{ to: '/account', label: t('maintainer.backToAccount') }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <ConsoleHeading title={t('maintainer.projects.title')} intro={t('maintainer.projects.intro')} />
        <Link className="button-link" to="/console/projects/new">
          <PlusOutlined aria-hidden="true" /> {t('maintainer.projects.new')}
        </Link>
      </Flex>
      <MaintainedProjects />
    </ConsolePage>
  );
}
