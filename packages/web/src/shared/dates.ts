/**
 * Offer windows are picked as whole days in the browser's time zone: an offer opens at the start of its first day
 * and closes at the end of its last one. The API stores instants (DateTime).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the local day it falls on, `YYYY-MM-DD`, for a date field. */
export function localDay(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function parseDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

export const startOfDay = (day: string): string => parseDay(day).toISOString();

export function endOfDay(day: string): string {
  const date = parseDay(day);
  date.setHours(23, 59, 59, 999);
  return date.toISOString();
}

/** Today as `YYYY-MM-DD`, local. */
export const today = (): string => localDay(new Date().toISOString())!;
