import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * The real thing for end-to-end tests: the built server (packages/server/dist) on a free port, with its own
 * embedded PostgreSQL and the demo data, serving the built dashboard (packages/web/dist); and Debian's Chromium
 * driven by playwright-core. `npm test` builds both before the tests run.
 */

const WEB = path.resolve(__dirname, '../..');
const SERVER_MAIN = path.resolve(WEB, '../server/dist/main.js');
export const SCREENSHOTS = path.join(WEB, 'e2e-screenshots');
export const ADMIN = { email: 'admin@goodlink.test', password: 'an admin password for tests' };

export interface Goodlink {
  url: string;
  stop(): Promise<void>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startGoodlink(): Promise<Goodlink> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'goodlink-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      GOODLINK_DATA_DIR: dataDir,
      GOODLINK_WEB_DIR: path.join(WEB, 'dist'),
      GOODLINK_SEED_DEMO_DATA: 'true',
      GOODLINK_ADMIN_EMAIL: ADMIN.email,
      GOODLINK_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      // Rate limiting stays on (it runs on every request) with ceilings no test run reaches from 127.0.0.1.
      GOODLINK_RATE_LIMIT_ANONYMOUS: '100000',
      GOODLINK_RATE_LIMIT_SESSION: '100000',
      // Webhooks may reach a receiver the test runs on this machine.
      GOODLINK_WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
      GOODLINK_WEBHOOK_POLL_SECONDS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Goodlink exited during start-up:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Goodlink did not become healthy in 90 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Running as root in CI containers: Chromium's sandbox needs user namespaces it may not have.
    args: ['--no-sandbox'],
  });
}

/** A browser context in one language (as a returning visitor who chose it), at a phone's or a desk's width. */
export async function newContext(
  browser: Browser,
  language: Language,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: language, acceptDownloads: true });
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('goodlink.language')) localStorage.setItem('goodlink.language', lang);
  }, language);
  return context;
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; html: string }>;
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Colours measured mid-transition (a button turning from primary to default) are neither one nor the other.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations: AxeViolation[] = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Every message key of the dashboard ("home.title", "enum.CauseArea.OTHER", …), read from the message files. */
export function messageKeys(): Set<string> {
  const keys = new Set<string>();
  const walk = (prefix: string, value: unknown) => {
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(`${prefix}.${key}`, child);
    } else keys.add(prefix);
  };
  for (const language of LANGUAGES) {
    const dir = path.join(WEB, 'src/i18n', language);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    }
  }
  return keys;
}

/** Message keys that show on the page as themselves: a t() call whose key has no message. */
export async function visibleMessageKeys(page: Page, keys = messageKeys()): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const candidates = text.match(/\b[a-z][A-Za-z]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\b/g) ?? [];
  const files = new Set([...keys].map((key) => key.split('.')[0]));
  // A key of a known file that has no message, or any known key, shown raw.
  return [...new Set(candidates.filter((c) => keys.has(c) || files.has(c.split('.')[0])))];
}

const catalogues = new Map<Language, Record<string, unknown>>();

/** The message a user sees for `key` in `language`, with {{placeholders}} filled: tests find controls by it. */
export function message(language: Language, key: string, values: Record<string, string | number> = {}): string {
  let catalogue = catalogues.get(language);
  if (!catalogue) {
    const dir = path.join(WEB, 'src/i18n', language);
    catalogue = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(dir, f), 'utf8'))]),
    );
    catalogues.set(language, catalogue);
  }
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
  if (typeof text !== 'string') throw new Error(`no message ${key} in ${language}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
