import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { QueryLimits } from '../settings';
import { DEFAULT_PAGE_SIZE } from '../shared/keyset';

/** Lists that take no page size (a project's cause areas, an offer's sponsors…) are assumed this long. */
const UNPAGED_LIST_ESTIMATE = 10;

/**
 * Depth, aliases and directives, as validation rules: a refusal is a validation error (HTTP 400,
 * GRAPHQL_VALIDATION_FAILED) with `extensions.reason` saying which limit, never an exception out of validation.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const report = (reason: string, advice: string) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(`${error.message.replace(/^Syntax Error: /, '')} ${advice}`, {
        nodes: error.nodes,
        extensions: { reason },
      }),
    );
  const refusal = (reason: string, advice: string) => ({
    propagateOnRejection: false,
    onReject: [report(reason, advice)],
  });
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ...refusal('MAX_DEPTH', 'Ask for less nesting, and follow ids in a second query.'),
    }),
    maxAliasesRule({ n: limits.maxAliases, ...refusal('MAX_ALIASES', 'Page through a list instead.') }),
    maxDirectivesRule({ n: limits.maxDirectives, ...refusal('MAX_DIRECTIVES', '') }),
  ];
}

/**
 * The number of objects a query may resolve, at worst. An object field counts one per parent it is resolved
 * under; a list counts the objects it holds; a paged field (`first`, default 20) multiplies everything below it
 * by its page size, and an unpaged list by 10. So `projects(first: 100) { edges { node { sponsors { … } } } }`
 * costs by the hundred and its sponsors by the thousand. Scalars are free; fragments count where spread.
 */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;

  const pageSize = (field: { arguments?: readonly { name: { value: string }; value: any }[] }): number | null => {
    const first = field.arguments?.find((argument) => argument.name.value === 'first');
    if (!first) return null;
    const value = valueFromASTUntyped(first.value, variables);
    return typeof value === 'number' && value >= 0 ? value : DEFAULT_PAGE_SIZE;
  };

  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType)
          : parent;
        cost += costOf(selection.selectionSet, type ?? parent, multiplier);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments[selection.name.value];
        if (!fragment) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined;
        cost += costOf(fragment.selectionSet, type ?? parent, multiplier);
      } else if (selection.selectionSet) {
        const definition: GraphQLField<unknown, unknown> | undefined =
          isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
        if (!definition || isLeafType(getNamedType(definition.type))) continue;
        // A connection's page size multiplies what is below it; its own `edges` list is that page, not a factor.
        const list = isList(definition.type);
        const size = pageSize(selection) ?? (list && !parent.name.endsWith('Connection') ? UNPAGED_LIST_ESTIMATE : 1);
        const below = multiplier * size;
        // A list is as many objects as it holds; a connection (or any object) is one per parent.
        cost += list ? below : multiplier;
        cost += costOf(selection.selectionSet, getNamedType(definition.type) as GraphQLCompositeType, below);
      }
    }
    return cost;
  };

  return costOf(operation.selectionSet, root, 1);
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Refuses, before execution, an operation whose cost (with this request's variables) is over the limit. */
export function costLimitPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const cost = queryCost(schema, operation, fragments, request.variables ?? {});
          if (cost > limits.maxCost) {
            throw new GraphQLError(
              `This query could resolve about ${cost} objects, over the limit of ${limits.maxCost}: ask for smaller ` +
                'pages (`first`) or fewer nested lists, and page through the rest.',
              { extensions: { code: 'QUERY_TOO_COMPLEX', cost, maxCost: limits.maxCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
