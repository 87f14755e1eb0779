import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';
import { createTestDatabase } from './harness';

/**
 * The built server with its dashboard in a folder under a dot-directory, as in a checkout under ~/.cache: every
 * dashboard route answers index.html, and dot-files in that folder stay out of reach.
 */

const MAIN = path.resolve(__dirname, '../dist/main.js');
const SECRET = 'GOODLINK_SECRET=do-not-serve-me';
let home: string;
let webDir: string;
let child: ChildProcess;
let site: string;

beforeAll(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'goodlink-home-'));
  // A stand-in for packages/web/dist, so this test does not depend on a web build.
  webDir = path.join(home, '.cache', 'goodlink', 'packages', 'web', 'dist');
  await mkdir(path.join(webDir, 'assets'), { recursive: true });
  await mkdir(path.join(webDir, '.git'));
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Goodlink dashboard</title>');
  await writeFile(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("goodlink")');
  await writeFile(path.join(webDir, '.env'), SECRET);
  await writeFile(path.join(webDir, '.git', 'config'), SECRET);

  const port = await freePort();
  child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: home,
      PORT: String(port),
      DATABASE_URL: await createTestDatabase(),
      GOODLINK_SEED_DEMO_DATA: 'false',
      GOODLINK_WEB_DIR: webDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Goodlink is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  site = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await rm(home, { recursive: true, force: true });
});

test('under a dot-directory, / and every dashboard route answer the dashboard', async () => {
  for (const route of ['/', '/projects/some-slug', '/organizations/some-org', '/index.html']) {
    const page = await fetch(site + route);
    expect({ route, status: page.status, type: page.headers.get('content-type') }).toEqual({
      route,
      status: 200,
      type: 'text/html; charset=utf-8',
    });
    expect(await page.text()).toContain('Goodlink dashboard');
  }
  const asset = await fetch(`${site}/assets/app-1234.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
});

test('dot-files in the dashboard folder are never served', async () => {
  for (const route of ['/.env', '/.git/config', '/projects/.env']) {
    const answer = await fetch(site + route);
    const text = await answer.text();
    expect({ route, status: answer.status, leaked: text.includes(SECRET) }).toEqual({
      route,
      status: 404,
      leaked: false,
    });
  }
  // Spelt with escapes, a dot-file name is still not served (the dashboard answers instead).
  for (const route of ['/%2Eenv', '/%2egit/config']) {
    const text = await (await fetch(site + route)).text();
    expect({ route, leaked: text.includes(SECRET) }).toEqual({ route, leaked: false });
  }
});
