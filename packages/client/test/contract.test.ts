import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type ObjectTypeDefinitionNode } from 'graphql';
import { readChangelog } from '../contract/changelog';
import { checkContract, type ContractInput } from '../contract/check';
import { coordinateOfPath } from '../contract/coordinates';

/** The contract guard, on the real files and on edits of the real schema. No server needed. */

const read = (file: string) => readFileSync(path.resolve(__dirname, '..', file), 'utf8');
const real: ContractInput = {
  released: read('schema.released.graphql'),
  current: read('schema.graphql'),
  changelog: read('CHANGELOG.md'),
  version: JSON.parse(read('package.json')).version,
};

/**
 * What the edits below start from: nothing changed since the release, and an empty Unreleased section. The edit
 * cases then test the check itself, whatever main has changed (and listed) since the release.
 */
function withEmptyUnreleased(changelog: string): string {
  const unreleased = changelog.indexOf('\n## Unreleased\n');
  expect(unreleased).toBeGreaterThan(-1);
  const end = changelog.indexOf('\n## ', unreleased + 1);
  return `${changelog.slice(0, unreleased)}\n## Unreleased\n${changelog.slice(end)}`;
}
const base: ContractInput = { ...real, current: real.released, changelog: withEmptyUnreleased(real.changelog) };

/** The released schema with `edit` applied to one object type's definition. */
function editType(
  typeName: string,
  edit: (node: ObjectTypeDefinitionNode) => ObjectTypeDefinitionNode,
  sdl = real.released,
): string {
  const edited = print(
    visit(parse(sdl), {
      ObjectTypeDefinition: (node) => (node.name.value === typeName ? edit(node) : undefined),
    }),
  );
  expect(edited).not.toBe(print(parse(sdl)));
  return edited;
}

const withoutField = (typeName: string, fieldName: string) =>
  editType(typeName, (node) => ({ ...node, fields: node.fields?.filter((field) => field.name.value !== fieldName) }));

const withFieldRenamed = (typeName: string, from: string, to: string) =>
  editType(typeName, (node) => ({
    ...node,
    fields: node.fields?.map((field) =>
      field.name.value === from ? { ...field, name: { kind: Kind.NAME, value: to } } : field,
    ),
  }));

const withFieldDeprecated = (typeName: string, fieldName: string, reason: string) =>
  editType(typeName, (node) => ({
    ...node,
    fields: node.fields?.map((field) =>
      field.name.value === fieldName
        ? {
            ...field,
            directives: [
              ...(field.directives ?? []),
              {
                kind: Kind.DIRECTIVE,
                name: { kind: Kind.NAME, value: 'deprecated' },
                arguments: [
                  {
                    kind: Kind.ARGUMENT,
                    name: { kind: Kind.NAME, value: 'reason' },
                    value: { kind: Kind.STRING, value: reason },
                  },
                ],
              },
            ],
          }
        : field,
    ),
  }));

/** The base changelog with `lines` as its Unreleased section. */
function changelogWith(lines: string): string {
  const end = base.changelog.indexOf('\n## ', base.changelog.indexOf('\n## Unreleased\n') + 1);
  return `${base.changelog.slice(0, end)}\n${lines}${base.changelog.slice(end)}`;
}

describe('the contract check', () => {
  it('passes on the committed schema against the released one with the committed changelog', async () => {
    const report = await checkContract(real);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.summary).toContain(`against ${real.version}`);
  });

  it('fails on a removed field, naming its coordinate and the changelog line to add', async () => {
    const report = await checkContract({ ...base, current: withoutField('Project', 'slug') });
    expect(report.ok).toBe(false);
    expect(report.errors).toHaveLength(1);
    const [error] = report.errors;
    expect(error).toContain('Breaking change to `Project.slug` is not in the changelog');
    expect(error).toContain("Field 'slug' was removed from object type 'Project'");
    expect(error).toContain(`It was not deprecated in ${real.version}`);
    expect(error).toContain('Add under "## Unreleased" → "### Breaking" in packages/client/CHANGELOG.md:');
    expect(error).toMatch(/\n {4}- `Project\.slug`: /);
  });

  it('fails on a renamed field for the old name only: the new name is an addition', async () => {
    const report = await checkContract({ ...base, current: withFieldRenamed('Project', 'slug', 'handle') });
    expect(report.ok).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain('`Project.slug`');
    expect(report.errors.join('\n')).not.toContain('Project.handle');
  });

  it('takes the suggested line only once its placeholder is replaced', async () => {
    const current = withoutField('Project', 'slug');
    const failing = await checkContract({ ...base, current });
    const suggested = failing.errors[0].split('\n').at(-1)!.trim();
    expect(suggested).toMatch(/^- `Project\.slug`: /);
    const pasted = await checkContract({
      ...base,
      current,
      changelog: changelogWith(`### Breaking\n\n${suggested}\n`),
    });
    expect(pasted.ok).toBe(false);
    expect(pasted.errors).toEqual([expect.stringContaining(`Say what to use instead of <what to use instead`)]);
    const written = suggested.replace(/<.*>$/, 'Use `Project.id`; it was never deprecated.');
    expect(
      (await checkContract({ ...base, current, changelog: changelogWith(`### Breaking\n\n${written}\n`) })).ok,
    ).toBe(true);
  });

  it('passes a breaking change listed under Unreleased → Breaking by its coordinate', async () => {
    const report = await checkContract({
      ...base,
      current: withFieldRenamed('Project', 'slug', 'handle'),
      changelog: changelogWith('### Breaking\n\n- `Project.slug`: renamed to `Project.handle`.\n'),
    });
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('does not take a coordinate mentioned outside Unreleased → Breaking as the entry', async () => {
    const elsewhere = changelogWith('### Changed\n\n- `Project.slug` is now `Project.handle`.\n');
    const released = base.changelog.replace(/\n## 0\.1\.0[^\n]*\n/, (heading) => `${heading}\n- \`Project.slug\`\n`);
    for (const changelog of [elsewhere, released]) {
      const report = await checkContract({ ...base, current: withoutField('Project', 'slug'), changelog });
      expect(report.ok).toBe(false);
      expect(report.errors[0]).toContain('`Project.slug`');
    }
  });

  it('names an argument by its coordinate, e.g. a changed input type of a mutation', async () => {
    const current = editType('Mutation', (node) => ({
      ...node,
      fields: node.fields?.map((field) =>
        field.name.value === 'deleteWebhook'
          ? {
              ...field,
              arguments: field.arguments?.map((arg) => ({
                ...arg,
                type: {
                  kind: Kind.NON_NULL_TYPE,
                  type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'DeleteWebhookInput' } },
                },
              })),
            }
          : field,
      ),
    }));
    const withInput = `${current}\ninput DeleteWebhookInput { id: ID! }\n`;
    const failing = await checkContract({ ...base, current: withInput });
    expect(failing.ok).toBe(false);
    expect(failing.errors).toHaveLength(1);
    expect(failing.errors[0]).toContain('Breaking change to `Mutation.deleteWebhook(input:)`');
    expect(failing.errors[0]).toMatch(/\n {4}- `Mutation\.deleteWebhook\(input:\)`: /);

    const listed = changelogWith('### Breaking\n\n- `Mutation.deleteWebhook(input:)` takes `DeleteWebhookInput`.\n');
    expect((await checkContract({ ...base, current: withInput, changelog: listed })).ok).toBe(true);
  });

  it('warns on a dangerous change and lets it pass', async () => {
    const current = print(
      visit(parse(real.released), {
        EnumTypeDefinition: (node) =>
          node.name.value === 'ProjectStage'
            ? {
                ...node,
                values: [
                  ...(node.values ?? []),
                  { kind: Kind.ENUM_VALUE_DEFINITION, name: { kind: Kind.NAME, value: 'ARCHIVED_FOR_TEST' } },
                ],
              }
            : undefined,
      }),
    );
    const report = await checkContract({ ...base, current });
    expect(report.ok).toBe(true);
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain('Dangerous change to `ProjectStage.ARCHIVED_FOR_TEST`');
    expect(report.summary).toContain('1 dangerous');
  });

  it('fails on a new deprecation until Unreleased → Deprecated names it', async () => {
    const current = withFieldDeprecated('Project', 'sponsors', 'Use `Project.sponsorLinks`.');
    const missing = await checkContract({ ...base, current });
    expect(missing.ok).toBe(false);
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toContain('`Project.sponsors` is newly deprecated');
    expect(missing.errors[0]).toContain('"### Deprecated"');
    expect(missing.errors[0]).toMatch(/\n {4}- `Project\.sponsors`: Use `Project\.sponsorLinks`\./);

    const changelog = changelogWith('### Deprecated\n\n- `Project.sponsors`: use `Project.sponsorLinks`.\n');
    const listed = await checkContract({ ...base, current, changelog });
    expect(listed.errors).toEqual([]);
    expect(listed.ok).toBe(true);
  });

  it('says when a removed field had been deprecated in the release', async () => {
    const released = withFieldDeprecated('Project', 'slug', 'Use `Project.id`.');
    const report = await checkContract({ ...base, released, current: withoutField('Project', 'slug') });
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toContain(`It was deprecated in ${real.version}: "Use \`Project.id\`."`);
  });

  it('warns on an entry that names nothing that changed, e.g. a misspelt coordinate', async () => {
    const changelog = changelogWith('### Breaking\n\n- `Project.slugg`: renamed to `Project.handle`.\n');
    const report = await checkContract({ ...base, current: withFieldRenamed('Project', 'slug', 'handle'), changelog });
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toContain('`Project.slug`');
    expect(report.warnings).toEqual([
      'Under "### Breaking" but no breaking change to what it names: - `Project.slugg`: renamed to `Project.handle`.',
    ]);
  });

  it('does not warn about the replacement an entry names beside what it breaks', async () => {
    const changelog = changelogWith('### Breaking\n\n- `Project.slug`: renamed to `Project.handle`.\n');
    const report = await checkContract({ ...base, current: withFieldRenamed('Project', 'slug', 'handle'), changelog });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([]);
  });

  it("fails when the changelog's newest release is not package.json's version", async () => {
    const report = await checkContract({ ...base, version: '0.2.0' });
    expect(report.ok).toBe(false);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toContain(
      `newest release heading is ${real.version}, but package.json's version is 0.2.0`,
    );
  });
});

describe('schema coordinates', () => {
  it.each([
    ['Project', 'Project'],
    ['Project.slug', 'Project.slug'],
    ['Mutation.deleteWebhook.input', 'Mutation.deleteWebhook(input:)'],
    ['Project.sponsors.@deprecated', 'Project.sponsors'],
    ['Project.sponsors.@deprecated.reason', 'Project.sponsors'],
    ['Query.projects.first.@deprecated', 'Query.projects(first:)'],
    ['ProjectStage.IDEA', 'ProjectStage.IDEA'],
    ['@cost', '@cost'],
    ['@cost.weight', '@cost(weight:)'],
    ['.@link', 'schema'],
  ])('graphql-inspector path %s is %s', (inspectorPath, coordinate) => {
    expect(coordinateOfPath(inspectorPath)).toBe(coordinate);
  });

  it('reads the items of Unreleased → Breaking and Deprecated, wrapped lines included, outside code fences', () => {
    const changelog = readChangelog(
      [
        '# Changelog',
        '```md',
        '## Unreleased',
        '### Breaking',
        '- `Example.field`',
        '```',
        '## [Unreleased]',
        '### Breaking changes',
        'Prose without a coordinate is not an entry.',
        '',
        '- `Project.slug`: renamed to `Project.handle`;',
        '  also `Mutation.deleteWebhook(input:)`.',
        '### Deprecated',
        '- `Project.sponsors`: use `Project.sponsorLinks`.',
        '### Added',
        '- `Project.sponsorLinks`',
        '## [0.2.0] - 2027-01-10',
        '### Breaking',
        '- `Old.field`',
        '## 0.1.0 — 2026-11-30',
      ].join('\n'),
    );
    expect(changelog.breaking).toEqual([
      {
        line: '- `Project.slug`: renamed to `Project.handle`; also `Mutation.deleteWebhook(input:)`.',
        coordinates: ['Project.slug', 'Project.handle', 'Mutation.deleteWebhook(input:)'],
      },
    ]);
    expect(changelog.deprecated).toEqual([
      {
        line: '- `Project.sponsors`: use `Project.sponsorLinks`.',
        coordinates: ['Project.sponsors', 'Project.sponsorLinks'],
      },
    ]);
    expect(changelog.latestVersion).toBe('0.2.0');
  });
});
