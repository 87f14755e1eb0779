import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, GraphQLError, valueFromASTUntyped, visit, type DocumentNode } from 'graphql';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from '../shared/text';
import { argumentPath, inputField, variableUsage } from './input-paths';

/** The path inside a variable's value (object keys; list positions left out) to the first unstorable string. */
function unstorableIn(value: unknown): string[] | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unstorableIn(item);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableIn(item);
      if (found) return [key, ...found];
    }
  }
  return undefined;
}

/** The input field holding a NUL or a lone surrogate, in the document's literals or in the variables. */
export function unstorableTextField(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  const { path, visitor } = argumentPath();
  let literal: string[] | undefined;
  const defaults: Record<string, unknown> = {};
  visit(document, {
    ...visitor,
    VariableDefinition(node) {
      if (node.defaultValue) defaults[node.variable.name.value] = valueFromASTUntyped(node.defaultValue);
      return false;
    },
    StringValue(node) {
      if (isStorableText(node.value)) return undefined;
      literal = [...path];
      return BREAK;
    },
  });
  if (literal) return inputField(literal);
  for (const [name, value] of Object.entries({ ...defaults, ...variables })) {
    const inside = unstorableIn(value);
    if (inside) return inputField([...(variableUsage(document, name) ?? [name]), ...inside]);
  }
  return undefined;
}

/**
 * Refuses, before anything runs, an operation whose arguments or variables hold text no column can store: every
 * string input is checked here once, rather than failing in Postgres (or in a validator) as an internal error.
 */
export const textGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const field = unstorableTextField(document, request.variables);
        if (field === undefined) return;
        const message = `${field} ${UNSTORABLE_TEXT_MESSAGE}.`;
        throw new GraphQLError(message, {
          extensions: {
            code: 'BAD_USER_INPUT',
            field,
            fields: [{ field, messages: [message] }],
            http: { status: 400 },
          },
        });
      },
    };
  },
};
