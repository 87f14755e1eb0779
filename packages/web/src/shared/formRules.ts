import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

/** The server's slug rule (lower-case letters, digits and single hyphens, 2 to 60 characters), said first here. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
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
