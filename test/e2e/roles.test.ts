/**
 * Journey: every demo account logs in, sees the home page of its role, and logs out; the
 * administrator visits the management pages. axe reports nothing on any page visited.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_LABELS } from '../../src/domain/roles.ts';
import { WEB_DIST, buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import type { App } from '../../src/server/platform/http.ts';
import { axeViolations, browserAvailable, launchBrowser } from '../support/browser.ts';
import { openTestDatabase } from '../support/test-app.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('each demo role in the browser', () => {
  let app: App;
  let drop: () => Promise<void>;
  let browser: Browser;
  let base: string;
  const visited = new Map<string, string[]>();

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIST, 'index.html'))) {
      throw new Error('dist/web is missing: run `npm run build` (npm test does this first).');
    }
    const db = await openTestDatabase();
    drop = db.drop;
    app = await buildApp({
      db: db.handle.db,
      databaseKind: db.handle.kind,
      config: loadConfig({}),
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await drop?.();
  });

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    return { context, page: await context.newPage() };
  }

  /** Checks the page as every page must be: one h1, lang="nl", and nothing for axe. */
  async function checkPage(page: Page, label: string) {
    await page.locator('h1').first().waitFor();
    expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const violations = await axeViolations(page);
    visited.set(label, violations);
    expect(violations, `${label}: axe`).toEqual([]);
  }

  async function logIn(page: Page, email: string, password = 'samenredzaam-demo') {
    await page.goto(`${base}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  }

  it('shows the public landing page with the neighbourhoods and the demo banner', async () => {
    const { context, page } = await newPage();
    await page.goto(base);
    await checkPage(page, 'landing');
    await expect
      .poll(() => page.getByText('Gemeente Maastricht (demo)').first().isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('demonstratieomgeving').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Binnenstad').first().isVisible()).toBe(true);
    await context.close();
  });

  it('explains a wrong password on the login page', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/inloggen`);
    await checkPage(page, 'login');
    await logIn(page, 'admin@demo.example', 'verkeerd-wachtwoord');
    await expect
      .poll(() =>
        page.getByText('Het e-mailadres of het wachtwoord klopt niet.').first().isVisible(),
      )
      .toBe(true);
    await checkPage(page, 'login with error');
    await context.close();
  });

  it('shows field errors next to the fields and summarised on top', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByText('Vul uw e-mailadres in.').count())
      .toBeGreaterThanOrEqual(2);
    await checkPage(page, 'login with field errors');
    await context.close();
  });

  for (const role of ROLE_CODES) {
    it(`lets ${role}@demo.example log in, see the home page for that role, and log out`, async () => {
      const { context, page } = await newPage();
      await logIn(page, `${role}@demo.example`);
      await page.getByRole('heading', { level: 2, name: ROLE_LABELS[role] }).waitFor();
      await checkPage(page, `home ${role}`);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByLabel('E-mailadres').waitFor();
      await context.close();
    });
  }

  it('lets the administrator manage users, organisations and read the audit log', async () => {
    const { context, page } = await newPage();
    await logIn(page, 'admin@demo.example');
    await page.getByRole('heading', { level: 2, name: ROLE_LABELS.admin }).waitFor();

    await page.goto(`${base}/beheer/gebruikers`);
    await page.getByText('policy_officer@demo.example').first().waitFor();
    await checkPage(page, 'users');

    await page.goto(`${base}/beheer/organisaties`);
    await page.getByText('Stichting Huiskamer De Lindeboom').first().waitFor();
    await checkPage(page, 'organisations');

    await page.goto(`${base}/beheer/audit`);
    await page.getByText('demo.load').first().waitFor();
    await checkPage(page, 'audit');
    await context.close();
  });

  it('answers an unknown page with a Dutch not-found page', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/bestaat/niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await checkPage(page, 'not found');
    await context.close();
  });
});
