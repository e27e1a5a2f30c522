/**
 * Journey: the Sociaal Investeringsfonds' rolling tender. An organisation applies without a
 * round, two assessors score the initiative, the policy officer grants it, and the fund's free
 * balance drops by the amount; the organisation approves its public text and the public page
 * shows it. axe reports nothing on any page visited.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import {
  checkPage,
  correctionsTakenIn,
  logIn,
  startJourney,
  type Journey,
} from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('an initiative of the fund in the browser', () => {
  let journey: Journey;
  let initiativeUrl: string;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => new Date('2026-12-01T10:00:00Z') });
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function as(email: string): Promise<Page> {
    const { page } = await journey.openWindow();
    await logIn(page, journey.base, email);
    return page;
  }

  it('is applied for without a round, assessed twice and granted; the fund drops', async () => {
    const applicant = await as('applicant@demo.example');
    await applicant.getByRole('link', { name: 'Initiatieven SIF' }).click();
    await applicant.getByRole('link', { name: 'Nieuw initiatief indienen' }).click();
    await applicant.getByRole('heading', { level: 1, name: 'Nieuw initiatief' }).waitFor();
    await applicant.getByRole('button', { name: 'Initiatief indienen' }).click();
    await applicant.getByText('Vul de naam van het initiatief in.').first().waitFor();
    await checkPage(applicant, 'initiative form with errors');
    await applicant.getByLabel('Voorziening of activiteit').selectOption({ index: 1 });
    await applicant.getByLabel('Naam van het initiatief').fill('Buurtkamer Mariaberg');
    await applicant.getByLabel('Beschrijving').fill('Een buurtkamer voor ontmoeting.');
    await applicant.getByLabel('Buurten').selectOption({ index: 0 });
    await applicant.getByLabel('Doelgroepen').fill('Eenzame ouderen');
    await applicant.getByRole('checkbox', { name: 'Preventie' }).check();
    await applicant.getByLabel(/echt bereikt/).fill('Via het sociaal team.');
    await applicant.getByLabel(/minder individuele/).fill('Minder dagbesteding via maatwerk.');
    await applicant.getByLabel(/structurele verandering/).fill('Bewoners beheren zelf.');
    await applicant.getByLabel('Gevraagd bedrag (euro)').fill('10.000,00');
    await applicant.getByLabel('Cofinanciering (euro)').fill('0');
    await applicant.getByLabel('Begindatum').fill('2027-01-01');
    await applicant.getByLabel('Einddatum').fill('2027-12-31');
    await applicant.getByLabel(/na het fonds/).fill('De corporatie neemt het over.');
    await correctionsTakenIn(applicant);
    await applicant.getByRole('button', { name: 'Initiatief indienen' }).click();
    await applicant
      .getByRole('heading', { level: 1, name: 'SI-2026-0001 Buurtkamer Mariaberg' })
      .waitFor();
    await applicant.getByText('26 januari 2027 (nog 56 dagen)').waitFor();
    await checkPage(applicant, 'submitted initiative');
    initiativeUrl = applicant.url();

    for (const email of ['assessor@demo.example', 'assessor2@demo.example']) {
      const assessor = await as(email);
      await assessor.goto(initiativeUrl);
      await assessor.getByRole('heading', { level: 2, name: 'Uw beoordeling' }).waitFor();
      for (const field of await assessor.getByLabel(/^Score:/).all()) await field.fill('7');
      for (const field of await assessor.getByLabel(/^Motivering:/).all())
        await field.fill('Sluit goed aan.');
      await assessor.getByRole('button', { name: 'Beoordeling indienen' }).click();
      await assessor.getByText('Uw beoordeling is ingediend.').first().waitFor();
    }

    const officer = await as('policy_officer@demo.example');
    await officer.goto(initiativeUrl);
    await officer.getByText('Vrij te besteden in het fonds: € 500.000,00.').waitFor();
    await checkPage(officer, 'initiative to decide');
    await officer.getByRole('button', { name: 'Besluit nemen en beschikking verzenden' }).click();
    await officer.getByRole('heading', { level: 2, name: 'Besluit: Verleend' }).waitFor();
    await officer.getByRole('link', { name: /^Subsidie SB-2026-/ }).waitFor();
    await officer.getByRole('link', { name: 'Sociaal Investeringsfonds', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Sociaal Investeringsfonds' }).waitFor();
    await officer.getByText('€ 490.000,00').first().waitFor();
    await checkPage(officer, 'fund after the grant');

    // The organisation approves its public text; the public page then shows the initiative.
    await applicant.goto(initiativeUrl);
    await applicant.getByLabel('Wat het initiatief is en doet').fill('Ontmoeting in Mariaberg.');
    await applicant.getByRole('button', { name: 'Concept opslaan' }).click();
    await applicant.getByRole('button', { name: 'Concept goedkeuren en openbaar maken' }).click();
    await applicant.getByRole('link', { name: 'Bekijk de openbare pagina' }).click();
    await applicant.getByRole('heading', { level: 1, name: 'Buurtkamer Mariaberg' }).waitFor();
    await applicant.getByText('Ontmoeting in Mariaberg.').waitFor();
    await checkPage(applicant, 'public page of the initiative');
  });
});
