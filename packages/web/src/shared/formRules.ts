import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The server's slug rule (lower-case letters, digits and single hyphens, 2 to 60 characters), said first here. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
/** A host name with a dot (`github.com`, `例子.中国`), an optional port, then an optional path: an address without its scheme. */
const BARE_HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * `github.com/foo` completed to `https://github.com/foo`, as a person means it; anything else (already with a
 * scheme, `javascript:…`, words) is left exactly as typed, for the URL rule to accept or refuse.
 */
export function completeUrlScheme(value: string | null | undefined): string | null | undefined {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return BARE_HOST.test(trimmed) ? `https://${trimmed}` : value;
}

/**
 * A whole number from `min` to `max`, said as an error when it is not: the number input keeps what was typed (no
 * min/max/precision on it, which would clamp or round it silently) and this rule blocks the submit instead.
 */
export function wholeNumber(t: TFunction, min: number, max: number, message?: string): FormRule {
  return {
    validator: (_, value: unknown) =>
      value == null || value === '' || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)
        ? Promise.resolve()
        : Promise.reject(new Error(message ?? t('common.rules.wholeNumber', { min, max }))),
  };
}
/** An SPDX id or expression, roughly: the server checks the ids against the SPDX list. */
const SPDX_SHAPE = /^[A-Za-z0-9.+\-() ]+$/;

/** Client-side checks with messages in the interface's language; the server checks again and has the last word. */
export function formRules(t: TFunction) {
  return {
    slug: [
      { required: true, message: t('maintainer.rules.slugRequired') },
      { min: 2, max: 60, message: t('maintainer.rules.slugLength') },
      { pattern: SLUG_PATTERN, message: t('maintainer.rules.slugPattern') },
    ] satisfies FormRule[],
    text: (max: number, required = false): FormRule[] => [
      ...(required ? [{ required: true, whitespace: true, message: t('maintainer.rules.required') }] : []),
      { max, message: t('maintainer.rules.tooLong', { max }) },
    ],
    url: [
      { pattern: HTTP_URL, message: t('maintainer.rules.url') },
      { max: 2048, message: t('maintainer.rules.tooLong', { max: 2048 }) },
    ] satisfies FormRule[],
    license: [
      { pattern: SPDX_SHAPE, message: t('maintainer.rules.license') },
      { max: 200, message: t('maintainer.rules.tooLong', { max: 200 }) },
    ] satisfies FormRule[],
  };
}

/** An optional text field as the API wants it: null when left empty. */
export const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Characters as the server counts them (`[...text].length`: an emoji or a rare CJK character is one). */
const characters = (text: string) => [...text].length;

/**
 * The server's length limit on a text input, shown as antd's counter: past it the field turns red and its rule says
 * why, but nothing typed or pasted is cut off (a native maxLength would silently drop the end). Long texts show the
 * count all the time.
 */
export const lengthCount = (max: number, show = max >= 1000) => ({ max, show, strategy: characters });
