import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const pg = (globalThis as Record<string, unknown>).__goodlinkTestPostgres as
    { stop: () => Promise<void>; dir: string } | undefined;
  if (!pg) return;
  await pg.stop();
  await rm(pg.dir, { recursive: true, force: true });
}
