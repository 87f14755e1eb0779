import {
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  execute,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldConfig,
} from 'graphql';
import type { Context } from '../../graphql/context';
import { ID } from '../../graphql/id';
import type { ActivitySubject } from '../activity/activity.verbs';
import { canManageOffer } from '../resource/resource.policy';
import { isPartyTo } from '../sponsor/sponsor-link.policy';

/**
 * What a webhook delivery carries: the event's subject as its audience sees it through the API. The payload is a
 * GraphQL selection executed on the API's own types — the same field resolvers, the same policies, the same
 * scalars (timestamps are ISO 8601 in UTC) — so it cannot drift from what `query { resourceRequest(id:) }` says,
 * and a field the audience may not see is null in both.
 */
interface Subject {
  /** The API type the payload is an object of. */
  type: string;
  /**
   * Who hears of it: one statement returning the `audience` column (an organisation's id, or null for everyone)
   * for the subject `$1`. The organisation reads the payload as its service account, a member; everyone reads it
   * as an anonymous caller.
   */
  audience: string;
  /** The subject, if the audience may see it: the root of the selection. */
  load(context: Context, id: string): Promise<unknown>;
  /** The payload: a selection on `type`. */
  selection: string;
}

const SUBJECTS: Partial<Record<ActivitySubject, Subject>> = {
  resource_request: {
    type: 'ResourceRequest',
    audience: `SELECT o.organization_id AS audience
      FROM resource_requests r JOIN resource_offers o ON o.id = r.offer_id WHERE r.id = $1`,
    // The organisation offered to: its members decide on the request and see all of it (rule 3).
    async load({ viewer, loaders }, id) {
      const request = await loaders.resource.requestById.load(id);
      const offer = request && (await loaders.resource.offerById.load(request.offerId));
      if (!offer) return null;
      return canManageOffer(viewer, await loaders.organization.viewerRole.load(offer.organizationId)) ? request : null;
    },
    selection: `id status quantity approvedQuantity justification decisionNote fulfillmentNote
      createdAt decidedAt fulfilledAt
      offer { id title category unit total remaining }
      project { id slug name }`,
  },
  sponsor_link: {
    type: 'SponsorLink',
    audience: 'SELECT organization_id AS audience FROM sponsor_links WHERE id = $1',
    // The sponsoring organisation, one side of the link: it sees the link in any status.
    async load({ viewer, loaders }, id) {
      const link = await loaders.sponsor.byId.load(id);
      if (!link) return null;
      const [role, isMaintainer] = await Promise.all([
        loaders.organization.viewerRole.load(link.organizationId),
        loaders.project.viewerMaintains.load(link.projectId),
      ]);
      return isPartyTo(viewer, { isMember: role !== null, isMaintainer }) ? link : null;
    },
    selection: `id role status proposedBy attribution url startsOn endsOn createdAt
      organization { id slug name }
      project { id slug name }`,
  },
  project: {
    type: 'Project',
    // Public news (a published project): every subscriber hears it, as the public sees it.
    audience: 'SELECT NULL::uuid AS audience WHERE $1::uuid IS NOT NULL',
    // The loader applies the project rule (project.policy's SQL twin): the public sees published projects.
    load: ({ loaders }, id) => loaders.project.visibleById.load(id),
    selection: 'id slug name summary stage causeAreas license repositoryUrl publishedAt',
  },
};

/** The audience statement of a subject type, or null when no event is about it. */
export const audienceOf = (subjectType: ActivitySubject): string | null => SUBJECTS[subjectType]?.audience ?? null;

/**
 * Reads payloads. Made once, with the API's schema: its selections are checked against the schema then, so a
 * field renamed in the API fails start-up (and every test) instead of a delivery.
 */
export class WebhookPayloads {
  private readonly schema: GraphQLSchema;
  private readonly documents = new Map<ActivitySubject, DocumentNode>();

  constructor(api: GraphQLSchema) {
    const fields: Record<string, GraphQLFieldConfig<unknown, Context>> = {};
    for (const [subjectType, subject] of Object.entries(SUBJECTS) as Array<[ActivitySubject, Subject]>) {
      const type = api.getType(subject.type);
      if (!(type instanceof GraphQLObjectType)) throw new Error(`The API has no object type ${subject.type}.`);
      fields[subjectType] = {
        type,
        args: { id: { type: new GraphQLNonNull(ID) } },
        resolve: (_root, { id }: { id: string }, context) => subject.load(context, id),
      };
      this.documents.set(
        subjectType,
        parse(`query Payload($id: ID!) { ${subjectType}(id: $id) { ${subject.selection} } }`),
      );
    }
    // The API's own types, under a root of subjects: nothing here is reachable from the public schema.
    this.schema = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'WebhookSubjects', fields }) });
    for (const [subjectType, document] of this.documents) {
      const [error] = validate(this.schema, document);
      if (error) throw new Error(`The ${subjectType} webhook payload does not fit the API: ${error.message}`);
    }
  }

  /** The payload of `subjectType` `id` as `context`'s viewer sees it, or null if they may not see it. */
  async read(subjectType: ActivitySubject, id: string, context: Context): Promise<Record<string, unknown> | null> {
    const document = this.documents.get(subjectType);
    if (!document) return null;
    const result = await execute({ schema: this.schema, document, variableValues: { id }, contextValue: context });
    if (result.errors?.length) {
      throw new Error(`The ${subjectType} ${id} webhook payload failed: ${result.errors[0]!.message}`, {
        cause: result.errors[0],
      });
    }
    return (result.data?.[subjectType] as Record<string, unknown> | null | undefined) ?? null;
  }
}
