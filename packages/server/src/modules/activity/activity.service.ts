import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { queueWebhookEvents } from '../webhook/webhook.outbox';
import { ActivityEntity } from './activity.entity';

export interface ActivityRecord {
  verb: string;
  subjectType:
    | 'user'
    | 'api_key'
    | 'webhook'
    | 'organization'
    | 'project'
    | 'sponsor_link'
    | 'event'
    | 'story'
    | 'resource_offer'
    | 'resource_request'
    | 'assessment'
    | 'volunteer_task';
  subjectId: string;
  data?: ActivityEntity['data'];
}

/**
 * Appends to the activity log inside the caller's transaction: the change, its record and the webhook deliveries it
 * causes commit together.
 */
export async function recordActivity(manager: EntityManager, actor: Viewer | null, record: ActivityRecord) {
  await manager.getRepository(ActivityEntity).insert({
    actorUserId: actor?.user.id ?? null,
    verb: record.verb,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    data: record.data ?? {},
  });
  // The same transaction queues the webhooks this change concerns (see webhook.outbox.ts).
  await queueWebhookEvents(manager, record);
}
