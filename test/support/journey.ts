/**
 * What every browser journey needs: the real app on a free port over a fresh test database
 * (with the built web app), Chromium, logging in as a demo account, and the check every page
 * must pass.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Download,
  Page,
} from 'playwright-core';
import { expect, onTestFinished } from 'vitest';
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
  /** The app's address, e.g. http://127.0.0.1:41234 */
  base: string;
  /** A browser window for one visitor of this journey (see openWindow). */
  openWindow: (options?: WindowOptions) => Promise<BrowserWindow>;
  close: () => Promise<void>;
}

/** How a visitor's window differs from a desktop one; every window is Dutch, in Amsterdam. */
export type WindowOptions = Omit<BrowserContextOptions, 'locale' | 'timezoneId'>;

export interface BrowserWindow {
  context: BrowserContext;
  page: Page;
  /** The visitor is done: another may use the window (done at the end of the test at the latest). */
  leave: () => Promise<void>;
}

interface PooledWindow {
  context: BrowserContext;
  page: Page;
  key: string;
  viewport: { width: number; height: number } | null;
  scripts: boolean;
}

/** The windows no visitor uses, per browser and per kind of window (WindowOptions as JSON). */
const freeWindows = new WeakMap<Browser, Map<string, PooledWindow[]>>();

/**
 * A window for a visitor: a page in a browser context of its own, without cookies, either new
 * or one an earlier visitor left. A window is used again because a new page starts a renderer
 * process of its own, about two thirds of the processor time of a visitor's first page in
 * Chromium (460 against 150 ms for loading the login page again); what one visitor leaves
 * behind that another could see (cookies, permissions, other pages, listeners, routes, the
 * window size) is cleared. The app keeps nothing in the browser's storage.
 */
async function takeWindow(browser: Browser, options: WindowOptions): Promise<PooledWindow> {
  const key = JSON.stringify(options);
  const free = freeWindows.get(browser)?.get(key) ?? [];
  for (let window = free.pop(); window; window = free.pop()) {
    if (window.page.isClosed()) continue;
    // The page of the last visitor may still have asked its app for something meanwhile.
    await window.context.clearCookies();
    return window;
  }
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    ...options,
  });
  const page = await context.newPage();
  return {
    context,
    page,
    key,
    viewport: page.viewportSize(),
    scripts: options.javaScriptEnabled !== false,
  };
}

async function returnWindow(browser: Browser, window: PooledWindow): Promise<void> {
  const { context, page, viewport } = window;
  // A form left with changes would hold up the next visitor's first page ("leave this
  // page?"); such a window is not used again.
  if (page.isClosed() || (window.scripts && (await leavingIsHeldUp(page)))) {
    await context.close();
    return;
  }
  await Promise.all(
    context
      .pages()
      .filter((other) => other !== page)
      .map((other) => other.close()),
  );
  page.removeAllListeners();
  context.removeAllListeners();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.clearCookies();
  await context.clearPermissions();
  const size = page.viewportSize();
  if (viewport && (size?.width !== viewport.width || size.height !== viewport.height)) {
    await page.setViewportSize(viewport);
  }
  let byKey = freeWindows.get(browser);
  if (!byKey) freeWindows.set(browser, (byKey = new Map()));
  let free = byKey.get(window.key);
  if (!free) byKey.set(window.key, (free = []));
  free.push(window);
}

/** Whether the page asks before it is left (a beforeunload handler that cancels). */
function leavingIsHeldUp(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const event = new Event('beforeunload', { cancelable: true });
    return !window.dispatchEvent(event);
  });
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
  const inUse = new Set<PooledWindow>();
  const leave = async (window: PooledWindow) => {
    if (!inUse.delete(window)) return;
    await returnWindow(browser, window);
  };
  return {
    app,
    db: handle.db,
    base,
    openWindow: async (options = {}) => {
      const window = await takeWindow(browser, options);
      inUse.add(window);
      // A window opened in a test is left when that test ends, at the latest.
      if (expect.getState().currentTestName !== undefined) onTestFinished(() => leave(window));
      return { context: window.context, page: window.page, leave: () => leave(window) };
    },
    close: async () => {
      appsByBase.delete(base);
      for (const window of [...inUse]) await leave(window);
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

/**
 * Waits, as a person does, until a form has taken in the corrections made after its errors
 * were shown: the error summary on top goes once nothing is wrong, and everything below it,
 * the send button too, moves up. A click while that happens could press the button and
 * release it beside it, which sends nothing.
 */
export async function correctionsTakenIn(page: Page) {
  await expect
    .poll(() => page.getByRole('group', { name: 'Er is iets niet goed ingevuld' }).count(), POLL)
    .toBe(0);
}

/** The bytes of a download; read as a stream, since the journeys share a browser over a socket. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
