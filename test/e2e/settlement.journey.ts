/**
 * Journey: the policy officer settles a grant and issues the letter. Trefpunt's report of 2025
 * is in (set up in the database); on Monday 7 December 2026 the policy officer opens the
 * grant's settlement page, sees the figures and the budget, proposes € 12,000.00 and sees the
 * reclaim of € 833.26 come out, is asked for the reasons, gives them, and issues the letter
 * from the settlements page; the letter then reads the reclaim and its last day. Finance finds
 * the reclaim on the home page and in its list. axe reports nothing on any page visited.
 */
import { eq } from 'drizzle-orm';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants } from '../../src/server/platform/db/schema.ts';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();

/** A locator's text with the non-breaking space of euro amounts as a plain space. */
const textOf = async (locator: Locator) => (await locator.textContent())!.replaceAll('\u00a0', ' ');

describe.runIf(hasBrowser)('settling a grant in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({
      clock: () => new Date('2026-12-07T10:00:00Z'),
      // The accountability report is another part of the product: here it is simply in.
      prepare: async (db) => {
        await db
          .update(grants)
          .set({ status: 'report_submitted' })
          .where(eq(grants.reference, 'SB-2025-0002'));
      },
    });
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function newPage(): Promise<Page> {
    return (await journey.openWindow()).page;
  }

  it('the policy officer settles it and issues the letter', async () => {
    const { base } = journey;
    const page = await newPage();
    await logIn(page, base, 'policy_officer@demo.example', '/subsidies');
    await page.getByRole('link', { name: 'SB-2025-0002' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0002' }).waitFor();
    await page.getByRole('link', { name: 'Vaststelling en terugvordering' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Vaststelling van subsidie SB-2025-0002' })
      .waitFor();
    const figures = page.getByRole('table', {
      name: 'Verleend, betaald en vastgesteld naast elkaar',
    });
    expect(await textOf(figures)).toContain('€ 12.833,26');
    await page.getByRole('table', { name: '2 begrotingsregels' }).waitFor();
    await checkPage(page, 'settlement review');

    await page.getByLabel('Vast te stellen bedrag (€)').fill('12.000,00');
    await page.getByText('Terugvordering € 833,26').waitFor();
    await page.getByRole('button', { name: 'Voorstel opslaan' }).click();
    await page
      .getByText(/Het vastgestelde bedrag is lager dan verleend: vul de redenen in/)
      .first()
      .waitFor();
    await checkPage(page, 'settlement form with errors');
    await page
      .getByLabel('Redenen')
      .fill(
        'De huiskamer was in juli en augustus gesloten; de huur van die maanden is niet betaald.',
      );
    await page.getByRole('button', { name: 'Voorstel opslaan' }).click();
    await page.getByText('Het voorstel is opgeslagen.').waitFor();

    await page.getByRole('link', { name: 'Naar de vaststellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vaststellingen' }).waitFor();
    const proposed = page.getByRole('table', { name: '1 voorgestelde vaststelling' });
    expect(await textOf(proposed)).toContain('Terugvordering € 833,26');
    await checkPage(page, 'settlements to issue');
    await page.getByRole('button', { name: '1 beschikking verzenden' }).click();
    await page.getByRole('dialog', { name: 'Vaststellingsbeschikkingen verzenden?' }).waitFor();
    await page.getByRole('button', { name: 'Verzenden', exact: true }).click();
    await page.getByText('De beschikking is verzonden.').waitFor(POLL);
    await page
      .getByText('Er zijn geen voorgestelde vaststellingen die nog verzonden moeten worden.')
      .waitFor(POLL);
    await checkPage(page, 'settlements issued');

    await page.goto(`${base}/subsidies`);
    await page.getByRole('link', { name: 'SB-2025-0002' }).click();
    await page.getByRole('link', { name: 'Vaststelling en terugvordering' }).click();
    const letter = page.getByRole('article', { name: 'Vaststellingsbeschikking' });
    await letter.waitFor();
    const text = await textOf(letter);
    expect(text).toContain('Wij stellen de subsidie SB-2025-0002 vast op € 12.000,00.');
    expect(text).toContain('Terug te betalen: € 833,26');
    // Sent Monday 7 December 2026: six weeks is Monday 18 January 2027.
    expect(text).toContain('uiterlijk op 18 januari 2027');
    await page.getByRole('link', { name: 'Beschikking VS-2026-0001 downloaden (PDF)' }).waitFor();
    await checkPage(page, 'settlement letter');

    const finance = await newPage();
    await logIn(finance, base, 'finance@demo.example');
    await finance
      .getByRole('link', { name: /1 terugvordering staat open \(samen € 833,26\)/ })
      .click();
    await finance.getByRole('heading', { level: 1, name: 'Terugvorderingen' }).waitFor();
    const reclaims = finance.getByRole('table', { name: '1 terugvordering' });
    expect(await reclaims.textContent()).toContain('VS-2026-0001');
    await checkPage(finance, 'reclaims');
  });
});
