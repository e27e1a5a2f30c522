/**
 * Journey: every demo account logs in, sees the home page of its role, and logs out; the
 * administrator visits the management pages. axe reports nothing on any page visited.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_LABELS } from '../../src/domain/roles.ts';
import { notifications, provisions, users } from '../../src/server/platform/db/schema.ts';
import { browserAvailable } from '../support/browser.ts';
import {
  POLL,
  checkPage,
  logIn,
  startJourney,
  submitLogIn,
  type Journey,
} from '../support/journey.ts';

const hasBrowser = browserAvailable();

/** What a home page states about the demo as it is loaded for the journeys. */
const HOME_STATEMENTS: Partial<Record<(typeof ROLE_CODES)[number], string>> = {
  // The demo year: 3 of this year's 4 still to score; last year's 6 and 1 of this year's done.
  assessor: '3 aanvragen te beoordelen (7 van 10 beoordeeld)',
  finance: 'U registreert terugvorderingen die zijn terugbetaald.',
  participant: 'In uw account staan geen vragenlijsten.',
  applicant: 'Er is 1 subsidieronde open: u kunt een aanvraag doen.',
};

describe.runIf(hasBrowser)('each demo role in the browser', () => {
  let journey: Journey;
  let base: string;

  beforeAll(async () => {
    journey = await startJourney();
    base = journey.base;
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('gives the next visitor of a window nothing of the last one: no session, no cookies', async () => {
    const first = await journey.openWindow();
    await logIn(first.page, base, 'policy_officer@demo.example');
    expect((await first.page.request.get(`${base}/api/auth/me`)).status()).toBe(200);
    await first.leave();

    const next = await journey.openWindow();
    // The same window, used again (test/support/journey.ts).
    expect(next.page).toBe(first.page);
    expect(await next.context.cookies()).toEqual([]);
    expect((await next.page.request.get(`${base}/api/auth/me`)).status()).toBe(401);
    await next.page.goto(`${base}/subsidies`);
    await next.page.waitForURL(`**/inloggen**`);
    await next.leave();
  });

  it('shows the public landing page with the neighbourhoods and the demo banner', async () => {
    const { page, leave } = await journey.openWindow();
    await page.goto(base);
    await checkPage(page, 'landing');
    await expect
      .poll(() => page.getByText('Gemeente Maastricht (demo)').first().isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText('demonstratieomgeving').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Binnenstad').first().isVisible()).toBe(true);
    await leave();
  });

  it('explains a wrong password on the login page', async () => {
    const { page, leave } = await journey.openWindow();
    await page.goto(`${base}/inloggen`);
    await checkPage(page, 'login');
    await submitLogIn(page, base, 'admin@demo.example', 'verkeerd-wachtwoord');
    await expect
      .poll(() =>
        page.getByText('Het e-mailadres of het wachtwoord klopt niet.').first().isVisible(),
      )
      .toBe(true);
    await checkPage(page, 'login with error');
    await leave();
  });

  it('shows field errors next to the fields and summarised on top', async () => {
    const { page, leave } = await journey.openWindow();
    await page.goto(`${base}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByText('Vul uw e-mailadres in.').count())
      .toBeGreaterThanOrEqual(2);
    await checkPage(page, 'login with field errors');
    await leave();
  });

  for (const role of ROLE_CODES) {
    it(`lets ${role}@demo.example log in, see the home page for that role, and log out`, async () => {
      const { page, leave } = await journey.openWindow();
      await submitLogIn(page, base, `${role}@demo.example`);
      await page.getByRole('heading', { level: 2, name: ROLE_LABELS[role] }).waitFor();
      // The bell is a link whose name is its text, with the unread count when there are any
      // (the demo's assessors have this year's assignments).
      await page
        .getByRole('link', {
          name: role === 'assessor' ? /^Meldingen, \d+ ongelezen$/ : 'Meldingen',
          exact: true,
        })
        .waitFor();
      if (HOME_STATEMENTS[role]) await page.getByText(HOME_STATEMENTS[role]).first().waitFor();
      await checkPage(page, `home ${role}`);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.getByLabel('E-mailadres').waitFor();
      await leave();
    });
  }

  it('lets the administrator manage users, organisations, the payment account and read the audit log', async () => {
    const { page, leave } = await journey.openWindow();
    await submitLogIn(page, base, 'admin@demo.example');
    await page.getByRole('heading', { level: 2, name: ROLE_LABELS.admin }).waitFor();

    await page.goto(`${base}/beheer/gebruikers`);
    await page.getByText('policy_officer@demo.example').first().waitFor();
    await checkPage(page, 'users');

    await page.goto(`${base}/beheer/organisaties`);
    await page.getByText('Stichting Huiskamer De Lindeboom').first().waitFor();
    await checkPage(page, 'organisations');

    // Filtered through the URL: the demo's whole year came after its load.
    await page.goto(`${base}/beheer/audit?action=demo.load`);
    await page.getByText('demo.load').first().waitFor();
    await checkPage(page, 'audit');

    // The account payment runs pay from, as the demo has it.
    await page.goto(`${base}/beheer/betaalrekening`);
    await expect.poll(() => page.getByLabel('IBAN').inputValue()).toBe('NL74BNGH0285170001');
    await checkPage(page, 'payment account');
    await leave();
  });

  it('lets the demo assessor score one of the three waiting applications side by side', async () => {
    // One of this year's applications the demo assessor has yet to score.
    const waiting = await journey.db.execute(sql`
      select a.id, a.reference from assessor_assignments x
      join users u on u.id = x.assessor_id and u.email = 'assessor@demo.example'
      join applications a on a.id = x.application_id and a.status = 'submitted'
      where not exists (select 1 from assessments s where s.application_id = a.id
                        and s.assessor_id = x.assessor_id and s.submitted_at is not null)
      order by a.reference`);
    const rows = (waiting as { rows: { id: string; reference: string }[] }).rows;
    expect(rows).toHaveLength(3);
    const { id, reference } = rows[0]!;

    const { page, leave } = await journey.openWindow();
    await page.setViewportSize({ width: 1280, height: 900 });
    await submitLogIn(page, base, 'assessor@demo.example');
    await page.getByText('3 aanvragen te beoordelen (7 van 10 beoordeeld)').waitFor();
    await page.goto(`${base}/beoordelen/${id}`);
    await page.getByRole('heading', { level: 1, name: `Beoordeling ${reference}` }).waitFor();
    await checkPage(page, 'assessment side by side');
    // On a wide screen the applicant's answer stands left of the score, on the same height.
    const row = page.locator('.sr-score-row').first();
    const answer = await row.locator('.sr-score-row__answer').boundingBox();
    const fields = await row.locator('.sr-score-row__fields').boundingBox();
    expect(answer!.x + answer!.width).toBeLessThanOrEqual(fields!.x);
    expect(Math.abs(answer!.y - fields!.y)).toBeLessThan(40);
    // On a phone the two are stacked, the answer first.
    await page.setViewportSize({ width: 360, height: 800 });
    await expect
      .poll(async () => {
        const [a, f] = await Promise.all([
          row.locator('.sr-score-row__answer').boundingBox(),
          row.locator('.sr-score-row__fields').boundingBox(),
        ]);
        return a!.y + a!.height <= f!.y;
      }, POLL)
      .toBe(true);
    await checkPage(page, 'assessment on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    for (const criterion of ['Samenwerking', 'Resultaat', 'Inclusie', 'Duurzaamheid']) {
      await page.getByLabel(`Score ${criterion}`).selectOption('7');
      await page.getByLabel(`Motivering ${criterion}`).fill('Voldoende onderbouwd.');
    }
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Uw scores zijn opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Scores indienen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, scores indienen' }).click();
    await page.getByText('Uw scores zijn ingediend.').waitFor();

    // The count on the home page drops by one.
    await page.goto(`${base}/`);
    await page.getByText('2 aanvragen te beoordelen (8 van 10 beoordeeld)').waitFor();
    await checkPage(page, 'home assessor after scoring');
    await leave();
  });

  it('shows an unread notification under the bell and opens its task, which reads it', async () => {
    const [coordinator] = await journey.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'coordinator@demo.example'));
    const [lindeboom] = await journey.db
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    await journey.db.insert(notifications).values({
      userId: coordinator!.id,
      kind: 'referral',
      title: 'Nieuwe verwijzing naar Huiskamer De Lindeboom',
      link: `/beheer/voorzieningen/${lindeboom!.id}/verwijzingen`,
    });
    const { page, leave } = await journey.openWindow();
    await submitLogIn(page, base, 'coordinator@demo.example');
    await page.getByRole('link', { name: 'Meldingen, 1 ongelezen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('U hebt 1 ongelezen melding.').waitFor();
    await page.getByLabel('Stuur mij de dagelijkse e-mail met nieuwe taken').waitFor();
    await checkPage(page, 'notifications');
    await page.getByRole('link', { name: 'Nieuwe verwijzing naar Huiskamer De Lindeboom' }).click();
    await page.waitForURL(`**/beheer/voorzieningen/${lindeboom!.id}/verwijzingen`);
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await leave();
  });

  it('answers an unknown page with a Dutch not-found page', async () => {
    const { page, leave } = await journey.openWindow();
    await page.goto(`${base}/bestaat/niet`);
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await checkPage(page, 'not found');
    await leave();
  });
});
