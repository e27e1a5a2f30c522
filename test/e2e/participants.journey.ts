/**
 * Journey: the coordinator of Huiskamer De Lindeboom registers a participant with consent
 * (and a BSN, which is never shown again), fills in last week's attendance in the week grid,
 * makes a personal questionnaire link; the participant opens it on a phone-sized window and
 * fills in positive health and satisfaction; the coordinator then sees the spider web with
 * the participant's scores. axe reports nothing on any page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay } from '../../src/domain/dates.ts';
import { mondayOf } from '../../src/domain/participants/attendance.ts';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';
import { TEST_PSEUDONYM_KEY } from '../support/test-app.ts';

const hasBrowser = browserAvailable();

/** The scores the participant gives, in the order of the six dimensions. */
const SCORES = {
  Lichaamsfuncties: 6,
  'Mentaal welbevinden': 7,
  Zingeving: 5,
  'Kwaliteit van leven': 8,
  Meedoen: 4,
  'Dagelijks functioneren': 9,
} as const;

describe.runIf(hasBrowser)(
  'a coordinator registers a participant who fills in positive health',
  () => {
    let journey: Journey;
    /** Monday of last week: the participant starts then, and that week's attendance is filled in. */
    const lastMonday = addDays(mondayOf(amsterdamDay(new Date())), -7);

    beforeAll(async () => {
      journey = await startJourney({ env: { SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY } });
    });

    afterAll(async () => {
      await journey?.close();
    });

    it('goes from registration to the spider web', async () => {
      const { base } = journey;
      const { page, leave } = await journey.openWindow();
      await logIn(page, base, 'coordinator@demo.example');
      await page.getByRole('heading', { level: 1, name: 'Startpagina' }).waitFor();

      // The coordinator's provisions, then the (empty) participant list of the living room.
      await page.getByRole('navigation').getByRole('link', { name: 'Deelnemers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Deelnemers' }).waitFor();
      await checkPage(page, 'participants home');
      await page.getByRole('link', { name: 'Deelnemers', exact: true }).last().click();
      await page
        .getByRole('heading', { level: 1, name: 'Deelnemers van Huiskamer De Lindeboom' })
        .waitFor();
      await checkPage(page, 'participant list');
      const provisionId = page.url().split('/').at(-2)!;

      // Registration with consent for everything and a BSN.
      await page.getByRole('link', { name: 'Deelnemer inschrijven' }).click();
      await page.getByRole('heading', { level: 1, name: 'Deelnemer inschrijven' }).waitFor();
      await checkPage(page, 'registration form');
      await page.getByLabel('Naam of voorletters').fill('Anna J.');
      await page.getByLabel('Geboortejaar (niet verplicht)').fill('1950');
      await page.getByLabel('Startdatum').fill(lastMonday);
      await page.getByLabel('Via het sociaal team').check();
      for (const scope of [/^Registratie/, /^Vragenlijsten/, /^Vergelijken/]) {
        await page.getByRole('checkbox', { name: scope }).check();
      }
      await page.getByLabel('Datum van de toestemming').fill(lastMonday);
      await page.getByLabel('Op papier getekend').check();
      await page.getByLabel('Burgerservicenummer (BSN)').fill('111222333');
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      await page.getByRole('heading', { level: 1, name: 'Anna J.' }).waitFor();
      await page.getByText('Anna J. is ingeschreven.').waitFor();
      await page.getByText('Vastgelegd (versleuteld, wordt niet getoond)').waitFor();
      expect(await page.content()).not.toContain('111222333');
      await checkPage(page, 'participant page');
      const participantUrl = page.url();
      const participantId = participantUrl.split('/').pop()!;

      // Last week's attendance: Monday morning and afternoon, Wednesday afternoon, and two
      // people counted anonymously on Friday afternoon.
      await page.goto(
        `${base}/beheer/voorzieningen/${provisionId}/aanwezigheid?week=${lastMonday}`,
      );
      await page.getByRole('heading', { level: 1, name: /^Aanwezigheid/ }).waitFor();
      await checkPage(page, 'week grid');
      const cells = page.getByRole('checkbox', { name: /^Anna J\. – / });
      await expect.poll(() => cells.count(), POLL).toBe(5);
      await page.getByRole('checkbox', { name: /^Anna J\. – maandag.*ochtend$/ }).check();
      await page.getByRole('checkbox', { name: /^Anna J\. – maandag.*middag$/ }).check();
      await page.getByRole('checkbox', { name: /^Anna J\. – woensdag.*middag$/ }).check();
      await page.getByLabel(/^Zonder registratie – vrijdag.*middag$/).fill('2');
      await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
      await page.getByText('Opgeslagen: 3 aanwezigheden en 2 anoniem.').waitFor();
      const saved = await (
        await page.request.get(
          `${base}/api/provisions/${provisionId}/attendance?week=${lastMonday}`,
        )
      ).json();
      expect(saved.present).toHaveLength(3);
      expect(saved.anonymous.reduce((sum: number, a: { count: number }) => sum + a.count, 0)).toBe(
        2,
      );

      // A personal link for the participant.
      await page.goto(participantUrl);
      await page.getByRole('heading', { level: 1, name: 'Anna J.' }).waitFor();
      await page.getByRole('button', { name: 'Persoonlijke link maken' }).click();
      const linkText = page.locator('.sr-link-url');
      await linkText.waitFor();
      const link = (await linkText.innerText()).trim();
      expect(link).toMatch(/\/vragenlijst\/[A-Za-z0-9_-]{43}$/);
      await page
        .getByRole('img', { name: 'QR-code met de persoonlijke link naar de vragenlijst' })
        .waitFor();
      await checkPage(page, 'participant page with link');

      // The participant, on a phone, without an account.
      const phone = await journey.openWindow({
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const phonePage = phone.page;
      await phonePage.goto(link.replace(/^https?:\/\/[^/]+/, base));
      await phonePage
        .getByRole('heading', { level: 1, name: 'Vragenlijst over uw gezondheid' })
        .waitFor();
      expect(await phonePage.content()).not.toContain('Anna J.');
      await checkPage(phonePage, 'questionnaire on a phone');
      // Nothing is wider than the phone.
      expect(
        await phonePage.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(360);
      for (const [dimension, score] of Object.entries(SCORES)) {
        const group = phonePage.getByRole('group', { name: new RegExp(`^${dimension}`) });
        await group.getByLabel(String(score), { exact: true }).check();
      }
      await phonePage
        .getByRole('group', { name: /^Meedoen/ })
        .getByLabel('Hier wil ik over praten')
        .check();
      await phonePage
        .getByRole('group', { name: /^Hoe tevreden bent u/ })
        .getByLabel('8', { exact: true })
        .check();
      await phonePage.getByRole('button', { name: 'Versturen' }).click();
      await phonePage.getByRole('heading', { level: 1, name: 'Bedankt!' }).waitFor();
      await checkPage(phonePage, 'thank you');
      await phone.leave();

      // The coordinator sees the spider web, with the same numbers in its table.
      await page.goto(participantUrl);
      await page.getByRole('heading', { level: 1, name: 'Anna J.' }).waitFor();
      const table = page.getByRole('table', { name: 'Cijfers van het spinnenweb' });
      await table.waitFor();
      for (const [dimension, score] of Object.entries(SCORES)) {
        await expect
          .poll(() => table.getByRole('row', { name: new RegExp(dimension) }).innerText(), POLL)
          .toContain(String(score));
      }
      await page.getByText('★ Meedoen (wil erover praten)').first().waitFor();
      await expect.poll(() => page.locator('.sr-radar svg').count(), POLL).toBeGreaterThan(0);
      await checkPage(page, 'participant page with spider web');
      const measurements = await (
        await page.request.get(`${base}/api/participants/${participantId}/measurements`)
      ).json();
      expect(measurements.items[0]).toMatchObject({
        respondent: 'participant',
        scores: {
          bodily_functions: 6,
          mental_wellbeing: 7,
          meaning: 5,
          quality_of_life: 8,
          participation: 4,
          daily_functioning: 9,
        },
        talkAbout: ['participation'],
        satisfaction: 8,
      });
      await leave();
    });
  },
);
