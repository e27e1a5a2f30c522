/**
 * Journey: objections (bezwaar). The policy officer finds last year's objection in the
 * register, reads the decision on it, then registers a new objection against the same
 * decision that came in long after the term and declares it inadmissible; the register then
 * holds both. axe reports nothing on any page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('objections in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => new Date('2026-12-01T10:00:00Z') });
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('registers a late objection and declares it inadmissible, beside last year’s', async () => {
    const { page } = await journey.openWindow();
    await logIn(page, journey.base, 'policy_officer@demo.example', '/bezwaren');
    const register = page.getByRole('table', { name: 'Bezwaarschriften (1)' });
    await register.waitFor();
    await checkPage(page, 'objections register');
    const lastYear = register.getByRole('row', { name: /BZ-2025-0001/ });
    await expect.poll(() => lastYear.textContent(), POLL).toContain('BS-2025-0005');
    expect(await lastYear.textContent()).toMatch(/Op tijd.*Ongegrond/);

    // The application the decision was on, with the decision on the objection as a letter.
    await lastYear.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Bezwaar' }).waitFor();
    await page.getByText('Beslissing op bezwaar BZ-2025-0001 lezen').click();
    await page
      .getByRole('link', { name: 'Beslissing op bezwaar BZ-2025-0001 downloaden (PDF)' })
      .waitFor();
    await checkPage(page, 'application with a decided objection');

    // A letter received almost a year after the term ended on 17 December 2025.
    await page.getByLabel('Ontvangen op').fill('2026-11-30');
    await page.getByRole('button', { name: 'Bezwaarschrift registreren' }).click();
    const registered = page.getByText(/^Bezwaar BZ-2026-\d{4} is geregistreerd: te laat/);
    await registered.waitFor();
    expect(await registered.textContent()).toContain('de termijn liep tot en met 17 december 2025');
    const reference = /BZ-2026-\d{4}/.exec((await registered.textContent()) ?? '')![0];
    await checkPage(page, 'application with a late objection registered');

    const decide = page.getByRole('form', { name: `Beslissen op bezwaar ${reference}` });
    await decide.getByRole('radio', { name: 'Niet-ontvankelijk' }).check();
    await decide
      .getByLabel(/^Motivering/)
      .fill(
        'Het bezwaarschrift is ontvangen na het einde van de bezwaartermijn. Er is geen reden gegeven waarom dat verschoonbaar is (artikel 6:11 Awb).',
      );
    await decide.getByRole('button', { name: 'Beslissing op bezwaar versturen' }).click();
    await page.getByText(`Beslissing op bezwaar ${reference} lezen`).click();
    await page
      .getByRole('link', { name: `Beslissing op bezwaar ${reference} downloaden (PDF)` })
      .waitFor();
    await checkPage(page, 'application with both objections decided');

    await page.goto(`${journey.base}/bezwaren`);
    const both = page.getByRole('table', { name: 'Bezwaarschriften (2)' });
    await both.waitFor();
    expect(await both.getByRole('row', { name: new RegExp(reference) }).textContent()).toMatch(
      /Te laat.*Niet-ontvankelijk/,
    );
    await checkPage(page, 'objections register with two objections');
  });
});
