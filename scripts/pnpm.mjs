#!/usr/bin/env node
// Runs the pnpm version pinned in package.json's `packageManager`, fetching it through npx when the
// machine has no matching pnpm: a fresh machine needs nothing beyond Node and npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const wanted = packageManager.replace(/^pnpm@/, '').split('+')[0];
const args = process.argv.slice(2);
const shell = process.platform === 'win32';

const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell });
const command =
  local.status === 0 && local.stdout.trim() === wanted ? ['pnpm', args] : ['npx', ['-y', `pnpm@${wanted}`, ...args]];
const run = spawnSync(command[0], command[1], { stdio: 'inherit', shell, cwd: new URL('.', root).pathname });
process.exit(run.status ?? 1);
