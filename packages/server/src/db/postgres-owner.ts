import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

const run = promisify(execFile);

/**
 * Who owns an embedded PostgreSQL: the Goodlink that started it, and nobody after it. Three pieces:
 *
 * - `goodlink.pid` in the data folder names the live owner, so a second Goodlink on the same folder is refused
 *   with the first one's pid instead of failing inside PostgreSQL;
 * - a PostgreSQL left running by an owner that died (`kill -9`, a closed terminal) is stopped on the next start —
 *   fast shutdown, then immediate — and started again, saying so; WAL replay stays PostgreSQL's job;
 * - a watchdog, a small detached process holding a pipe from its owner, stops PostgreSQL when that pipe closes:
 *   the owner died without stopping it, so a killed Goodlink leaves no PostgreSQL behind for more than a moment.
 */

const OWNER_FILE = 'goodlink.pid';

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A process's command line: from /proc (Linux), else from `ps` (macOS, BSD); null when neither tells. */
async function commandLine(pid: number): Promise<string | null> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replaceAll('\0', ' ');
  } catch {
    try {
      const { stdout } = await run('ps', ['-p', String(pid), '-o', 'command=']);
      return stdout.trim() || null;
    } catch {
      return null;
    }
  }
}

async function pidIn(file: string): Promise<number | null> {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt((await readFile(file, 'utf8')).split('\n')[0]!.trim(), 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
}

export class DataFolderInUse extends Error {}

/** Claims the data folder for this process, or refuses when another live Goodlink holds it. */
export async function claimDataFolder(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, OWNER_FILE);
  const owner = await pidIn(file);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    const command = await commandLine(owner);
    // A pid reused by something that is not Node is not a Goodlink.
    if (command === null || /node/.test(command)) {
      throw new DataFolderInUse(
        `Another Goodlink (pid ${owner}) is running on ${dataDir}: stop it, or set GOODLINK_DATA_DIR to another folder.`,
      );
    }
  }
  await writeFile(file, `${process.pid}\n`);
  return async () => {
    if ((await pidIn(file)) === process.pid) await rm(file, { force: true });
  };
}

async function exited(pid: number, seconds: number): Promise<boolean> {
  const deadline = Date.now() + seconds * 1000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * Before starting PostgreSQL on `clusterDir`: stops one still running there from a Goodlink that is gone (the
 * caller holds the folder, so no live Goodlink owns it), and clears a lock file whose pid is now someone else's.
 */
export async function stopLeftoverPostgres(clusterDir: string, logger: Pick<Logger, 'warn'>): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  const pid = await pidIn(lockFile);
  if (pid === null || !isAlive(pid)) return;
  const command = await commandLine(pid);
  // Nothing is signalled that is not known to be a PostgreSQL: left alone, PostgreSQL refuses with its own message.
  if (command === null) return;
  if (!/postgres/.test(command)) {
    logger.warn({ pid, lockFile }, 'removing a PostgreSQL lock file whose process is gone (its pid is reused)');
    await rm(lockFile, { force: true });
    return;
  }
  logger.warn({ pid, lockFile }, 'stopping the PostgreSQL a Goodlink that did not stop left running on this folder');
  process.kill(pid, 'SIGINT'); // fast shutdown: no new connections, running ones rolled back, a clean checkpoint
  if (await exited(pid, 15)) return;
  logger.warn({ pid }, 'PostgreSQL did not stop in 15 s: immediate shutdown (it replays its WAL on the next start)');
  process.kill(pid, 'SIGQUIT');
  if (await exited(pid, 10)) return;
  throw new Error(`A PostgreSQL (pid ${pid}) left running on ${clusterDir} does not stop; stop it (kill ${pid}).`);
}

/**
 * The watchdog, run by `node -e`: when the pipe from its owner closes without a word, the owner is gone, and the
 * PostgreSQL it started (pid in argv) is stopped — fast, then immediate. `disarm` on the pipe: a normal stop.
 */
const WATCHDOG = `
const pid = Number(process.argv[1]);
let disarmed = false;
const alive = () => { try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; } };
process.stdin.on('data', (chunk) => { if (String(chunk).includes('disarm')) disarmed = true; });
process.stdin.on('close', () => {
  if (disarmed || !alive()) process.exit(0);
  try { process.kill(pid, 'SIGINT'); } catch {}
  const started = Date.now();
  const poll = setInterval(() => {
    if (!alive()) process.exit(0);
    if (Date.now() - started > 15000) { try { process.kill(pid, 'SIGQUIT'); } catch {} process.exit(0); }
  }, 100);
});
process.stdin.resume();
`;

export interface Watchdog {
  pid: number;
  /** A normal stop: the owner stops PostgreSQL itself. */
  disarm(): void;
}

/** Starts the watchdog of the PostgreSQL whose pid `postmaster.pid` in `clusterDir` names. */
export async function watchPostgres(clusterDir: string): Promise<Watchdog | null> {
  const pid = await pidIn(path.join(clusterDir, 'postmaster.pid'));
  if (pid === null) return null;
  const child = spawn(process.execPath, ['-e', WATCHDOG, String(pid)], {
    detached: true, // its own process group: a signal to ours (Ctrl-C, a closed terminal) does not reach it
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  child.unref();
  // The pipe must not keep this process alive either; it closes when this process ends, however it ends.
  (child.stdin as net.Socket).unref();
  return {
    pid: child.pid!,
    disarm: () => {
      child.stdin!.end('disarm\n');
    },
  };
}
