/**
 * The accessibility check every journey relies on (checkPage in test/support/journey.ts) finds
 * what it must: a page with an image without a text alternative, a field without a label and
 * low contrast gets exactly those violations, before and after a script changes the page, and
 * a page that has none gets an empty list.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, browserAvailable, journeyBrowser } from '../support/browser.ts';

const hasBrowser = browserAvailable();

const CLEAN = `<!doctype html><html lang="nl"><head><title>Proef</title></head><body>
<main><h1>Proef</h1><p>Een pagina zonder fouten.</p>
<label for="naam">Naam</label><input id="naam"></main></body></html>`;

const FLAWED = `<!doctype html><html lang="nl"><head><title>Proef</title></head><body>
<main><h1>Proef</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<input id="zonder-label"><p style="color:#bbb;background:#fff">Lichtgrijze tekst</p></main>
</body></html>`;

describe.runIf(hasBrowser)('the accessibility check of the journeys', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await (await journeyBrowser()).newContext();
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  const ruleIds = (lines: string[]) => [...new Set(lines.map((line) => line.split(' ')[0]))].sort();

  it('reports nothing on a page without violations', async () => {
    await page.setContent(CLEAN);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reports a missing alternative text, a missing label and too little contrast', async () => {
    await page.setContent(FLAWED);
    expect(ruleIds(await axeViolations(page))).toEqual(['color-contrast', 'image-alt', 'label']);
  });

  it('checks the page as it is now, also after a script changed it without a new load', async () => {
    await page.setContent(CLEAN);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')!.append(image);
    });
    expect(await axeViolations(page)).toEqual([
      'image-alt (critical): Images must have alternative text at img',
    ]);
  });
});
