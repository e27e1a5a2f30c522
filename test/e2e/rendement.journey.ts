/**
 * Journey: the policy officer opens the return on the demo with its participants, sees Het
 * Jekerpad's figure of 2026 under the note's scenario with its sum, makes a new scenario with
 * a larger share, then changes an assumption in it; each time the figure and its explanation
 * change. axe reports nothing; at 360 px wide the page does not scroll sideways.
 */
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoParticipants } from '../../src/server/demo/demo-participants.ts';
import { browserAvailable } from '../support/browser.ts';
import { checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';
import { TEMPLATE_MOMENT } from '../support/template-moment.ts';
import { TEST_PSEUDONYM_KEY } from '../support/test-app.ts';

const hasBrowser = browserAvailable();
const textOf = async (locator: Locator) => (await locator.textContent())!.replaceAll('\u00a0', ' ');

describe.runIf(hasBrowser)('the return in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({
      clock: () => new Date(TEMPLATE_MOMENT.getTime() + 3_600_000),
      prepare: (db) => loadDemoParticipants(db, TEMPLATE_MOMENT, TEST_PSEUDONYM_KEY),
    });
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('the policy officer makes a scenario, changes an assumption and sees the figure follow', async () => {
    const { base } = journey;
    const { page } = await journey.openWindow({ viewport: { width: 360, height: 800 } });
    await logIn(page, base, 'policy_officer@demo.example', '/rendement');
    await page.getByRole('heading', { level: 1, name: 'Rendement en businesscases' }).waitFor();
    await page.getByLabel('Jaar', { exact: true }).selectOption('2026');
    const row = page.getByRole('row', { name: /Dagactiviteit Het Jekerpad/ });
    await expect.poll(() => textOf(row)).toContain('€ 16.632,00');
    const sums = page.getByRole('region', { name: 'Zo is elk bedrag berekend' });
    expect(await textOf(sums)).toContain(
      '6 deelnemers × 2/3 = 4 zouden anders maatwerk krijgen (naar beneden afgerond).',
    );
    await checkPage(page, 'return under the default scenario');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );

    const create = page.getByRole('region', { name: 'Nieuw scenario' });
    await create.getByLabel('Naam van het scenario').fill('Vijf zesde');
    await create.getByLabel('Deel dat anders maatwerk zou krijgen: teller').fill('5');
    await create.getByLabel('Deel dat anders maatwerk zou krijgen: noemer').fill('6');
    await create.getByRole('button', { name: 'Scenario opslaan' }).click();
    await create.getByText('Het scenario is opgeslagen en gekozen.').waitFor();
    // 6 × 5/6 = 5 would qualify: 5 ÷ 4 × € 16.632 = € 20.790.
    await expect.poll(() => textOf(row)).toContain('€ 20.790,00');
    expect(await textOf(sums)).toContain('6 deelnemers × 5/6 = 5 zouden anders maatwerk krijgen');
    expect(
      await textOf(page.getByRole('table', { name: /Aannames van scenario “Vijf zesde”/ })),
    ).toContain('5/6');

    const edit = page.getByRole('region', { name: 'Scenario “Vijf zesde” wijzigen' });
    await edit.getByLabel('Personen per maatwerkplek', { exact: true }).fill('5');
    await edit.getByLabel('Bron: personen per maatwerkplek').fill('Telling groepen 2026');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await edit
      .getByText('De wijzigingen zijn opgeslagen; de cijfers zijn opnieuw berekend.')
      .waitFor();
    await expect.poll(() => textOf(row)).toContain('€ 16.632,00');
    expect(await textOf(sums)).toContain(
      '5 ÷ 5 personen per plek × € 16.632,00 per plek = € 16.632,00',
    );
    expect(await textOf(page.getByRole('table', { name: /Aannames van scenario/ }))).toContain(
      'Telling groepen 2026',
    );
    await checkPage(page, 'return under a changed scenario');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});
