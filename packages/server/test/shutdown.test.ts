import { spawn } from 'node:child_process';
import http, { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort } from '../src/db/embedded-postgres';
import { makeOrganization, makeUser } from './factories';
import { createTestDatabase, graphqlOver, ok, startTestServer, type TestServer } from './harness';
import { lockTable } from './table-lock';

/**
 * Stopping: new connections are refused at once, what is in flight gets the grace, and nothing waits past it —
 * neither a request stuck on a lock nor a webhook receiver that never answers. Requests are held up for real, by a
 * table lock from another session; nothing here sleeps to prove that something did not happen.
 */

const QUERY = '{ projects(first: 5) { totalCount } }';

/** One request on a connection of its own: true when the server answered, false when the connection was refused. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http
      .get(`${url}/healthz`, { agent: false }, (response) => {
        response.resume();
        resolve(true);
      })
      .on('error', () => resolve(false));
  });
}

async function until(check: () => Promise<boolean> | boolean, what: string, seconds = 20) {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Tracks whether a promise has settled, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

describe('stopping the app', () => {
  let server: TestServer;
  afterEach(() => server?.close());

  test('a request in flight finishes while new connections are refused', async () => {
    server = await startTestServer({ config: { shutdownGraceSeconds: 60 } });
    const lock = await lockTable(server.databaseUrl, 'projects');
    const inFlight = track(server.gql(QUERY));
    await lock.waiters(1);

    const stopping = track(server.stop());
    await until(async () => !(await answers(server.url)), 'new connections refused');
    expect(inFlight.settled).toBe(false);
    expect(stopping.settled).toBe(false);

    await lock.release();
    const response = await inFlight.promise;
    expect(response.status).toBe(200);
    expect(ok(response).projects.totalCount).toEqual(expect.any(Number));
    await stopping.promise;
  });

  test('a request still running when the grace is over is cut off: stopping ends within the grace', async () => {
    server = await startTestServer({ config: { shutdownGraceSeconds: 1 } });
    const lock = await lockTable(server.databaseUrl, 'projects');
    try {
      const inFlight = server.gql(QUERY).then(
        () => 'answered',
        () => 'cut off',
      );
      await lock.waiters(1);
      const started = Date.now();
      await server.stop();
      // Apollo's own default would hold on for 10 s.
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(await inFlight).toBe('cut off');
    } finally {
      await lock.release();
    }
  });

  test('a webhook delivery still running when the grace is over goes back to the queue and is delivered later', async () => {
    // A receiver that holds the first request open and answers every later one.
    let held: ServerResponse | null = null;
    let received = 0;
    const receiver = createServer((request: IncomingMessage, response: ServerResponse) => {
      request.resume();
      received += 1;
      if (received === 1) held = response;
      else response.writeHead(200).end();
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const webhooks = {
      allowedHosts: ['127.0.0.1'],
      pollSeconds: 1,
      retryLimit: 3,
      retryDelaySeconds: 1,
      // Far longer than the grace: the attempt is still waiting for the receiver when stopping begins.
      timeoutSeconds: 60,
      disableAfterFailures: 5,
      concurrency: 1,
    };
    try {
      server = await startTestServer({ config: { webhooks, shutdownGraceSeconds: 1 } });
      const owner = await makeUser(server.dataSource);
      const organization = await makeOrganization(server.dataSource, { owner: owner.user, verified: true });
      const { createWebhook } = ok(
        await server.gql(
          'mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { webhook { id } } }',
          { i: { organizationId: organization.id, url: receiverUrl, events: ['PROJECT_PUBLISHED'] } },
          { token: owner.token },
        ),
      );
      const { testWebhook } = ok(
        await server.gql(
          'mutation($i: TestWebhookInput!) { testWebhook(input: $i) { delivery { id } } }',
          { i: { webhookId: createWebhook.webhook.id } },
          { token: owner.token },
        ),
      );
      const deliveryId: string = testWebhook.delivery.id;
      await until(() => held !== null, 'the receiver got the delivery');

      const started = Date.now();
      await server.stop();
      // pg-boss would otherwise wait for the attempt (60 s here).
      expect(Date.now() - started).toBeLessThan(5_000);
      // Handed back: not recorded as an attempt, and free to be queued again.
      const [row] = await server.dataSource.query(
        'SELECT status, attempts, job_id FROM webhook_deliveries WHERE id = $1',
        [deliveryId],
      );
      expect(row).toEqual({ status: 'PENDING', attempts: 0, job_id: null });

      // The next server on the database takes the job up again.
      const next = await startTestServer({ databaseUrl: server.databaseUrl, config: { webhooks } });
      try {
        await until(async () => {
          const [row] = await next.dataSource.query('SELECT status FROM webhook_deliveries WHERE id = $1', [
            deliveryId,
          ]);
          return row.status === 'DELIVERED';
        }, 'the delivery went out from the next server');
        const [row] = await next.dataSource.query('SELECT attempts FROM webhook_deliveries WHERE id = $1', [
          deliveryId,
        ]);
        expect(row.attempts).toBe(1);
        expect(received).toBe(2);
      } finally {
        await next.close();
      }
    } finally {
      (held as ServerResponse | null)?.destroy();
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

test('the process on SIGTERM exits 0 within its grace and leaves no statement of its own running in the database', async () => {
  const databaseUrl = await createTestDatabase();
  const port = await freePort();
  const child = spawn(process.execPath, [path.resolve(__dirname, '../dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      GOODLINK_SEED_DEMO_DATA: 'false',
      GOODLINK_SHUTDOWN_GRACE_SECONDS: '1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const lock = await lockTable(databaseUrl, 'projects');
  try {
    await until(async () => child.exitCode === null && (await answers(url)), `the server started:\n${output}`, 60);
    const inFlight = graphqlOver(url)(QUERY).catch(() => 'cut off');
    await lock.waiters(1);

    const started = Date.now();
    child.kill('SIGTERM');
    // The stuck statement would otherwise hold the pool open until its statement timeout (15 s).
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(6_000);
    expect(await inFlight).toBe('cut off');
    // Cancelled, not left waiting on the lock until its statement timeout (15 s) with no one to answer.
    await until(async () => (await lock.waiting()) === 0, 'the stuck statement cancelled', 3);
    expect(output).toContain('cancelled statements still running after the shutdown grace');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await lock.release();
  }
}, 90_000);
