/**
 * Reads the API changelog (Keep a Changelog, plus a `### Breaking` subsection): what `## Unreleased` lists under
 * `### Breaking` and `### Deprecated`, by the coordinates written in backticks, and the newest released version.
 */

export interface Changelog {
  /** Coordinates named in `## Unreleased` → `### Breaking`. */
  breaking: Set<string>;
  /** Coordinates named in `## Unreleased` → `### Deprecated`. */
  deprecated: Set<string>;
  hasUnreleased: boolean;
  /** The first `## x.y.z` heading below Unreleased: the version whose schema is schema.released.graphql. */
  latestVersion: string | null;
}

const RELEASE_HEADING = /^##\s+\[?(Unreleased|\d+\.\d+\.\d+[\w.+-]*)\]?/i;
const SUBSECTION_HEADING = /^###\s+(.+)$/;
const CODE_SPAN = /`([^`]+)`/g;

export function readChangelog(text: string): Changelog {
  const changelog: Changelog = {
    breaking: new Set(),
    deprecated: new Set(),
    hasUnreleased: false,
    latestVersion: null,
  };
  let inUnreleased = false;
  let subsection: Set<string> | null = null;
  let inFence = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    if (line.startsWith('## ')) {
      const release = RELEASE_HEADING.exec(line)?.[1];
      inUnreleased = release?.toLowerCase() === 'unreleased';
      if (inUnreleased) changelog.hasUnreleased = true;
      else if (release && !changelog.latestVersion) changelog.latestVersion = release;
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
    if (subsection) for (const [, coordinate] of line.matchAll(CODE_SPAN)) subsection.add(coordinate.trim());
  }
  return changelog;
}
