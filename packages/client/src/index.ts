/**
 * @goodlink/client — a small typed client for Goodlink's public GraphQL API (schema.graphql in this package).
 * Runtime needs: `graphql` and a global `fetch` (Node 20+ or any browser).
 */
export { createClient, type ClientOptions, type GoodlinkClient, type RequestOptions } from './client';
export { GoodlinkError, parseRetryAfter, type FieldProblem, type GoodlinkErrorCode } from './errors';
export { paginate, type Connection } from './paginate';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
// The ready operations (src/operations/*.graphql): their documents, result and variable types, and the enum and
// input types they use.
export * from './generated/graphql';
