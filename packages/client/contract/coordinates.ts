import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `@directive(arg:)`): the names the
 * changelog uses for what a change touches, so a change found by the diff can be matched to its changelog line.
 */

/** graphql-inspector's dot path (`Mutation.deleteWebhook.input`, `Project.sponsors.@deprecated`) as a coordinate. */
export function coordinateOfPath(path: string): string {
  const segments = path.split('.');
  if (segments[0].startsWith('@')) return segments[1] ? `${segments[0]}(${segments[1]}:)` : segments[0];
  // A directive *usage* (`Project.sponsors.@deprecated.reason`) is a change to the element that carries it.
  const usage = segments.findIndex((segment) => segment.startsWith('@'));
  const [type, member, argument] = usage === -1 ? segments : segments.slice(0, usage);
  if (!type) return 'schema';
  if (argument) return `${type}.${member}(${argument}:)`;
  return member ? `${type}.${member}` : type;
}

/** Every deprecated field, argument, input field and enum value, by coordinate, with its reason. */
export function deprecations(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  const note = (coordinate: string, reason: string | null | undefined) => {
    if (reason != null) found.set(coordinate, reason);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}(${arg.name}:)`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}
