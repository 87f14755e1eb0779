import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { readChangelog } from './changelog';
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
  const wasDeprecated = deprecations(released);
  for (const [coordinate, found] of breaking) {
    if (changelog.breaking.has(coordinate)) continue;
    const reason = wasDeprecated.get(coordinate);
    const notice =
      reason === undefined
        ? `It was not deprecated in ${input.version}: integrators had no warning.`
        : `Deprecated in ${input.version}: "${reason}".`;
    errors.push(
      `Breaking change to \`${coordinate}\` is not in the changelog: ${messages(found)}. ${notice}\n` +
        `  Add under "## Unreleased" → "### Breaking" in ${changelogPath}:\n` +
        `    - \`${coordinate}\`: ${messages(found)}. <what to use instead, and since which version it was deprecated>`,
    );
  }

  const releasedDeprecations = new Set(wasDeprecated.keys());
  const newlyDeprecated = [...deprecations(current)].filter(([coordinate]) => !releasedDeprecations.has(coordinate));
  for (const [coordinate, reason] of newlyDeprecated) {
    if (changelog.deprecated.has(coordinate)) continue;
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

  for (const coordinate of changelog.breaking) {
    if (!breaking.has(coordinate))
      warnings.push(`\`${coordinate}\` is under "### Breaking" but the schema has no breaking change there.`);
  }
  const deprecatedNow = new Set(newlyDeprecated.map(([coordinate]) => coordinate));
  for (const coordinate of changelog.deprecated) {
    if (!deprecatedNow.has(coordinate))
      warnings.push(`\`${coordinate}\` is under "### Deprecated" but is not newly deprecated in the schema.`);
  }

  const summary =
    `schema.graphql against ${input.version} (schema.released.graphql): ${changes.length} changes, ` +
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
