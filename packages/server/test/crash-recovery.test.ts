import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';
import { isAlive } from '../src/db/postgres-owner';

/**
 * What a crash leaves behind, with the built server as `npm start` runs it: a killed Goodlink must not leave its
 * PostgreSQL holding the data folder, and the next start on that folder must answer, with every row, by itself.
 */

const MAIN = path.resolve(__dirname, '../dist/main.js');
let dataDir: string;

// One data folder for the file, as a user's machine has: each test starts on what the one before left.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'goodlink-crash-'));
  await chmod(dataDir, 0o777);
});
afterAll(async () => {
  const postgres = postmasterPid();
  if (postgres && isAlive(postgres)) process.kill(postgres, 'SIGQUIT');
  await rm(dataDir, { recursive: true, force: true });
});

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts the built server on the data folder; fails unless it is ready within `seconds`. */
async function start(seconds = 60): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      GOODLINK_DATA_DIR: dataDir,
      GOODLINK_SEED_DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready after ${seconds} s:\n${output}`)), seconds * 1000);
    child.stdout!.on('data', () => {
      if (!output.includes('Goodlink is ready')) return;
      clearTimeout(timer);
      resolve();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
  return { child, url: `http://127.0.0.1:${port}/graphql`, output: () => output };
}

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode ?? child.signalCode)
    : new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

function postmasterPid(): number | null {
  try {
    return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}

/** The pid the server logged for a field of its 'embedded PostgreSQL started' line. */
function logged(server: Server, field: string): number {
  const line = server
    .output()
    .split('\n')
    .find((l) => l.includes('embedded PostgreSQL started'));
  return JSON.parse(line!)[field];
}

async function until(check: () => boolean, seconds: number, what: string) {
  const deadline = Date.now() + seconds * 1000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${what}: not after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function gql(server: Server, query: string, variables: unknown) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

let people = 0;
const PASSWORD = 'a long enough password';
/** Signs a new person up; resolves with their email and id. */
async function signUp(server: Server) {
  const email = `xiaolin${++people}@example.org`;
  const { data } = await gql(server, 'mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }', {
    input: { email, password: PASSWORD, displayName: '林晓' },
  });
  return { email, id: data.signUp.user.id as string };
}
const signIn = async (server: Server, email: string) =>
  (
    await gql(server, 'mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }', {
      input: { email, password: PASSWORD },
    })
  ).data.signIn.user.id;

test('after kill -9 of node, its watchdog stops PostgreSQL, and the next start answers within 10 s with the data', async () => {
  const first = await start();
  const person = await signUp(first);
  const postgres = postmasterPid()!;
  first.child.kill('SIGKILL');
  await exitOf(first.child);
  await until(() => !isAlive(postgres), 20, `PostgreSQL ${postgres} still running after its Goodlink was killed`);

  const second = await start(10);
  expect(await signIn(second, person.email)).toBe(person.id);
  second.child.kill('SIGTERM');
  expect(await exitOf(second.child)).toBe(0);
});

test('a PostgreSQL left running with no Goodlink is stopped and started again, and the log says so', async () => {
  const first = await start();
  const person = await signUp(first);
  const postgres = postmasterPid()!;
  // Node and its watchdog both gone at once, as `kill -9` of both leaves it: PostgreSQL keeps running.
  process.kill(logged(first, 'watchdog'), 'SIGKILL');
  first.child.kill('SIGKILL');
  await exitOf(first.child);
  expect(isAlive(postgres)).toBe(true);

  const second = await start(10);
  expect(second.output()).toContain('stopping the PostgreSQL a Goodlink that did not stop left running');
  expect(isAlive(postgres)).toBe(false);
  expect(await signIn(second, person.email)).toBe(person.id);
  second.child.kill('SIGTERM');
  expect(await exitOf(second.child)).toBe(0);
});

test('a second Goodlink on the same folder is refused with the first one’s pid; the first goes on', async () => {
  const first = await start();
  const second = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, PORT: String(await freePort()), GOODLINK_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  second.stderr!.on('data', (chunk) => (stderr += chunk));
  expect(await exitOf(second)).toBe(1);
  expect(stderr).toContain(`Another Goodlink (pid ${first.child.pid}) is running on ${dataDir}`);
  expect((await signUp(first)).id).toEqual(expect.any(String));
  first.child.kill('SIGTERM');
  expect(await exitOf(first.child)).toBe(0);
});

test.each(['SIGTERM', 'SIGINT', 'SIGHUP'] as const)('%s stops node and PostgreSQL together', async (signal) => {
  const server = await start();
  const postgres = postmasterPid()!;
  server.child.kill(signal);
  expect(await exitOf(server.child)).toBe(0);
  await until(() => !isAlive(postgres), 5, `PostgreSQL ${postgres} outlived its Goodlink`);
  expect(server.output()).toContain('"msg":"stopped"');
});
