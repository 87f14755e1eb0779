import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import { ApiKeyScope } from '../shared/enums';
import type { Context } from '../graphql/context';
import type { AccessExtensions } from './authorization';

const forbidden = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

/**
 * Refuses, before anything runs, a mutation an API key's scopes or kind do not allow: a key acts only where its
 * field says @AllowApiKey (the work of a member); managing the organisation, signing in and acting for projects
 * stay with people. The whole operation is refused, so no field of it runs half-way.
 */
export const apiKeyGate: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation, schema }) {
        const grant = contextValue.viewer?.apiKey;
        if (!grant || operation?.operation !== 'mutation') return;
        if (!grant.scopes.includes(ApiKeyScope.WRITE)) {
          throw forbidden('This API key may only read (scope READ): ask an owner for a key with WRITE to change data.');
        }
        const fields = schema.getMutationType()?.getFields() ?? {};
        for (const selection of operation.selectionSet.selections) {
          if (selection.kind !== Kind.FIELD) {
            throw forbidden('An API key’s mutations must name their fields directly, without fragments.');
          }
          const access = fields[selection.name.value]?.extensions as AccessExtensions | undefined;
          if (!access?.apiKey) {
            throw forbidden(`An API key may not call ${selection.name.value}: a person signed in must do it.`);
          }
        }
      },
    };
  },
};
