import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OutgoingRequests } from '../../features/requests/OutgoingRequests';
import { RequireViewer } from '../../shared/RequireViewer';
import '../../shared/console.css';

/** "My requests": what the viewer's projects asked organisations for. */
export default function MyRequestsPage() {
  return <RequireViewer>{() => <MyRequests />}</RequireViewer>;
}

function MyRequests() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} className="console-page">
      <p className="back-link">
        <Link to="/account">{t('maintainer.backToAccount')}</Link>
      </p>
      <div>
        <h1 className="console-heading">{t('maintainer.requests.title')}</h1>
        <p className="console-intro">{t('maintainer.requests.intro')}</p>
      </div>
      <OutgoingRequests />
    </Flex>
  );
}
