import type { EntityManager } from 'typeorm';
import { EVENT_OF_VERB, SNAPSHOTS } from './webhook.events';

/**
 * The outbox: in the transaction of the change, one delivery row per enabled webhook that wants this event and may
 * see it, with the object as the event left it. Nothing is sent here; the webhook worker queues and delivers the
 * rows after commit, so a rolled-back change never announces itself. One statement, and none at all for verbs
 * that are not events.
 */
export async function queueWebhookEvents(
  manager: EntityManager,
  activity: { verb: string; subjectType: string; subjectId: string },
): Promise<void> {
  const event = EVENT_OF_VERB[activity.verb];
  const snapshot = SNAPSHOTS[activity.subjectType];
  if (!event || !snapshot) return;
  await manager.query(
    `INSERT INTO webhook_deliveries (webhook_id, event, payload)
     SELECT w.id, $2, jsonb_build_object('type', $2::text, 'timestamp', now(), 'data', s.data)
     FROM (${snapshot}) s
     JOIN webhooks w ON w.enabled AND $2 = ANY(w.events) AND (s.audience IS NULL OR w.organization_id = s.audience)`,
    [activity.subjectId, event],
  );
}
