/**
 * What every browser journey needs: the real app on a free port over a fresh test database
 * (with the built web app), Chromium, logging in as a demo account, and the check every page
 * must pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { expect } from 'vitest';
import { WEB_DIST, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import type { App } from '../../src/server/platform/http.ts';
import { axeViolations, journeyBrowser } from './browser.ts';
import { DEMO_PASSWORD, openTestDatabase } from './test-app.ts';
import { usableDemoCode } from './two-factor.ts';

/** How long a journey waits for the page to show what it expects. */
export const POLL = { timeout: 15_000 };

export interface Journey {
  app: App;
  db: Database;
  browser: Browser;
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base: string;
  close: () => Promise<void>;
}

/** The app behind each journey's address, for the second step of logging in. */
const appsByBase = new Map<string, App>();

export async function startJourney(
  options: {
    /** Environment for loadConfig. */
    env?: Record<string, string>;
    clock?: () => Date;
    /** Runs on the database before the app starts. */
    prepare?: (db: Database) => Promise<void>;
  } = {},
): Promise<Journey> {
  if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
    throw new Error('dist/web is missing: run `npm run build` (npm test does this first).');
  }
  const { handle, drop } = await openTestDatabase();
  await options.prepare?.(handle.db);
  const app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config: loadConfig(options.env ?? {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await journeyBrowser();
  appsByBase.set(base, app);
  return {
    app,
    db: handle.db,
    browser,
    base,
    close: async () => {
      appsByBase.delete(base);
      await Promise.all(browser.contexts().map((context) => context.close()));
      await app.close();
      await drop();
    },
  };
}

/** The demo accounts whose role requires a second factor (their secret is the demo's). */
const WITH_SECOND_FACTOR = new Set(['admin@demo.example', 'wmo_analyst@demo.example']);

/** A code the journey's app at `base` takes now for this demo account (two-factor.ts). */
function demoCodeAt(base: string, email: string): Promise<string> {
  const app = appsByBase.get(base);
  if (!app) throw new Error(`no journey runs at ${base}`);
  return usableDemoCode(app, email);
}

/**
 * Fills in the login form and sends it; whether that succeeds is for the caller to see. The
 * demo's administrator and Wmo analyst then give their app's code, as a visitor would.
 */
export async function submitLogIn(
  page: Page,
  base: string,
  email: string,
  password = DEMO_PASSWORD,
) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (!WITH_SECOND_FACTOR.has(email) || password !== DEMO_PASSWORD) return;
  const code = page.getByLabel('Code uit uw authenticator-app');
  await code.waitFor();
  await code.fill(await demoCodeAt(base, email));
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Logs in as a demo account and opens `path` (the home page unless given). The journeys that
 * use this are about what comes after logging in, so the browser logs in through the same
 * endpoints the login page calls (password, and the app's code for the accounts with a
 * second factor) instead of loading and filling in that page each time: a new browser
 * context's first page load is most of Chromium's work in a journey. The login page itself,
 * with its second step and its errors, is the subject of roles.journey.ts (submitLogIn).
 */
export async function logIn(page: Page, base: string, email: string, path = '/') {
  const login = await page.request.post(`${base}/api/auth/login`, {
    data: { email, password: DEMO_PASSWORD },
  });
  if (!login.ok()) throw new Error(`login ${email}: ${login.status()} ${await login.text()}`);
  const { pendingStep, csrfToken } = (await login.json()) as {
    pendingStep?: string;
    csrfToken: string;
  };
  if (pendingStep === 'two_factor') {
    const verify = await page.request.post(`${base}/api/auth/two-factor/verify`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { code: await demoCodeAt(base, email) },
    });
    if (!verify.ok()) throw new Error(`second step ${email}: ${verify.status()}`);
  } else if (pendingStep !== undefined) {
    throw new Error(`login ${email} waits for ${pendingStep}`);
  }
  await page.goto(`${base}${path}`);
  await page.locator('h1').first().waitFor();
}

/**
 * What every page must be, once it has loaded: one h1, lang="nl", none of the `absent`
 * texts anywhere in it, and nothing for axe (WCAG 2.1 A and AA).
 */
export async function checkPage(page: Page, label: string, absent: string[] = []) {
  await page.locator('h1').first().waitFor();
  await expect
    .poll(() => page.getByText(/wordt geladen…$|^Bezig met laden…$/).count(), POLL)
    .toBe(0);
  expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
  expect(await page.getAttribute('html', 'lang')).toBe('nl');
  if (absent.length > 0) {
    const content = await page.content();
    for (const text of absent) expect(content, `${label}: "${text}" shown`).not.toContain(text);
  }
  expect(await axeViolations(page), `${label}: axe`).toEqual([]);
}

/** The bytes of a download; read as a stream, since the journeys share a browser over a socket. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
