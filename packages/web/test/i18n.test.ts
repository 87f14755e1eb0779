import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, messageKeys } from './e2e/harness';

/** Both languages say everything, and every key the code asks for exists. */

const I18N = path.resolve(__dirname, '../src/i18n');
const SRC = path.resolve(__dirname, '../src');

function keysOf(language: string): string[] {
  const keys: string[] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    else keys.push(prefix);
  };
  for (const file of readdirSync(path.join(I18N, language)).filter((f) => f.endsWith('.json'))) {
    walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(I18N, language, file), 'utf8')));
  }
  return keys.sort();
}

test('Chinese and English have exactly the same message keys', () => {
  const [zh, en] = LANGUAGES.map(keysOf);
  expect({
    missingInEnglish: zh.filter((k) => !en.includes(k)),
    missingInChinese: en.filter((k) => !zh.includes(k)),
  }).toEqual({ missingInEnglish: [], missingInChinese: [] });
});

test('no message is empty in either language', () => {
  for (const language of LANGUAGES) {
    const dir = path.join(I18N, language);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect({ file: `${language}/${file}`, empty: /:\s*""/.test(text) }).toEqual({
        file: `${language}/${file}`,
        empty: false,
      });
    }
  }
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'gql') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

test('every key the code passes to t() as a literal has a message', () => {
  const keys = messageKeys();
  const missing: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
      if (!keys.has(match[1])) missing.push(`${path.relative(SRC, file)}: ${match[1]}`);
    }
  }
  expect(missing).toEqual([]);
});

test('enum labels cover every value of the schema’s enums', () => {
  const schema = readFileSync(path.resolve(__dirname, '../../client/schema.graphql'), 'utf8');
  const enums = JSON.parse(readFileSync(path.join(I18N, 'zh-CN/enum.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  for (const [name, labels] of Object.entries(enums)) {
    const body = new RegExp(`^enum ${name} \\{([^}]*)\\}`, 'm').exec(schema)?.[1] ?? '';
    const values = [...body.matchAll(/^\s+([A-Z_]+)\s*$/gm)].map((m) => m[1]).sort();
    expect({ name, values: Object.keys(labels).sort() }).toEqual({ name, values });
  }
});
