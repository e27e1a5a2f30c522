/**
 * Journey: on a 360 px phone, a resident finds an evening provision in Mariaberg with
 * wheelchair access on the public social map and asks to take part; the same page works
 * with JavaScript turned off; the coordinator of the provision accepts the request, and the
 * resident is a participant. axe reports nothing on the public pages. A social worker finds
 * the provision on the same map and starts a referral from it.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from '../support/browser.ts';
import { checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';

const hasBrowser = browserAvailable();
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

describe.runIf(hasBrowser)('a resident asks to take part from the social map', () => {
  let journey: Journey;
  /** The app's clock runs ahead once the form is filled in: people take more than 3 seconds. */
  let ahead = 0;

  beforeAll(async () => {
    journey = await startJourney({
      clock: () => new Date(Date.now() + ahead),
      // The living room of De Lindeboom (Mariaberg, wheelchair accessible) opens on
      // Wednesday evenings too.
      prepare: (db) =>
        db
          .execute(
            sql`update provisions set opening_day_parts = opening_day_parts ||
              '{"wednesday": ["morning", "afternoon", "evening"]}'::jsonb
              where name = 'Huiskamer De Lindeboom'`,
          )
          .then(() => undefined),
    });
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('goes from the search to a participant', async () => {
    const { base } = journey;
    const phone = await journey.openWindow(PHONE);
    const { page } = phone;
    await page.goto(`${base}/voorzieningen`);
    await checkPage(page, 'social map');
    await page.getByLabel('Of kies uw buurt').selectOption({ label: 'Mariaberg' });
    await page.getByLabel('Dagdeel').selectOption({ label: 'avond' });
    await page.getByRole('checkbox', { name: 'Rolstoeltoegankelijk' }).check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { level: 2, name: '1 voorziening gevonden' }).waitFor();
    await checkPage(page, 'search results');
    await page.getByRole('link', { name: 'Huiskamer De Lindeboom' }).click();
    await page.getByRole('heading', { level: 1, name: 'Huiskamer De Lindeboom' }).waitFor();
    await page
      .getByText('woensdag: ochtend (09:00–12:00), middag (13:00–17:00), avond (19:00–22:00)')
      .waitFor();
    await checkPage(page, 'provision page');

    await page.getByLabel('Uw naam').fill('Ans Peters');
    await page.getByLabel('Telefoonnummer of e-mailadres').fill('06 12345678');
    await page.getByLabel(/^Ik geef toestemming/).check();
    ahead = 10_000;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await page.getByText('Dank u wel. Uw aanmelding is verstuurd').waitFor();
    await checkPage(page, 'request sent');
    await phone.leave();

    // Without JavaScript the map and its list are all there.
    const plain = await journey.openWindow({ ...PHONE, javaScriptEnabled: false });
    const noScript = plain.page;
    await noScript.goto(`${base}/voorzieningen?buurt=BU09350201`);
    await noScript.getByRole('link', { name: 'Huiskamer De Lindeboom' }).waitFor();
    expect(await noScript.locator('svg path').count()).toBe(44);
    await plain.leave();

    // The coordinator accepts the request.
    const desk = await journey.openWindow();
    const staff = desk.page;
    await logIn(staff, base, 'coordinator@demo.example');
    const [provision] = (
      (await journey.db.execute(
        sql`select id from provisions where name = 'Huiskamer De Lindeboom'`,
      )) as { rows: { id: string }[] }
    ).rows;
    await staff.goto(`${base}/beheer/voorzieningen/${provision!.id}/verwijzingen`);
    await staff.getByText('Zelf aangemeld via de sociale kaart').first().waitFor();
    await staff.getByLabel('Aannemen: de inwoner wordt deelnemer').check();
    await staff.getByRole('button', { name: 'Besluit opslaan' }).click();
    await staff.getByText('Ans Peters is aangenomen en staat nu bij uw deelnemers.').waitFor();
    await desk.leave();

    // A social worker refers from the same finder: the app's old finder address leads to the
    // map, where "Verwijzen" opens the referral form for that provision.
    const office = await journey.openWindow();
    const worker = office.page;
    await logIn(worker, base, 'social_worker@demo.example', '/verwijzen?buurt=BU09350201');
    await worker.waitForURL(`**/voorzieningen?buurt=BU09350201`);
    await worker.getByRole('link', { name: /^Verwijzen.*Huiskamer De Lindeboom$/ }).click();
    await worker.waitForURL(`**/verwijzen/${provision!.id}?buurt=BU09350201`);
    await worker
      .getByRole('heading', { level: 4, name: 'Verwijzing naar Huiskamer De Lindeboom' })
      .waitFor();
    await checkPage(worker, 'referral form from the social map');
    await office.leave();
  });
});
