import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from '../http/metrics';

/** Every GraphQL operation (batched ones each on its own), with its time and the codes of its errors. */
export function metricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response }) {
          metrics.operation(operationName, Number(process.hrtime.bigint() - started) / 1e9);
          const body = response.body;
          const errors = body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          for (const error of errors ?? []) metrics.error(error.extensions?.code);
        },
      };
    },
  };
}
