/**
 * Journey: changes of a grant. The policy officer finds De Lindeboom's budget shift on the
 * home page, grants it with reasons (a letter), then lowers the grant after confirming; the
 * timeline links the letter. The organisation then asks for a changed activity. axe reports
 * nothing on any page visited, the confirmation dialog included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('changes of a grant in the browser', () => {
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

  it('lets the policy officer decide a change request and lower a grant, with letters', async () => {
    const page = await newPage();
    await logIn(page, journey.base, 'policy_officer@demo.example');
    await page
      .getByRole('link', { name: '1 wijzigingsverzoek op een subsidie om op te beslissen' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Subsidies' }).waitFor();
    await checkPage(page, 'grants with a pending change request');
    await page
      .getByRole('link', {
        name: 'SB-2025-0003, Stichting Huiskamer De Lindeboom: verzoek WB-2026-0001',
      })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0003' }).waitFor();
    await page.getByRole('group', { name: 'Besluit op WB-2026-0001' }).waitFor();
    await checkPage(page, 'grant with a request to decide');

    await page.getByRole('radio', { name: 'Toekennen' }).check();
    await page
      .getByLabel(/^Motivering/)
      .first()
      .fill('De verschuiving blijft binnen de vaste lasten en het totaal blijft gelijk.');
    await page.getByRole('button', { name: 'Besluit nemen en brief maken' }).click();
    await page
      .getByText('Op WB-2026-0001 is beslist; de brief staat bij de wijzigingen.')
      .waitFor();
    await page.getByRole('link', { name: 'Beschikking WB-2026-0001 (pdf)' }).waitFor();

    // Lowering, after the confirmation dialog.
    await page.getByRole('radio', { name: 'Verlagen' }).check();
    await page.getByLabel('Nieuw bedrag').fill('15.000,00');
    await page.getByRole('radio', { name: /^Onder a:/ }).check();
    await page
      .getByLabel(/^Motivering/)
      .last()
      .fill('De huiskamer was in december gesloten; de activiteiten vonden niet plaats.');
    await page.getByRole('button', { name: 'Verder' }).click();
    await page.getByRole('dialog', { name: 'Weet u het zeker?' }).waitFor();
    await checkPage(page, 'lowering, confirmation dialog');
    await page.getByRole('button', { name: 'Ja, besluit nemen en brief versturen' }).click();
    await page
      .getByText('Het besluit WB-2026-0002 is genomen; de brief staat bij de wijzigingen.')
      .waitFor();
    await page.getByRole('link', { name: 'brief WB-2026-0002' }).waitFor();
    await checkPage(page, 'grant after lowering');
  });

  it('lets the organisation ask for a change of its own grant', async () => {
    const page = await newPage();
    await logIn(page, journey.base, 'applicant@demo.example', '/subsidies');
    await page.getByRole('link', { name: 'SB-2025-0003' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wijziging aanvragen' }).waitFor();
    await checkPage(page, 'own grant with the request form');
    await page.getByRole('radio', { name: 'Andere of gewijzigde activiteit' }).check();
    await page
      .getByLabel('Beschrijf de wijziging van de activiteit')
      .fill('De kookochtend op dinsdag wordt een wandelochtend met koffie.');
    await page.getByLabel(/^Toelichting/).fill('De keuken is afgekeurd; buiten lopen kan wel.');
    await page.getByRole('button', { name: 'Wijziging aanvragen' }).click();
    await page.getByText(/^Uw verzoek WB-2026-0003 is verstuurd\./).waitFor();
    await checkPage(page, 'own grant after asking');
  });
});
