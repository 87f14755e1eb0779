import { useTranslation } from 'react-i18next';
import { OutgoingRequests } from '../../features/requests/OutgoingRequests';
import { RequireViewer } from '../../shared/RequireViewer';
import { ConsoleHeading, ConsolePage } from '../../shared/ConsolePage';

/** "My requests": what the viewer's projects asked organisations for. */
export default function MyRequestsPage() {
  return <RequireViewer>{() => <MyRequests />}</RequireViewer>;
}

function MyRequests() {
  const { t } = useTranslation();
  return (
    <ConsolePage back={{ to: '/account', label: t('maintainer.backToAccount') }}>
      <ConsoleHeading title={t('maintainer.requests.title')} intro={t('maintainer.requests.intro')} />
      <OutgoingRequests />
    </ConsolePage>
  );
}
