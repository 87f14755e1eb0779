import { GraphQLID, GraphQLScalarType, Kind } from 'graphql';
import { UUID_PATTERN } from '../shared/validation';

const NOT_AN_ID = 'Ids are UUIDs, such as 0f8fad5b-d9cb-469f-a165-70867728950e';

function uuidOf(value: unknown): string {
  // A plain Error, not a GraphQLError: graphql-js then adds where the value was (variable path or literal node),
  // which graphql/errors.ts turns into `extensions.field`.
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) throw new TypeError(NOT_AN_ID);
  return value.toLowerCase();
}

/**
 * Goodlink's `ID`: every id is a row's UUID, so anything else is refused while the request is read (BAD_USER_INPUT
 * naming the field) instead of reaching Postgres as a cast error. It keeps the name and description of GraphQL's
 * own ID, so the published schema does not change; use it wherever type-graphql's `ID` would go (two types named
 * ID in one schema fail the build).
 */
export const ID = new GraphQLScalarType({
  name: 'ID',
  description: GraphQLID.description,
  serialize: GraphQLID.serialize,
  parseValue: uuidOf,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError(NOT_AN_ID);
    return uuidOf(ast.value);
  },
});
