import type { ActivityVerb } from '../activity/activity.verbs';

/**
 * The events a webhook may subscribe to, each an Activity verb, and who may hear it: the organisation an event
 * concerns (the one offered to, the sponsor) — or anyone, for public news such as a published project.
 */
export enum WebhookEvent {
  RESOURCE_REQUEST_CREATED = 'RESOURCE_REQUEST_CREATED',
  RESOURCE_REQUEST_APPROVED = 'RESOURCE_REQUEST_APPROVED',
  RESOURCE_REQUEST_DECLINED = 'RESOURCE_REQUEST_DECLINED',
  RESOURCE_REQUEST_WITHDRAWN = 'RESOURCE_REQUEST_WITHDRAWN',
  RESOURCE_REQUEST_FULFILLED = 'RESOURCE_REQUEST_FULFILLED',
  RESOURCE_REQUEST_REVOKED = 'RESOURCE_REQUEST_REVOKED',
  SPONSOR_LINK_PROPOSED = 'SPONSOR_LINK_PROPOSED',
  SPONSOR_LINK_CONFIRMED = 'SPONSOR_LINK_CONFIRMED',
  SPONSOR_LINK_DECLINED = 'SPONSOR_LINK_DECLINED',
  SPONSOR_LINK_ENDED = 'SPONSOR_LINK_ENDED',
  PROJECT_PUBLISHED = 'PROJECT_PUBLISHED',
}

/** Sent by `testWebhook` only; nobody subscribes to it. */
export const TEST_EVENT = 'WEBHOOK_TEST';

/** The verbs that are events; a verb no module records does not compile here. */
export const EVENT_OF_VERB: Readonly<Partial<Record<ActivityVerb, WebhookEvent>>> = {
  'resource_request.created': WebhookEvent.RESOURCE_REQUEST_CREATED,
  'resource_request.approved': WebhookEvent.RESOURCE_REQUEST_APPROVED,
  'resource_request.declined': WebhookEvent.RESOURCE_REQUEST_DECLINED,
  'resource_request.withdrawn': WebhookEvent.RESOURCE_REQUEST_WITHDRAWN,
  'resource_request.fulfilled': WebhookEvent.RESOURCE_REQUEST_FULFILLED,
  'resource_request.revoked': WebhookEvent.RESOURCE_REQUEST_REVOKED,
  'sponsor_link.proposed': WebhookEvent.SPONSOR_LINK_PROPOSED,
  'sponsor_link.confirmed': WebhookEvent.SPONSOR_LINK_CONFIRMED,
  'sponsor_link.declined': WebhookEvent.SPONSOR_LINK_DECLINED,
  'sponsor_link.ended': WebhookEvent.SPONSOR_LINK_ENDED,
  'project.published': WebhookEvent.PROJECT_PUBLISHED,
};
