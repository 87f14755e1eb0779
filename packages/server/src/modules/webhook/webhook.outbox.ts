import type { ActivityListener } from '../activity/activity.log';
import type { ListenerDeps } from '../module';
import { serviceAccountOf } from '../organization/service-account';
import { EVENT_OF_VERB } from './webhook.events';
import { audienceOf, WebhookPayloads } from './webhook.payloads';

/**
 * The outbox: in the transaction of the change, one delivery row per enabled webhook that wants this event and
 * whose organisation is its audience, carrying the subject as the event left it and as that audience sees it
 * through the API. Nothing is sent here; the webhook worker delivers the rows after commit, so a rolled-back change
 * never announces itself. No statement for verbs that are not events, one when nobody listens.
 */
export function webhookOutbox({ schema, contextFor }: Pick<ListenerDeps, 'schema' | 'contextFor'>): ActivityListener {
  const payloads = new WebhookPayloads(schema);
  return async (manager, activity) => {
    const event = EVENT_OF_VERB[activity.verb];
    const audience = audienceOf(activity.subjectType);
    if (!event || !audience) return;
    const [listening] = (await manager.query(
      `SELECT a.audience, array_agg(w.id) AS webhooks
       FROM (${audience}) a
       JOIN webhooks w ON w.enabled AND $2 = ANY(w.events) AND (a.audience IS NULL OR w.organization_id = a.audience)
       GROUP BY a.audience`,
      [activity.subjectId, event],
    )) as Array<{ audience: string | null; webhooks: string[] }>;
    if (!listening) return;
    const viewer = listening.audience
      ? { user: await serviceAccountOf(manager, listening.audience), sessionId: null }
      : null;
    const data = await payloads.read(activity.subjectType, activity.subjectId, contextFor(viewer, manager));
    if (!data) return;
    await manager.query(
      `INSERT INTO webhook_deliveries (webhook_id, event, payload) SELECT unnest($1::uuid[]), $2, $3::jsonb`,
      [listening.webhooks, event, JSON.stringify({ type: event, timestamp: new Date().toISOString(), data })],
    );
  };
}
