import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';

/**
 * The start command as a new user runs it: the built server, no DATABASE_URL, an empty data folder. It must
 * start an embedded PostgreSQL, migrate, load the demo data and answer; a second start must keep the data.
 */

const MAIN = path.resolve(__dirname, '../dist/main.js');
const ADMIN = { email: 'admin@goodlink.example', password: 'a strong admin password' };
let dataDir: string;
let webDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'goodlink-start-'));
  await chmod(dataDir, 0o777);
  // A stand-in for the built dashboard (packages/web/dist), so this test does not depend on a web build.
  webDir = await mkdtemp(path.join(os.tmpdir(), 'goodlink-web-'));
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Goodlink dashboard</title>');
  await writeFile(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("goodlink")');
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(webDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function start(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), GOODLINK_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after 60 s:\n${output}`)), 60_000);
    const check = () => {
      if (output.includes('Goodlink is ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, url: `http://localhost:${port}/graphql`, output: () => output };
}

/** Sends SIGTERM and resolves with how it ended: `0` for a clean stop, otherwise the code or signal and its output. */
async function stop({ child, output }: Started): Promise<number | string> {
  const ended = (code: number | null, signal: string | null) =>
    code === 0 ? 0 : `exit ${code ?? signal}:\n${output()}`;
  if (child.exitCode !== null || child.signalCode !== null) return ended(child.exitCode, child.signalCode);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(ended(code, signal))),
  );
  child.kill('SIGTERM');
  return exited;
}

async function gql(url: string, query: string, variables?: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body: any = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const PROJECTS = '{ projects(first: 100, orderBy: { field: NAME }) { totalCount edges { node { id slug name } } } }';

test('a fresh start serves the demo projects, and a second start keeps every row', async () => {
  const first = await start({ GOODLINK_ADMIN_EMAIL: ADMIN.email, GOODLINK_ADMIN_PASSWORD: ADMIN.password });
  let created: string;
  let before: any;
  try {
    before = await gql(first.url, PROJECTS);
    expect(before.projects.edges.map((e: any) => e.node.name)).toEqual(
      expect.arrayContaining(['彩虹熊熊', '智引线', '云标签', 'NVDA']),
    );

    const { signIn } = await gql(
      first.url,
      'mutation($i: SignInInput!) { signIn(input: $i) { token user { role email } } }',
      { i: ADMIN },
    );
    expect(signIn.user).toEqual({ role: 'ADMIN', email: ADMIN.email });
    const { createProject } = await gql(
      first.url,
      'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
      { i: { slug: 'kept-across-restarts', name: '重启之后还在', summary: 'Survives a restart.' } },
      signIn.token,
    );
    created = createProject.project.id;
    await gql(
      first.url,
      'mutation($i: PublishProjectInput!) { publishProject(input: $i) { project { id } } }',
      { i: { projectId: created } },
      signIn.token,
    );
  } finally {
    expect(await stop(first)).toBe(0);
  }

  // The second start finds the database initialised: no new cluster, no second copy of the demo data.
  const second = await start({ GOODLINK_WEB_DIR: webDir });
  try {
    const after = await gql(second.url, PROJECTS);
    expect(after.projects.totalCount).toBe(before.projects.totalCount + 1);
    expect(after.projects.edges.map((e: any) => e.node.id)).toEqual(
      expect.arrayContaining([...before.projects.edges.map((e: any) => e.node.id), created!]),
    );
    expect(second.output()).not.toContain('initialising embedded PostgreSQL');
    expect(second.output()).not.toContain('demo data loaded');
    const health = await fetch(second.url.replace('/graphql', '/healthz'));
    expect(await health.json()).toEqual({ status: 'ok' });

    // The dashboard is served on the same port: its routes fall back to index.html, its assets are cached.
    const site = second.url.replace('/graphql', '');
    for (const route of ['/', '/projects/rainbow-bear']) {
      const page = await fetch(site + route);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Goodlink dashboard');
    }
    const asset = await fetch(`${site}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${site}/assets/missing.js`)).status).toBe(404);
  } finally {
    expect(await stop(second)).toBe(0);
  }
});

test('a port already in use stops start-up with a clear message and leaves no PostgreSQL running', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const child = spawn(process.execPath, [MAIN], {
      env: { PATH: process.env.PATH, GOODLINK_DATA_DIR: dataDir, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(stderr).toContain(`Port ${port} is already in use`);
    // The data folder is free again: the next start works.
    const next = await start({});
    expect(await stop(next)).toBe(0);
  } finally {
    blocker.close();
  }
});

test.each([
  ['PORT', { PORT_OVERRIDE: 'abc' }],
  ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/goodlink' }],
  ['GOODLINK_ADMIN_EMAIL', { GOODLINK_ADMIN_EMAIL: 'not-an-email', GOODLINK_ADMIN_PASSWORD: 'long enough password' }],
  ['GOODLINK_ADMIN_PASSWORD', { GOODLINK_ADMIN_EMAIL: 'admin@example.org', GOODLINK_ADMIN_PASSWORD: 'short' }],
])('a bad %s stops start-up with a message naming it', async (variable, env) => {
  const { PORT_OVERRIDE, ...rest } = env as Record<string, string>;
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, GOODLINK_DATA_DIR: dataDir, PORT: PORT_OVERRIDE ?? '0', ...rest },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(1);
  expect(stderr).toContain(variable);
});
