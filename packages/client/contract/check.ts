import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { readChangelog, type Entry } from './changelog';
import { coordinateOfPath, deprecations } from './coordinates';

/**
 * The public contract's guard: the emitted schema against the last released one. A breaking change passes only when
 * the changelog's `## Unreleased` → `### Breaking` names its coordinate, a newly deprecated element only when
 * `### Deprecated` names it (integrators learn of a coming removal there); dangerous changes are warnings.
 */

export interface ContractInput {
  /** SDL of the last release (schema.released.graphql). */
  released: string;
  /** SDL emitted from the server now (schema.graphql). */
  current: string;
  changelog: string;
  /** @goodlink/client's version in package.json: the release schema.released.graphql belongs to. */
  version: string;
  /** How the report names the changelog file. */
  changelogPath?: string;
}

export interface ContractReport {
  ok: boolean;
  errors: string[];
  warnings: string[];
  /** One line: what was compared and what was found. */
  summary: string;
}

/** The part of a suggested line that is for a person to write; an entry still holding it is not done. */
const PLACEHOLDER = '<what to use instead, and since which version it was deprecated>';

export async function checkContract(input: ContractInput): Promise<ContractReport> {
  const changelogPath = input.changelogPath ?? 'packages/client/CHANGELOG.md';
  const released = buildSchema(input.released);
  const current = buildSchema(input.current);
  const changelog = readChangelog(input.changelog);
  const changes = await diff(released, current);
  const errors: string[] = [];
  const warnings: string[] = [];

  if (changelog.latestVersion !== input.version) {
    errors.push(
      `${changelogPath}'s newest release heading is ${changelog.latestVersion ?? 'missing'}, but package.json's version is ` +
        `${input.version}: a release bumps the version, copies schema.graphql over schema.released.graphql and moves ` +
        `"## Unreleased" under "## ${input.version}", all in one commit.`,
    );
  }

  const breaking = byCoordinate(changes, CriticalityLevel.Breaking);
  const listedBreaking = named(changelog.breaking);
  const wasDeprecated = deprecations(released);
  for (const [coordinate, found] of breaking) {
    if (listedBreaking.has(coordinate)) continue;
    const reason = wasDeprecated.get(coordinate);
    const notice =
      reason === undefined
        ? `It was not deprecated in ${input.version}: integrators had no warning.`
        : `It was deprecated in ${input.version}: "${reason}".`;
    errors.push(
      `Breaking change to \`${coordinate}\` is not in the changelog: ${messages(found)}. ${notice}\n` +
        `  Add under "## Unreleased" → "### Breaking" in ${changelogPath}:\n` +
        `    - \`${coordinate}\`: ${messages(found)}. ${PLACEHOLDER}`,
    );
  }

  const releasedDeprecations = new Set(wasDeprecated.keys());
  const newlyDeprecated = [...deprecations(current)].filter(([coordinate]) => !releasedDeprecations.has(coordinate));
  const listedDeprecated = named(changelog.deprecated);
  for (const [coordinate, reason] of newlyDeprecated) {
    if (listedDeprecated.has(coordinate)) continue;
    errors.push(
      `\`${coordinate}\` is newly deprecated ("${reason}") but not in the changelog.\n` +
        `  Add under "## Unreleased" → "### Deprecated" in ${changelogPath}:\n` +
        `    - \`${coordinate}\`: ${reason}`,
    );
  }

  const dangerous = byCoordinate(changes, CriticalityLevel.Dangerous);
  for (const [coordinate, found] of dangerous) {
    const why = [...new Set(found.map((change) => change.criticality.reason).filter(Boolean))].join(' ');
    warnings.push(`Dangerous change to \`${coordinate}\`: ${messages(found)}.${why ? ` ${why}` : ''}`);
  }

  for (const entry of changelog.breaking) {
    if (entry.line.includes(PLACEHOLDER))
      errors.push(`Say what to use instead of ${PLACEHOLDER} in ${changelogPath}: ${entry.line}`);
  }

  // A line may name the replacement too; it is stale only if none of its coordinates changed.
  for (const entry of changelog.breaking) {
    if (!entry.coordinates.some((coordinate) => breaking.has(coordinate)))
      warnings.push(`Under "### Breaking" but no breaking change to what it names: ${entry.line}`);
  }
  const deprecatedNow = new Set(newlyDeprecated.map(([coordinate]) => coordinate));
  for (const entry of changelog.deprecated) {
    if (!entry.coordinates.some((coordinate) => deprecatedNow.has(coordinate)))
      warnings.push(`Under "### Deprecated" but nothing it names is newly deprecated: ${entry.line}`);
  }

  const summary =
    `schema.graphql against ${input.version} (schema.released.graphql): ${count(changes.length, 'change')}, ` +
    `${breaking.size} breaking, ${newlyDeprecated.length} newly deprecated, ${dangerous.size} dangerous`;
  return { ok: errors.length === 0, errors, warnings, summary };
}

function byCoordinate(changes: Change[], level: CriticalityLevel): Map<string, Change[]> {
  const grouped = new Map<string, Change[]>();
  for (const change of changes) {
    if (change.criticality.level !== level) continue;
    const coordinate = change.path ? coordinateOfPath(change.path) : String(change.type);
    grouped.set(coordinate, [...(grouped.get(coordinate) ?? []), change]);
  }
  return grouped;
}

function messages(changes: Change[]): string {
  return [...new Set(changes.map((change) => change.message))].join('; ');
}

function named(entries: Entry[]): Set<string> {
  return new Set(entries.flatMap((entry) => entry.coordinates));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
