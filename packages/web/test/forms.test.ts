import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What a person typed is never changed silently, and the app's own messages are the only ones (DESIGN rule 9):
 * checked on the source, because the props that break it are easy to add back and look harmless.
 */

const SRC = path.resolve(__dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'gql') return [];
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.tsx') ? [full] : [];
  });
}

/** Each opening tag `<Name …>` in the file, with its props, and where it is. */
function tags(name: string): Array<{ where: string; tag: string }> {
  const found: Array<{ where: string; tag: string }> = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(new RegExp(`<${name}(?:<\\w+>)?\\s[^>]*?/?>`, 'gs'))) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ where: `${path.relative(SRC, file)}:${line}`, tag: match[0] });
    }
  }
  return found;
}

test('every form is noValidate: no browser validation bubble, only the app’s messages', () => {
  const forms = tags('Form');
  expect(forms.length).toBeGreaterThan(20);
  expect(forms.filter(({ tag }) => !/\snoValidate\b/.test(tag)).map(({ where }) => where)).toEqual([]);
});

test('no number input clamps or rounds what was typed (min, max, precision): a rule refuses it instead', () => {
  const inputs = tags('InputNumber');
  expect(inputs.length).toBeGreaterThan(5);
  expect(inputs.filter(({ tag }) => /\s(min|max|precision)=/.test(tag)).map(({ where }) => where)).toEqual([]);
});

test('address fields are UrlInput (completes a missing https://), never a browser-validated type="url"', () => {
  expect(
    tags('Input')
      .filter(({ tag }) => /type="url"/.test(tag))
      .map(({ where }) => where),
  ).toEqual([]);
  expect(tags('UrlInput').length).toBeGreaterThan(10);
});

test("no text input cuts off what was typed or pasted (maxLength): the server's limit shows as a counter and a rule", () => {
  const cut = [...tags('Input'), ...tags('Input.TextArea'), ...tags('Input.Password'), ...tags('UrlInput')].filter(
    ({ tag }) => /\smaxLength=/.test(tag),
  );
  expect(cut.map(({ where }) => where)).toEqual([]);
  expect(tags('Input.TextArea').filter(({ tag }) => /count=\{lengthCount/.test(tag)).length).toBeGreaterThan(15);
});
