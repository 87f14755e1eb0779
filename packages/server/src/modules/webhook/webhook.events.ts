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

export const EVENT_OF_VERB: Readonly<Record<string, WebhookEvent>> = {
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

/**
 * Per subject type: the object as its audience sees it through the API (`data`), and that audience (`audience`:
 * an organisation id, or null for everyone). One statement each, run in the transaction of the change, so the
 * payload is the object as the event left it.
 */
export const SNAPSHOTS: Readonly<Record<string, string>> = {
  resource_request: `
    SELECT o.organization_id AS audience, jsonb_build_object(
      'id', r.id, 'status', r.status, 'quantity', r.quantity, 'approvedQuantity', r.approved_quantity,
      'justification', r.justification, 'decisionNote', r.decision_note, 'fulfillmentNote', r.fulfillment_note,
      'createdAt', r.created_at, 'decidedAt', r.decided_at, 'fulfilledAt', r.fulfilled_at,
      'offer', jsonb_build_object('id', o.id, 'title', o.title, 'category', o.category, 'unit', o.unit,
        'total', o.total, 'remaining', o.total - o.granted),
      'project', jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name)
    ) AS data
    FROM resource_requests r JOIN resource_offers o ON o.id = r.offer_id JOIN projects p ON p.id = r.project_id
    WHERE r.id = $1`,
  sponsor_link: `
    SELECT l.organization_id AS audience, jsonb_build_object(
      'id', l.id, 'role', l.role, 'status', l.status, 'proposedBy', l.proposed_by, 'attribution', l.attribution,
      'url', l.url, 'startsOn', l.starts_on, 'endsOn', l.ends_on, 'createdAt', l.created_at,
      'organization', jsonb_build_object('id', org.id, 'slug', org.slug, 'name', org.name),
      'project', jsonb_build_object('id', p.id, 'slug', p.slug, 'name', p.name)
    ) AS data
    FROM sponsor_links l JOIN organizations org ON org.id = l.organization_id JOIN projects p ON p.id = l.project_id
    WHERE l.id = $1`,
  project: `
    SELECT NULL::uuid AS audience, jsonb_build_object(
      'id', p.id, 'slug', p.slug, 'name', p.name, 'summary', p.summary, 'stage', p.stage,
      'causeAreas', p.cause_areas, 'license', p.license, 'repositoryUrl', p.repository_url,
      'publishedAt', p.published_at
    ) AS data
    FROM projects p WHERE p.id = $1 AND p.visibility = 'PUBLISHED'`,
};
