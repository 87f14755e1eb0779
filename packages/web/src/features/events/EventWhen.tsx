import { useTranslation } from 'react-i18next';
import { browserTimeZone, formatSpanInZone, offsetName } from '../../shared/timeZones';

/**
 * When an event happens, on the clock of the place it happens (with the zone's name), and on the viewer's own
 * clock when that reads differently: a Shanghai conference at 09:00 is not "1:00 AM" to a viewer in UTC.
 */
export function EventWhen({
  event,
  as: Tag = 'span',
  className,
}: {
  event: { startsAt: string; endsAt?: string | null; timeZone: string };
  as?: 'span' | 'p';
  className?: string;
}) {
  const { t } = useTranslation();
  const there = formatSpanInZone(event.startsAt, event.endsAt, event.timeZone);
  const viewerZone = browserTimeZone();
  const here = formatSpanInZone(event.startsAt, event.endsAt, viewerZone);
  const zone = (name: string) => `${name}, ${offsetName(event.startsAt, name)}`;
  return (
    <Tag className={className} data-testid="event-when">
      <span>{t('events.time.inZone', { when: there, zone: zone(event.timeZone) })}</span>
      {here !== there ? (
        <>
          <br />
          <span className="muted">{t('events.time.yourTime', { when: here, zone: zone(viewerZone) })}</span>
        </>
      ) : null}
    </Tag>
  );
}
