/**
 * Journey: a round with two living-room applications is assessed, ranked and decided in the
 * browser: the officer assigns assessors, both assessors score, the officer (as chair) records
 * the conditions and fixes the final scores, simulates and fixes the ranking, makes and sends
 * the decisions; the applicant reads the decision and downloads its PDF. axe finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/server/platform/http.ts';
import { browserAvailable } from '../support/browser.ts';
import {
  checkPage,
  downloadedBytes,
  logIn,
  startJourney,
  type Journey,
} from '../support/journey.ts';
import {
  completeContent,
  newApplicantOrganisation,
  openRound,
  submitApplication,
} from '../support/tender-fixtures.ts';
import { as, loginAs } from '../support/test-app.ts';

const hasBrowser = browserAvailable();
const CRITERIA = ['Samenwerking', 'Resultaat', 'Inclusie', 'Duurzaamheid'];

describe.runIf(hasBrowser)('a tender from assessment to decision in the browser', () => {
  let journey: Journey;
  let app: App;
  let base: string;
  let now = new Date('2026-12-01T10:00:00Z');
  let roundId: string;
  const apps: { id: string; reference: string }[] = [];
  let applicantAppId: string;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => now });
    ({ app, base } = journey);

    const officer = await loginAs(app, 'policy_officer@demo.example');
    const admin = await loginAs(app, 'admin@demo.example');
    const applicant = await loginAs(app, 'applicant@demo.example');
    roundId = await openRound(app, officer, {
      opensLocal: '2027-01-05T09:00',
      deadlineLocal: '2027-03-01T12:00',
    });
    now = new Date('2027-02-01T10:00:00Z');
    const provisions = await app.inject({
      method: 'GET',
      url: '/api/provisions',
      headers: as(applicant),
    });
    const own = provisions
      .json<{ items: { id: string; category: string }[] }>()
      .items.find((p) => p.category === 'living_room');
    if (!own) throw new Error('the demo applicant has no living room');
    const a = await submitApplication(app, applicant, roundId, own.id, completeContent());
    applicantAppId = a.id;
    apps.push(a);
    const b = await newApplicantOrganisation(app, admin, {
      name: 'Stichting Buurtkamer Wyck',
      email: 'b@wyck.example',
      category: 'living_room',
    });
    apps.push(
      await submitApplication(app, b.session, roundId, b.provisionId, {
        ...completeContent(),
        requestedCents: 2_000_000,
        budgetLines: [{ kind: 'fixed_costs', description: 'Huur en energie', cents: 2_000_000 }],
      }),
    );
    now = new Date('2027-03-02T09:00:00Z');
  });

  afterAll(async () => {
    await journey?.close();
  });

  async function assessorName(email: string): Promise<string> {
    const session = await loginAs(app, email);
    return (session.me as unknown as { name: string }).name;
  }

  it('walks the whole tender', async () => {
    const names = [
      await assessorName('assessor@demo.example'),
      await assessorName('assessor2@demo.example'),
    ];

    // The officer assigns both assessors to both applications at once.
    const officer = await journey.openWindow();
    await logIn(officer.page, base, 'policy_officer@demo.example', `/rondes/${roundId}`);
    await officer.page.getByRole('link', { name: 'Beoordeling' }).click();
    await checkPage(officer.page, 'round assessment');
    const chosen = officer.page.getByRole('group', { name: 'Aanvragen', exact: true });
    for (const { reference } of apps) await chosen.getByLabel(reference).check();
    const people = officer.page.getByRole('group', { name: 'Beoordelaars (minstens twee)' });
    for (const name of names) await people.getByLabel(name, { exact: true }).check();
    await officer.page.getByRole('button', { name: 'Toewijzen aan de gekozen aanvragen' }).click();
    await officer.page.getByText('De beoordelaars zijn toegewezen aan 2 aanvragen.').waitFor();
    for (const { reference } of apps) {
      const group = officer.page.getByRole('group', { name: `Beoordelaars voor ${reference}` });
      for (const name of names)
        expect(await group.getByLabel(name, { exact: true }).isChecked()).toBe(true);
    }

    // Each assessor scores both applications and submits.
    for (const email of ['assessor@demo.example', 'assessor2@demo.example']) {
      const { page, leave } = await journey.openWindow();
      await logIn(page, base, email);
      await page.getByRole('link', { name: 'Beoordelen', exact: true }).click();
      await checkPage(page, `assignments ${email}`);
      for (const { id, reference } of apps) {
        await page.goto(`${base}/beoordelen/${id}`);
        await page.getByRole('heading', { level: 1, name: `Beoordeling ${reference}` }).waitFor();
        await checkPage(page, `assessment ${email} ${reference}`);
        for (const criterion of CRITERIA) {
          await page.getByLabel(`Score ${criterion}`).selectOption('8');
          await page.getByLabel(`Motivering ${criterion}`).fill('Goed onderbouwd in de aanvraag.');
        }
        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText('Uw scores zijn opgeslagen.').waitFor();
        await page.getByRole('button', { name: 'Scores indienen' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Ja, scores indienen' }).click();
        await page.getByText('Uw scores zijn ingediend.').waitFor();
        if (email === 'assessor@demo.example') {
          // The other assessor has not submitted yet: said so, without their scores.
          await page.getByText('Een andere beoordelaar is nog bezig met scoren.').waitFor();
        }
        await checkPage(page, `submitted ${email} ${reference}`);
      }
      await leave();
    }

    // The chair records the conditions and fixes the final scores.
    const page = officer.page;
    for (const { id, reference } of apps) {
      await page.goto(`${base}/rondes/${roundId}/beoordeling/${id}`);
      await page
        .getByRole('heading', { level: 1, name: `Scores vaststellen: ${reference}` })
        .waitFor();
      await checkPage(page, `chair ${reference}`);
      for (const radio of await page.getByRole('radio', { name: 'Ja, voldoet' }).all()) {
        await radio.check();
      }
      await page.getByRole('button', { name: 'Toetsing opslaan' }).click();
      await page.getByText('De toetsing van de algemene voorwaarden is opgeslagen.').waitFor();
      for (const criterion of CRITERIA) {
        await page.getByLabel(`Motivering ${criterion}`).fill('Zoals de beoordelaars.');
      }
      await page.getByRole('button', { name: 'Eindscores vaststellen' }).click();
      await page.getByText('De eindscores zijn vastgesteld.', { exact: true }).waitFor();
    }

    // Simulate and fix the ranking.
    await page.goto(`${base}/rondes/${roundId}/rangschikking`);
    await checkPage(page, 'ranking');
    await page.getByRole('button', { name: 'Simuleren' }).click();
    await page.getByRole('table', { name: 'Simulatie Huiskamer' }).waitFor();
    await page.getByRole('button', { name: 'Rangschikking vastleggen: Huiskamer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, vastleggen' }).click();
    await page.getByText('De rangschikking van Huiskamer is vastgelegd.').waitFor();
    await page.getByRole('table', { name: /Versies van de rangschikking/ }).waitFor();
    await checkPage(page, 'ranking fixed');

    // Make and send the decisions.
    await page.getByRole('link', { name: 'Naar de beschikkingen' }).click();
    await checkPage(page, 'decisions');
    await page.getByRole('button', { name: 'Beschikkingen maken' }).click();
    await page.getByText('De 2 beschikkingen zijn gemaakt.').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('progress').getAttribute('value')).toBe('2');
    await page.getByRole('table', { name: 'Beschikkingen (2)' }).waitFor();
    await checkPage(page, 'decisions made');
    await page.getByRole('button', { name: 'Beschikkingen verzenden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, verzenden' }).click();
    await page.getByText(/verzonden op .*Bezwaar maken kan tot en met/).waitFor();
    await officer.leave();

    // The applicant reads the decision and downloads the PDF.
    const applicant = await journey.openWindow();
    await logIn(applicant.page, base, 'applicant@demo.example', `/aanvragen/${applicantAppId}`);
    // The timeline marks the sent decision as the current step.
    const steps = applicant.page.getByRole('list', { name: 'Stappen van de aanvraag' });
    await expect
      .poll(() => steps.locator('[aria-current="step"]').textContent())
      .toContain('Besluit verzonden');
    await checkPage(applicant.page, 'application with its timeline');
    await applicant.page.getByRole('link', { name: /Beschikking bekijken/ }).click();
    await applicant.page.getByText(/Bezwaar maken kan tot en met/).waitFor();
    await checkPage(applicant.page, 'decision');
    const [download] = await Promise.all([
      applicant.page.waitForEvent('download'),
      applicant.page.getByRole('link', { name: 'Beschikking downloaden (PDF)' }).click(),
    ]);
    const letter = await downloadedBytes(download);
    expect(letter.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await applicant.leave();
  }, 240_000);
});
