/**
 * Debian's Chromium driven by playwright-core. Without Chromium the journeys are skipped
 * loudly, unless REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import axe from 'axe-core';
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

/** The rules every page must pass: WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core in the page and returns readable lines, one per violation and element. axe is
 * put into the page once per document load and run there directly: the pages have no frames,
 * and the Playwright wrapper's run across frames opened a blank page to combine its results,
 * which made every check take about a second.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const { axe: inPage } = window as unknown as { axe: typeof axe };
    // Only violations are read: axe then skips collecting every element that passed.
    const result = await inPage.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  return violations.flatMap((v) =>
    v.targets.map((target) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${target}`),
  );
}
