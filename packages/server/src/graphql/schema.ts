import 'reflect-metadata';
import './enums';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type ClassType, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/authorization';
import { resolvers } from '../modules';

export function buildGoodlinkSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolvers as NonEmptyArray<ClassType>,
    authChecker,
    // Runs the class-validator decorators of every input. Null is validated too (type-graphql skips it by
    // default), so `name: null` in an update is refused rather than written.
    validate: {
      forbidUnknownValues: false,
      skipMissingProperties: false,
      validationError: { target: false, value: false },
    },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
}

/** The public contract as SDL, sorted so that the committed file changes only when the schema does. */
export const printGoodlinkSchema = (schema: GraphQLSchema): string =>
  printSchema(lexicographicSortSchema(schema)) + '\n';
