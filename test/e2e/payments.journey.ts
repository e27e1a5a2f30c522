/**
 * Journey: finance pays the advances that are due. On 1 December 2026 the demo's December
 * terms are due: finance@demo.example sees the task, looks at the grants, prepares a run up
 * to that day (Heer stays out: no IBAN) and cannot approve it; finance2@demo.example finds it
 * on the home page, approves it, exports it and downloads the SEPA file. The policy officer
 * changes the schedule of the one grant nothing was paid of. The finance overview of 2025
 * then shows all paid but Heer's grant; finance2 approves the contribution to the Sociaal
 * Investeringsfonds that finance proposed. axe reports nothing on any page visited.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import {
  POLL,
  checkPage,
  downloadedBytes,
  logIn,
  startJourney,
  type Journey,
} from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('grants and payment runs in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => new Date('2026-12-01T10:00:00Z') });
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function newPage(): Promise<Page> {
    return (await journey.openWindow()).page;
  }

  it('goes from the terms due to an exported SEPA file, with four eyes', async () => {
    const { base } = journey;
    const page = await newPage();
    await logIn(page, base, 'finance@demo.example');
    await page
      .getByRole('link', { name: /16 voorschottermijnen vervallen .*bereid een betaalrun voor/ })
      .waitFor();
    await checkPage(page, 'finance home');

    // The grants, and one of them with its timeline and schedule.
    await page.getByRole('link', { name: 'Subsidies', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Subsidies' }).waitFor();
    await page.getByRole('table', { name: '5 subsidies' }).waitFor();
    await checkPage(page, 'grants');
    await page.getByRole('link', { name: 'SB-2025-0003' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0003' }).waitFor();
    await page.getByText(/^Bevoorschot op .* door Ruud Vroemen \(BT-2025-0001\)$/).waitFor();
    await checkPage(page, 'grant');

    await page.goto(`${base}/betalingen`);
    await page.getByRole('heading', { level: 1, name: 'Betaalruns' }).waitFor();
    await page.getByRole('table', { name: '1 betaalrun' }).waitFor();
    await checkPage(page, 'payment runs');
    await page.getByLabel('Termijnen die vervallen tot en met').fill('2026-12-01');
    await page.getByRole('button', { name: 'Betaalrun voorbereiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Betaalrun BT-2026-0001' }).waitFor();
    const payments = page.getByRole('table', { name: '4 betalingen, samen € 6.166,85' });
    await payments.waitFor();
    expect(await payments.getByRole('row').count()).toBe(1 + 4 + 1);
    expect(await payments.textContent()).toContain('NL85 INGB 0001 2345 61');
    const excluded = page.getByRole('table', { name: '1 subsidie buiten de run' });
    expect(await excluded.textContent()).toContain(
      'De organisatie heeft geen rekeningnummer (IBAN) opgegeven.',
    );
    await page.getByText(/U hebt deze run zelf voorbereid/).waitFor();
    expect(await page.getByRole('button', { name: 'Betaalrun goedkeuren' }).count()).toBe(0);
    await checkPage(page, 'prepared run, as its preparer');

    // The colleague approves and exports.
    const colleague = await newPage();
    await logIn(colleague, base, 'finance2@demo.example');
    await colleague
      .getByRole('link', { name: /Betaalrun BT-2026-0001 wacht op uw goedkeuring/ })
      .click();
    await colleague.getByRole('heading', { level: 1, name: 'Betaalrun BT-2026-0001' }).waitFor();
    await checkPage(colleague, 'prepared run, as the approver');
    await colleague.getByRole('button', { name: 'Betaalrun goedkeuren' }).click();
    await colleague.getByText('De betaalrun is goedgekeurd.').waitFor();
    await colleague.getByRole('button', { name: 'Exporteren als SEPA-bestand' }).click();
    await colleague.getByText('De betaalrun is geëxporteerd: de termijnen zijn betaald.').waitFor();
    const link = colleague.getByRole('link', { name: /SEPA-bestand BT-2026-0001 downloaden/ });
    await link.waitFor(POLL);
    await checkPage(colleague, 'exported run');
    const [download] = await Promise.all([colleague.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('BT-2026-0001.xml');
    const xml = (await downloadedBytes(download)).toString('utf8');
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"');
    expect(xml).toContain('<NbOfTxs>4</NbOfTxs>');
    expect(xml).toContain('<CtrlSum>6166.85</CtrlSum>');
    await colleague
      .getByRole('link', {
        name: /Betaalrun BT-2026-0001 voor de boekhouding downloaden \(Excel, xlsx\)/,
      })
      .waitFor();

    // The finance overview of 2025: everything granted is paid now, but Heer's € 10,000.
    await colleague.getByRole('link', { name: 'Financieel overzicht', exact: true }).click();
    await colleague.getByRole('heading', { level: 1, name: 'Financieel overzicht' }).waitFor();
    const overview = colleague.getByRole('table', {
      name: 'Financieel overzicht 2025, per categorie',
    });
    await overview.waitFor();
    const total = overview.getByRole('row', { name: /^Totaal/ });
    expect(await total.textContent()).toMatch(/€\s180\.000,00.*€\s84\.000,00.*€\s74\.000,00/);
    expect(await total.textContent()).toMatch(/€\s10\.000,00\s*46,7\s%/);
    await colleague
      .getByRole('link', { name: 'Financieel overzicht 2025 downloaden (Excel, xlsx)' })
      .waitFor();
    await checkPage(colleague, 'finance overview');

    // The Sociaal Investeringsfonds: the colleague approves the contribution finance proposed.
    await colleague.getByRole('link', { name: 'Startpagina', exact: true }).first().click();
    await colleague
      .getByRole('link', {
        name: /1 boeking van het Sociaal Investeringsfonds wacht op uw goedkeuring/,
      })
      .click();
    await colleague.getByRole('heading', { level: 1, name: 'Sociaal Investeringsfonds' }).waitFor();
    await colleague.getByRole('table', { name: /^2 boekingen/ }).waitFor();
    await checkPage(colleague, 'fund');
    await colleague.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    const dialog = colleague.getByRole('dialog', { name: 'Boeking goedkeuren?' });
    await dialog.waitFor();
    await checkPage(colleague, 'fund, approving a deposit');
    await dialog.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await colleague.getByText('De boeking is goedgekeurd en telt mee.').waitFor();
    const facts = colleague.locator('dl.sr-facts');
    await colleague.waitForFunction(() =>
      /Gestort\s*€\s550\.000,00/.test(document.querySelector('dl.sr-facts')?.textContent ?? ''),
    );
    expect(await facts.textContent()).toMatch(/Vrij te besteden\s*€\s550\.000,00/);
  });

  it('lets the policy officer change the schedule of a grant nothing was paid of yet', async () => {
    const page = await newPage();
    await logIn(page, journey.base, 'policy_officer@demo.example', '/subsidies');
    await page.getByRole('link', { name: 'SB-2025-0004' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0004' }).waitFor();
    await page.getByLabel('Soort schema').selectOption('quarterly');
    await page.getByRole('button', { name: 'Schema opslaan' }).click();
    await page.getByText('Het betaalschema is opgeslagen.').waitFor();
    await page.getByRole('table', { name: '4 termijnen' }).waitFor();
    await checkPage(page, 'grant with its schedule form');
    // A list of its own with a term outside the period: the message stands at the field.
    await page.getByLabel('Soort schema').selectOption('custom');
    await page.getByLabel('Vervaldag').first().fill('2026-02-01');
    await page.getByRole('button', { name: 'Schema opslaan' }).click();
    await page
      .getByText('Een voorschot wordt betaald binnen de subsidieperiode.')
      .first()
      .waitFor();
    await checkPage(page, 'schedule form with errors');
  });
});
