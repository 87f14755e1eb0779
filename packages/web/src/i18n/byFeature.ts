export type Messages = Record<string, unknown>;

/** `{ './en/home.json': {...} }` → `{ home: {...} }`: each file's messages under its name. */
export const byFeature = (files: Record<string, Messages>): Messages =>
  Object.fromEntries(Object.entries(files).map(([file, messages]) => [file.replace(/^.*\/|\.json$/g, ''), messages]));
