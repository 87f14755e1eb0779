// Prints the JavaScript the home page loads before it can render (the entry chunk and its static imports,
// gzipped) and fails the build past the budget. Lazy routes and the chart library are not counted: they load later.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
if (!entry) throw new Error('no entry chunk in the Vite manifest');

// The home route is lazy, but it is needed for the first paint at "/": count it and its static imports too.
const home = Object.entries(manifest).find(([source]) => source.endsWith('features/home/HomePage.tsx'))?.[1];

const files = new Set();
const visit = (chunk) => {
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const name of chunk.imports ?? []) visit(manifest[name]);
};
visit(entry);
visit(home);

let total = 0;
for (const file of files) total += gzipSync(readFileSync(path.join(dist, file))).length;
const kb = total / 1024;
console.log(
  `home page initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${files.size} files (budget ${BUDGET_KB} KB)`,
);
if (kb > BUDGET_KB) {
  console.error(`over budget by ${(kb - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
