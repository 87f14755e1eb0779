import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * The real Goodlink for the client's tests: the built server (packages/server/dist, which the root `npm test`
 * builds first) on a free port, with its own embedded PostgreSQL in a fresh folder and the demo data.
 */

const SERVER_MAIN = path.resolve(__dirname, '../../server/dist/main.js');
export const ADMIN = { email: 'admin@client-tests.goodlink.test', password: 'an admin password for client tests' };

export interface Goodlink {
  /** The GraphQL endpoint. */
  url: string;
  /**
   * A GraphQL request with plain fetch, independent of the client under test: what the tests compare the client's
   * answers with. Fails on any error.
   */
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const START_TIMEOUT_MS = 90_000;

/** `env` adds to or overrides the server's settings (e.g. a tiny rate limit). */
export async function startGoodlink(env: Record<string, string> = {}): Promise<Goodlink> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'goodlink-client-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      GOODLINK_DATA_DIR: dataDir,
      GOODLINK_SEED_DEMO_DATA: 'true',
      GOODLINK_ADMIN_EMAIL: ADMIN.email,
      GOODLINK_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`Goodlink exited during start-up:\n${output.join('')}`);
    }
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`Goodlink was not healthy within ${START_TIMEOUT_MS / 1000} s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  const url = `${origin}/graphql`;
  return {
    url,
    async query<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length || body.data === undefined) {
        throw new Error(`GraphQL failed (HTTP ${response.status}): ${JSON.stringify(body.errors)}`);
      }
      return body.data;
    },
    stop,
  };
}
