/** Drops the nulls from a list of loaded rows (rows the viewer may not see); a loader's error is rethrown. */
export function compact<T>(values: ReadonlyArray<T | null | undefined | Error>): T[] {
  const error = values.find((value): value is Error => value instanceof Error);
  if (error) throw error;
  return values.filter((value): value is T => value !== null && value !== undefined);
}
