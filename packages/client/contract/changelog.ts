/**
 * Reads the API changelog (Keep a Changelog, plus a `### Breaking` subsection): what `## Unreleased` lists under
 * `### Breaking` and `### Deprecated`, by the coordinates written in backticks, and the newest released version.
 */

/** One list item of a subsection with the coordinates it names (its subject and, often, the replacement). */
export interface Entry {
  line: string;
  coordinates: string[];
}

export interface Changelog {
  /** The items of `## Unreleased` → `### Breaking`. */
  breaking: Entry[];
  /** The items of `## Unreleased` → `### Deprecated`. */
  deprecated: Entry[];
  /** The first `## x.y.z` heading below Unreleased: the version whose schema is schema.released.graphql. */
  latestVersion: string | null;
}

const RELEASE_HEADING = /^##\s+\[?(Unreleased|\d+\.\d+\.\d+[\w.+-]*)\]?/i;
const SUBSECTION_HEADING = /^###\s+(.+)$/;
const CODE_SPAN = /`([^`]+)`/g;

export function readChangelog(text: string): Changelog {
  const changelog: Changelog = {
    breaking: [],
    deprecated: [],
    latestVersion: null,
  };
  let inUnreleased = false;
  let subsection: Entry[] | null = null;
  // The list item being read: its wrapped lines belong to it.
  let entry: Entry | null = null;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    if (!line.trim() || /^\s*[-*+] /.test(line) || line.startsWith('#')) entry = null;
    if (line.startsWith('## ')) {
      const release = RELEASE_HEADING.exec(line)?.[1];
      inUnreleased = release?.toLowerCase() === 'unreleased';
      if (!inUnreleased && release && !changelog.latestVersion) changelog.latestVersion = release;
      subsection = null;
      continue;
    }
    if (!inUnreleased) continue;
    const heading = SUBSECTION_HEADING.exec(line)?.[1].trim().toLowerCase();
    if (heading !== undefined) {
      subsection = heading.startsWith('breaking')
        ? changelog.breaking
        : heading.startsWith('deprecated')
          ? changelog.deprecated
          : null;
      continue;
    }
    if (!subsection || !line.trim()) continue;
    if (!entry) subsection.push((entry = { line: '', coordinates: [] }));
    entry.line = `${entry.line} ${line.trim()}`.trim();
    for (const [, coordinate] of line.matchAll(CODE_SPAN)) entry.coordinates.push(coordinate.trim());
  }
  const named = (entries: Entry[]) => entries.filter((item) => item.coordinates.length > 0);
  return { ...changelog, breaking: named(changelog.breaking), deprecated: named(changelog.deprecated) };
}
