/**
 * Debian's Chromium driven by playwright-core, as its headless shell (the package
 * chromium-headless-shell): the same Blink and V8 as the browser, without the browser's own
 * windows and pages, and what Playwright itself runs headless tests in. The journeys took
 * 106 to 116 processor-seconds in it against 130 to 134 in the full browser. CHROMIUM_PATH
 * runs them in another Chromium. Without one the journeys are skipped loudly, unless
 * REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { type Browser, type Page, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(
      `REQUIRE_BROWSER=1 but no Chromium at ${CHROMIUM}: install Debian's chromium-headless-shell package.`,
    );
  }
  console.warn(
    `\n*** SKIPPING browser journeys: no Chromium at ${CHROMIUM} (apt-get install chromium-headless-shell). ***\n`,
  );
  return false;
}

const CHROMIUM_OPTIONS = {
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    // The compositor, which draws in software without a GPU, runs as a thread of the browser
    // process instead of a process of its own: 3 processor-seconds less across the journeys.
    '--in-process-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Pages of different origins may share a renderer process: the journeys visit only the
    // app under test, one origin per journey, and each of its windows is a browser context of
    // its own. 31 or 32 Chromium processes across the journeys instead of 56, and 58.9 to
    // 60.6 processor-seconds in Chromium instead of 62.0 to 68.9.
    '--disable-site-isolation-trials',
    // V8 in the pages without its own compiler and garbage-collector threads, as in the test
    // workers (vitest.config.ts): on two cores they only compete with the pages' main threads.
    // Three runs of the journeys, taking turns: 126-136 processor-seconds in all against
    // 135-150. And without its optimising compiler TurboFan (Maglev is the highest tier): a
    // page of the journeys lives seconds, too short for TurboFan's compilations, which without
    // threads run on the page's main thread, to pay for themselves. Four pairs of runs, taking
    // turns: 131.5, 114.2, 118.3 and 144.3 processor-seconds against 134.3, 135.3, 164.8 and
    // 147.4. What a page does is the same in every tier.
    '--js-flags=--single-threaded --max-opt=2',
  ],
};

/** A Chromium of its own, driven from this process (also for scripts/screenshots.ts). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(CHROMIUM_OPTIONS);
}

let fileBrowser: Promise<Browser> | undefined;

/**
 * The Chromium of this test file's journeys, started at the first journey; each journey works
 * in contexts of its own and closes them (journey.ts), and the file closes the browser when
 * its journeys are done (closeJourneyBrowser). The two journey files each drive a Chromium
 * from their own worker: one Chromium shared through Playwright's browser server relayed every
 * protocol message through vitest's main process, and the journeys took about a tenth more
 * processor time (221 to 232 processor-seconds against 186 to 217).
 */
export function journeyBrowser(): Promise<Browser> {
  fileBrowser ??= launchBrowser();
  return fileBrowser;
}

export async function closeJourneyBrowser(): Promise<void> {
  const browser = fileBrowser;
  fileBrowser = undefined;
  await (await browser)?.close();
}

/** The rules every page must pass: WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * axe-core as its package ships it minified: 0.65 MB, where `axe.source` is 1.48 MB. Each
 * document a journey checks gets it through the browser's protocol (76 a run), and sending and
 * running it took 40 to 55 ms instead of 65 to 76.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe-core in the page and returns readable lines, one per violation and element. axe is
 * put into the page once per document load and run there directly: the pages have no frames,
 * and the Playwright wrapper's run across frames opened a blank page to combine its results,
 * which made every check take about a second.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
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
