import {
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import { spdxLicenseIds } from './spdx';

/**
 * Validation decorators for input classes. type-graphql runs them on every argument before a resolver sees it;
 * graphql/errors.ts reports the failures as BAD_USER_INPUT naming each field.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A UUID as Postgres writes it (any version; either case): every row's id. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const compose =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };

/** Lower-case letters, digits and single hyphens, 2 to 60 characters: safe in URLs, stable as a handle. */
export const IsSlug = (): PropertyDecorator =>
  compose(
    MinLength(2, { message: '$property must be at least 2 characters' }),
    MaxLength(60, { message: '$property must be at most 60 characters' }),
    Matches(SLUG_PATTERN, {
      message: '$property may hold only lower-case letters, digits and single hyphens (e.g. "rainbow-bear")',
    }),
  );

/** An http(s) URL of at most 2048 characters. */
export const IsHttpUrl = (): PropertyDecorator =>
  compose(
    MaxLength(2048, { message: '$property must be at most 2048 characters' }),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true, require_tld: false, require_valid_protocol: true },
      { message: '$property must be an http or https URL (e.g. https://example.org)' },
    ),
  );

/** Text with something other than white space in it, within a length. */
export function IsText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isText',
      target: target.constructor,
      propertyName: key as string,
      options,
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = value.trim().length;
          return length >= min && [...value].length <= max;
        },
        defaultMessage: (args?: ValidationArguments) =>
          min > 0
            ? `${args?.property} must be between ${min} and ${max} characters and not blank`
            : `${args?.property} must be at most ${max} characters`,
      },
    });
}

/** A valid SPDX licence expression (`MIT`, `Apache-2.0 OR MIT`, `GPL-3.0-or-later`). */
export function IsSpdxExpression(options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isSpdxExpression',
      target: target.constructor,
      propertyName: key as string,
      options,
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.length <= 200 && spdxLicenseIds(value) !== null,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an SPDX licence identifier or expression, such as MIT or Apache-2.0`,
      },
    });
}

/**
 * For update inputs: absent means "leave as is", so validate only when the field was sent — and then null is
 * refused, because the column cannot be empty.
 */
export const IfPresent = (): PropertyDecorator => ValidateIf((object: object, value: unknown) => value !== undefined);

/** For fields that may be cleared with null: validate only a real value. */
export const IfValue = (): PropertyDecorator =>
  ValidateIf((object: object, value: unknown) => value !== undefined && value !== null);

/** An IANA time-zone name (letters, digits, `_ + -` and slashes), not an offset like `+08:00`. */
const TIME_ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** True for a time zone this runtime knows by its IANA name (`Asia/Shanghai`, `Europe/Berlin`, `UTC`). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !TIME_ZONE_SHAPE.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time-zone name, such as Asia/Shanghai. */
export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: key as string,
      options,
      validator: {
        validate: isTimeZone,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an IANA time zone name, such as Asia/Shanghai or Europe/Berlin`,
      },
    });
}
