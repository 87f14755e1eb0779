/**
 * What no text column can hold and no text should: a NUL character (Postgres refuses it in UTF-8), or half of a
 * UTF-16 surrogate pair (JSON's `"\ud800"`), which is no character at all and breaks validators that encode it.
 */
// eslint-disable-next-line no-control-regex -- NUL is one of the two things refused
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

export const UNSTORABLE_TEXT_MESSAGE =
  'may not hold a NUL character (U+0000) or half of a surrogate pair: send text as valid UTF-8';
