import { BREAK, visit, type ASTNode, type DocumentNode } from 'graphql';

/**
 * Naming the input a client got wrong, as `extensions.field`, the way class-validator names it: the path of argument
 * and input-field names down to the value, without a mutation's one `input` argument (`input.slug` → `slug`, but
 * `filter.search` stays), and without list positions (the message keeps them).
 */
export const inputField = (path: readonly string[]): string =>
  (path[0] === 'input' && path.length > 1 ? path.slice(1) : path).join('.');

/** Argument and object-field names, pushed on enter and popped on leave, for `visit`. */
export function argumentPath() {
  const path: string[] = [];
  const named = {
    enter(node: ASTNode & { name: { value: string } }) {
      path.push(node.name.value);
    },
    leave() {
      path.pop();
    },
  };
  return { path, visitor: { Argument: named, ObjectField: named } };
}

/** Where `$name` is first passed in `document`, as argument and input-field names (`['filter', 'search']`). */
export function variableUsage(document: DocumentNode, name: string): string[] | undefined {
  const { path, visitor } = argumentPath();
  let found: string[] | undefined;
  visit(document, {
    ...visitor,
    // The definition `$name: String` is not a use.
    VariableDefinition: () => false,
    Variable(node) {
      if (node.name.value !== name) return undefined;
      found = [...path];
      return BREAK;
    },
  });
  return found;
}
