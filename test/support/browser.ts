/**
 * Debian's Chromium driven by playwright-core. Without Chromium the journeys are skipped
 * loudly, unless REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserServer, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(
      `REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM}: install Debian's chromium package.`,
    );
  }
  console.warn(
    `\n*** SKIPPING browser journeys: no Chromium at ${CHROMIUM} (apt-get install chromium). ***\n`,
  );
  return false;
}

const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** Starts one Chromium that several test files can connect to (see browser-setup.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(CHROMIUM_OPTIONS);
}

/**
 * The browser of a journey: the run's shared Chromium when the e2e project's global setup
 * started one (each journey then works in its own contexts), or a Chromium of its own.
 */
export function launchBrowser(sharedEndpoint?: string): Promise<Browser> {
  return sharedEndpoint ? chromium.connect(sharedEndpoint) : chromium.launch(CHROMIUM_OPTIONS);
}

/** WCAG 2.1 A and AA rules; returns readable lines, one per violation and element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    // Only violations are read: axe then skips collecting every element that passed.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${n.target.join(' ')}`),
  );
}
