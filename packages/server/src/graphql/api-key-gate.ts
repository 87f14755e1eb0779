import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ApiKeyScope } from '../shared/enums';
import type { Context } from './context';

/**
 * What an organisation's WRITE key may change: its offers, the requests to them, its sponsor links and (for a
 * verified foundation) its assessments of projects — the work of a member. Managing the organisation (members,
 * keys), signing in or up, and acting for projects stay with people, whatever the key's scopes.
 */
export const API_KEY_MUTATIONS: ReadonlySet<string> = new Set([
  'createResourceOffer',
  'updateResourceOffer',
  'setResourceOfferStatus',
  'approveResourceRequest',
  'declineResourceRequest',
  'fulfillResourceRequest',
  'revokeResourceRequest',
  'proposeSponsorLink',
  'confirmSponsorLink',
  'declineSponsorLink',
  'endSponsorLink',
  'submitAssessment',
]);

const forbidden = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

/** Refuses, before anything runs, a mutation an API key's scopes or kind do not allow. */
export const apiKeyGate: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        const grant = contextValue.viewer?.apiKey;
        if (!grant || operation?.operation !== 'mutation') return;
        if (!grant.scopes.includes(ApiKeyScope.WRITE)) {
          throw forbidden('This API key may only read (scope READ): ask an owner for a key with WRITE to change data.');
        }
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind === Kind.FIELD && !API_KEY_MUTATIONS.has(selection.name.value)) {
            throw forbidden(`An API key may not call ${selection.name.value}: a person signed in must do it.`);
          }
          if (selection.kind !== Kind.FIELD) {
            throw forbidden('An API key’s mutations must name their fields directly, without fragments.');
          }
        }
      },
    };
  },
};
