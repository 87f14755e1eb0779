import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

const MAX_TERMS = 8;

const escapeLike = (term: string): string => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Adds a text search: every word of `text` must appear somewhere in `expression`, case-insensitively. Substring
 * matching rather than a tokenising full-text parser, because Chinese has no spaces between words ("熊熊" must
 * find "彩虹熊熊"); trigram GIN indexes on the searched expressions keep it fast.
 */
export function whereTextMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  expression: string,
  text: string | null | undefined,
): SelectQueryBuilder<T> {
  const terms = (text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  terms.forEach((term, i) => {
    query.andWhere(`${expression} ILIKE :searchTerm${i}`, { [`searchTerm${i}`]: `%${escapeLike(term)}%` });
  });
  return query;
}
