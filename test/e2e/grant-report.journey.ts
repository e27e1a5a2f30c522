/**
 * Journey: the Klusteam accounts for its grant of 2025. On 1 December 2026 its report, due on
 * 1 April 2026, is overdue. Seven participants were registered with the Klusteam in 2025. The
 * applicant (applicant2@demo.example) follows the task on the home page, sees the reach pulled
 * from registration (not typed in), writes the activities, results and actual costs next to
 * the budget, and submits after a confirmation; the reach is then frozen. The policy officer
 * finds the two reports still overdue and reads the Klusteam's, promised next to realised.
 * axe reports nothing on any page visited.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants, participants } from '../../src/server/platform/db/schema.ts';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();

describe.runIf(hasBrowser)('the accountability report in the browser', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => new Date('2026-12-01T10:00:00Z') });
    // Registration of 2025: seven participants of the Klusteam, four of them through the
    // social team.
    const [klusteam] = await journey.db
      .select({ provisionId: grants.provisionId })
      .from(grants)
      .where(eq(grants.reference, 'SB-2025-0005'));
    await journey.db.insert(participants).values(
      Array.from({ length: 7 }, (_, i) => ({
        provisionId: klusteam!.provisionId,
        displayName: `Deelnemer ${i + 1}`,
        startDate: '2025-02-03',
        clientRoute: i < 4 ? 'social_team' : 'self',
      })),
    );
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function newPage(): Promise<Page> {
    return (await journey.openWindow()).page;
  }

  it('lets the applicant submit a report with the reach pulled from registration', async () => {
    const { base } = journey;
    const page = await newPage();
    await logIn(page, base, 'applicant2@demo.example');
    await page
      .getByRole('link', {
        name: 'Verantwoording van subsidie SB-2025-0005 is te laat: de uiterste datum was 1 april 2026',
      })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0005' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Bereik uit de registratie' }).waitFor();
    await page.getByText(/Het bereik typt u niet in/).waitFor();
    await page
      .getByText('Zo staat het nu in de registratie; bij het indienen wordt het vastgelegd.')
      .waitFor();
    const routes = page.getByRole('table', { name: 'Deelnemers naar route' });
    await routes.waitFor();
    expect(
      await routes.getByRole('row', { name: /Deelnemers in de periode/ }).textContent(),
    ).toContain('7');
    // Four through the social team: outside the provision a count of 1 to 4 reads "<5".
    expect(await routes.getByRole('row', { name: /sociaal team/ }).textContent()).toContain(
      '<5minder dan 5',
    );
    await checkPage(page, 'grant with its report to write');

    await page
      .getByLabel('Uitgevoerde activiteiten')
      .fill('Kleine klussen bij 58 huishoudens, elke week op vier dagdelen.');
    await page
      .getByLabel('Resultaten', { exact: true })
      .fill('Bewoners konden langer thuis wonen; vier vrijwilligers kwamen erbij.');
    await page.getByLabel(/^Regel 1:/).fill('3.100,00');
    await page.getByLabel(/^Regel 2:/).fill('4.800,00');
    await page.getByLabel(/^Regel 3:/).fill('950,00');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();

    await page.getByRole('button', { name: 'Verantwoording indienen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Verantwoording indienen?' });
    await dialog.waitFor();
    await checkPage(page, 'confirming the report');
    await dialog.getByRole('button', { name: 'Ja, indienen' }).click();
    await page.getByText('De verantwoording is ingediend.').waitFor(POLL);
    await page
      .getByText('Vastgelegd bij het indienen; latere registratie verandert dit niet.')
      .waitFor();
    const costs = page.getByRole('table', { name: 'Begroting en werkelijke kosten' });
    expect(await costs.getByRole('row', { name: /Totaal/ }).textContent()).toMatch(/€\s8\.850,00/);
    await checkPage(page, 'submitted report');
  });

  it('shows the policy officer the reports still overdue and the one submitted', async () => {
    const { base } = journey;
    const page = await newPage();
    await logIn(page, base, 'policy_officer@demo.example');
    await page
      .getByRole('link', { name: '2 verantwoordingen te laat (uiterste datum verstreken)' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Verantwoordingen te laat' }).waitFor();
    const overdue = page.getByRole('table', { name: '2 verantwoordingen te laat' });
    await overdue.waitFor();
    expect(await overdue.textContent()).toContain('SB-2025-0001');
    expect(await overdue.textContent()).not.toContain('SB-2025-0005');
    await checkPage(page, 'overdue reports');

    await page.goto(`${base}/subsidies`);
    await page.getByRole('link', { name: 'SB-2025-0005' }).click();
    await page.getByRole('heading', { level: 1, name: 'Subsidie SB-2025-0005' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Beloofd en gerealiseerd' }).waitFor();
    const reach = page.getByRole('table', {
      name: 'Bereik: beloofd in de aanvraag en geteld in de registratie',
    });
    expect(await reach.getByRole('row', { name: /^Deelnemers/ }).textContent()).toContain('60');
    expect(await reach.getByRole('row', { name: /^Deelnemers/ }).textContent()).toContain('7');
    expect(await page.getByRole('button', { name: 'Verantwoording indienen' }).count()).toBe(0);
    await checkPage(page, 'submitted report, read by the policy officer');
  });
});
