/**
 * Journey: an organisation applies for a subsidy in the browser, from an empty draft to the
 * receipt; a second application arrives after the deadline and is kept as a late one; the
 * policy officer sees both in the round's overview. The server runs with a clock the test
 * moves (only the deadline logic reads it; logins use real time). axe reports nothing on any
 * page visited.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, amsterdamDay } from '../../src/domain/dates.ts';
import { browserAvailable } from '../support/browser.ts';
import {
  POLL,
  correctionsTakenIn,
  checkPage,
  downloadedBytes,
  logIn,
  startJourney,
  type Journey,
} from '../support/journey.ts';
import { loginAs } from '../support/test-app.ts';
import { openRound } from '../support/tender-fixtures.ts';

const hasBrowser = browserAvailable();

const ATTACHMENTS = [
  { kind: 'statutes', label: 'Statuten', file: 'statuten.pdf' },
  { kind: 'budget', label: 'Begroting', file: 'begroting.pdf' },
  { kind: 'annual_accounts', label: 'Jaarrekening', file: 'jaarrekening.pdf' },
] as const;

const TEXTS = {
  Samenwerking: 'Wij werken samen met het sociaal team Mariaberg en de huisartsenpraktijk.',
  Resultaat: 'Buurtbewoners ontmoeten elkaar en helpen elkaar met kleine dingen.',
  Inclusie: 'Iedereen is welkom; de ruimte is rolstoeltoegankelijk.',
  Duurzaamheid: 'Twintig vaste vrijwilligers en een reserve voor twee jaar huur.',
};

const CONDITIONS = [
  'Initiatief van vrijwilligers of inwoners',
  'Behoorlijke bestuurssamenstelling',
  'Verklaring omtrent het gedrag (VOG) van vrijwilligers',
  'Deugdelijke administratie',
  'Algemeen toegankelijk',
];

describe.runIf(hasBrowser)('an organisation applies and the municipality sees it', () => {
  let journey: Journey;
  let base: string;
  let files: string;
  /** The server's clock: real time until the test moves it past the deadline. */
  let now: Date | null = null;
  let round: { id: string; name: string; year: number; deadlineAt: string };
  let ownRoundId: string;
  let firstReference: string;
  let lateReference: string;

  beforeAll(async () => {
    journey = await startJourney({ clock: () => now ?? new Date() });
    base = journey.base;
    // A round of its own, open now and closing after the demo's open round, so that moving the
    // clock past its deadline closes every round. Its year is one the demo never uses, so its
    // references start at 0001.
    const day = (offset: number) => addDays(amsterdamDay(new Date()), offset);
    const officer = await loginAs(journey.app, 'policy_officer@demo.example');
    ownRoundId = await openRound(journey.app, officer, {
      opensLocal: `${day(-1)}T09:00`,
      deadlineLocal: `${day(90)}T12:00`,
      year: 2030,
      name: 'Subsidieronde algemene voorzieningen 2030',
    });
    files = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-apply-'));
    for (const attachment of ATTACHMENTS) {
      await writeFile(
        path.join(files, attachment.file),
        `%PDF-1.4\n% ${attachment.label}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`,
      );
    }
  });

  afterAll(async () => {
    await journey?.close();
    if (files) await rm(files, { recursive: true, force: true });
  });

  async function logInHome(page: Page, email: string) {
    await logIn(page, base, email);
    await page.getByRole('heading', { level: 1, name: 'Startpagina' }).waitFor();
  }

  /** The API as the logged-in browser user, with the session's CSRF token. */
  async function api(page: Page) {
    const me = await (await page.request.get(`${base}/api/auth/me`)).json();
    const headers = { 'x-csrf-token': me.csrfToken as string };
    return { me, headers };
  }

  it('lets the applicant fill in every section, submit and download the receipt', async () => {
    const { page, leave } = await journey.openWindow();
    await logInHome(page, 'applicant@demo.example');
    // The demo's year: last year's decision received, and a draft for next year's round.
    await page.getByText('1 concept nog niet ingediend').waitFor();
    await page.getByText('1 beschikking ontvangen').waitFor();
    await checkPage(page, 'home applicant');

    const rounds = (await (await page.request.get(`${base}/api/rounds`)).json()).items;
    round = rounds.find((r: { id: string }) => r.id === ownRoundId);
    expect(round).toMatchObject({ status: 'open', year: 2030 });

    // Start an application for the demo provision in the journey's round.
    await page
      .getByRole('link', { name: /^Aanvragen/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanvragen' }).waitFor();
    await page.getByRole('row', { name: /Subsidieronde algemene voorzieningen 2025/ }).waitFor();
    await checkPage(page, 'applications');
    await page.getByLabel('Subsidieronde').selectOption(round.id);
    await page
      .getByLabel('Voorziening', { exact: true })
      .selectOption({ label: 'Huiskamer De Lindeboom (Huiskamer)' });
    await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Aanvraag Huiskamer De Lindeboom' })
      .waitFor();
    const applicationUrl = page.url();
    const applicationId = applicationUrl.split('/').pop()!;
    await page
      .getByText(/^Indienen kan tot \d+ \w+ \d{4} om \d\d:\d\d \(Nederlandse tijd\)\.$/)
      .waitFor();
    await checkPage(page, 'empty draft');

    // What is missing, with links back to the fields.
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wat nog ontbreekt' }).waitFor();
    await page.getByRole('link', { name: 'Vul het gevraagde bedrag in.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Aanvraag indienen' }).count()).toBe(0);
    await checkPage(page, 'check with problems');
    await page.getByRole('link', { name: 'Beschrijf: samenwerking.' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Aanvraag Huiskamer De Lindeboom' })
      .waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), POLL)
      .toBe('aanvraag-tekst-samenwerking');

    // Periode en bedrag: the period is the round's; the amount is typed the Dutch way.
    expect(await page.getByLabel('Begindatum').inputValue()).toBe(`${round.year}-01-01`);
    await page.getByLabel('Gevraagd bedrag').fill('18.000,00');

    // Begroting: two eligible lines and one that never is.
    const lines = [
      { kind: 'fixed_costs', description: 'Huur buurtruimte', amount: '12000' },
      { kind: 'fixed_costs', description: 'Energie en verzekering', amount: '4.000,00' },
      { kind: 'refreshments', description: 'Koffie en thee', amount: '3000,00' },
    ];
    for (const [index, line] of lines.entries()) {
      await page.getByRole('button', { name: 'Regel toevoegen' }).click();
      const n = index + 1;
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), POLL)
        .toBe(`aanvraag-regel-${index}-soort`);
      await page.getByLabel(`Soort kosten regel ${n}`).selectOption(line.kind);
      await page.getByLabel(`Omschrijving regel ${n}`).fill(line.description);
      await page.getByLabel(`Bedrag regel ${n}`).fill(line.amount);
    }
    const budget = page.locator('#begroting-titel').locator('..');
    await expect.poll(() => budget.getByText('niet subsidiabel').count(), POLL).toBe(1);
    await expect
      .poll(() => budget.locator('.sr-facts').innerText(), POLL)
      .toMatch(
        /Totaal\s+€\s19\.000,00\s+Waarvan subsidiabel\s+€\s16\.000,00\s+Maximaal toe te kennen\s+€\s16\.000,00/,
      );

    // Bereik: the day parts come from the provision's opening hours (5).
    expect(await page.getByLabel('Dagdelen per week open').inputValue()).toBe('5');
    await page.getByLabel('Verwacht aantal deelnemers').fill('35');
    await page.getByLabel('Weken per jaar open').fill('48');

    // Criteria, with a live counter against the limit.
    for (const [label, text] of Object.entries(TEXTS)) {
      await page.getByLabel(label, { exact: true }).fill(text);
    }
    // The counter beside the field (a live region repeats it for screen readers a second later).
    await page
      .locator('.sr-counter', { hasText: `${TEXTS.Samenwerking.length} van 3000 tekens gebruikt` })
      .waitFor();

    // Verklaringen.
    for (const condition of CONDITIONS) await page.getByLabel(condition).check();

    // Bijlagen: one PDF of each kind.
    for (const attachment of ATTACHMENTS) {
      await page
        .getByLabel(`Bestand voor ${attachment.label.toLowerCase()}`)
        .setInputFiles(path.join(files, attachment.file));
      await page.getByRole('button', { name: `${attachment.label} toevoegen` }).click();
      await page.getByRole('link', { name: `${attachment.file} downloaden` }).waitFor();
    }

    // The draft saves itself about 1.5 seconds after the last change; the status says when.
    await expect
      .poll(async () => {
        const saved = await (
          await page.request.get(`${base}/api/applications/${applicationId}`)
        ).json();
        return saved.problems.length;
      }, POLL)
      .toBe(0);
    await page
      .getByRole('status')
      .getByText(/^Opgeslagen om \d\d:\d\d$/)
      .waitFor();
    await checkPage(page, 'filled draft');

    // Controleren en indienen.
    await page.getByRole('button', { name: 'Controleren en indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Controleren en indienen' }).waitFor();
    await page.getByText('De aanvraag is compleet en kan worden ingediend.').waitFor();
    await page.getByText(TEXTS.Duurzaamheid).waitFor();
    await checkPage(page, 'check');
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanvraag indienen?' });
    await dialog.waitFor();
    await checkPage(page, 'check with confirmation');
    await dialog.getByRole('button', { name: 'Ja, indienen' }).click();

    firstReference = `AV-${round.year}-0001`;
    await page
      .getByRole('heading', { level: 1, name: 'Aanvraag Huiskamer De Lindeboom' })
      .waitFor();
    await page.getByText(`Uw aanvraag is ingediend. Het kenmerk is ${firstReference}.`).waitFor();
    await page.getByText(/Ontvangen op \d+ \w+ \d{4} om \d\d:\d\d/).waitFor();
    expect(await page.getByRole('textbox').count(), 'read-only after submitting').toBe(1);
    await page.getByRole('button', { name: 'Aanvraag intrekken' }).waitFor();
    await checkPage(page, 'submitted application');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ontvangstbevestiging downloaden (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ontvangstbevestiging-${firstReference}.pdf`);
    const receipt = await downloadedBytes(download);
    expect(receipt.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await leave();
  });

  it('keeps a second application submitted after the deadline as a late one', async () => {
    const { page, leave } = await journey.openWindow();
    await logInHome(page, 'applicant@demo.example');

    // Another own provision, through the provisions page.
    await page.goto(`${base}/beheer/voorzieningen`);
    await page.getByRole('heading', { level: 1, name: 'Voorzieningen' }).waitFor();
    await page.getByRole('link', { name: 'Huiskamer De Lindeboom' }).waitFor();
    await checkPage(page, 'provisions');
    await page.getByLabel('Naam van de voorziening').fill('Huiskamer De Linde Oost');
    await page.getByLabel('Categorie').selectOption({ label: 'Huiskamer' });
    await page.getByLabel('dinsdag ochtend').check();
    await page.getByLabel('donderdag middag').check();
    await page.getByText('Open: 2 dagdelen per week.').waitFor();
    await page.getByRole('button', { name: 'Voorziening toevoegen' }).click();
    await page.getByText('Voorziening Huiskamer De Linde Oost is toegevoegd.').waitFor();
    await page.getByRole('link', { name: 'Huiskamer De Linde Oost' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorziening wijzigen' }).waitFor();
    expect(await page.getByLabel('dinsdag ochtend').isChecked()).toBe(true);
    await page.getByLabel('Toegankelijkheid (niet verplicht)').fill('Gelijkvloers.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De wijzigingen zijn opgeslagen.').waitFor();
    await checkPage(page, 'provision');

    // Start the application in the browser, complete it through the API.
    await page.goto(`${base}/aanvragen`);
    await page.getByRole('heading', { level: 1, name: 'Aanvragen' }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(firstReference) })
      .getByRole('link', { name: 'Huiskamer De Lindeboom' })
      .waitFor();
    await page.getByLabel('Subsidieronde').selectOption(round.id);
    await page
      .getByLabel('Voorziening', { exact: true })
      .selectOption({ label: 'Huiskamer De Linde Oost (Huiskamer)' });
    await page.getByRole('button', { name: 'Aanvraag beginnen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Aanvraag Huiskamer De Linde Oost' })
      .waitFor();
    const applicationId = page.url().split('/').pop()!;
    const { headers } = await api(page);
    const url = `${base}/api/applications/${applicationId}`;
    const draft = await (await page.request.get(url)).json();
    const saved = await page.request.put(url, {
      headers,
      data: {
        version: draft.version,
        content: {
          periodStart: `${round.year}-01-01`,
          periodEnd: `${round.year}-12-31`,
          requestedCents: 900_000,
          budgetLines: [{ kind: 'fixed_costs', description: 'Huur', cents: 900_000 }],
          reach: { participants: 20, dayPartsPerWeek: 2, weeksPerYear: 40 },
          returnService: null,
          texts: TEXTS_BY_CODE,
          declarations: {
            not_professional: true,
            board: true,
            vog: true,
            administration: true,
            open_to_everyone: true,
          },
        },
      },
    });
    expect(saved.status()).toBe(200);

    // A colleague saved in between: the next autosave is refused, and the page says so.
    await page.getByLabel('Verwacht aantal deelnemers').fill('25');
    await page
      .getByRole('alert')
      .getByText('Iemand anders heeft deze aanvraag intussen opgeslagen')
      .waitFor();
    await checkPage(page, 'edit conflict');
    await page.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect
      .poll(() => page.getByLabel('Verwacht aantal deelnemers').inputValue(), POLL)
      .toBe('20');
    expect(await page.getByRole('alert').getByText('Iemand anders').count()).toBe(0);
    for (const attachment of ATTACHMENTS) {
      const uploaded = await page.request.post(`${url}/attachments`, {
        headers,
        multipart: {
          kind: attachment.kind,
          file: {
            name: attachment.file,
            mimeType: 'application/pdf',
            buffer: await readFile(path.join(files, attachment.file)),
          },
        },
      });
      expect(uploaded.status()).toBe(201);
    }

    // The deadline passes while the applicant is checking.
    await page.goto(`${base}/aanvragen/${applicationId}/controleren`);
    await page.getByText('De aanvraag is compleet en kan worden ingediend.').waitFor();
    now = new Date(new Date(round.deadlineAt).getTime() + 60_000);
    await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, indienen' }).click();

    lateReference = `AV-${round.year}-0002`;
    await page
      .getByRole('alert')
      .getByText(
        'De deadline is verstreken. Uw aanvraag is bewaard als te laat ingediend en doet niet mee in deze ronde.',
      )
      .waitFor();
    await page.getByText('Te laat ingediend', { exact: true }).first().waitFor();
    await page.getByText(new RegExp(`bewaard onder kenmerk ${lateReference}`)).waitFor();
    await checkPage(page, 'late application');

    // The list shows both, with their status and reference.
    await page.goto(`${base}/aanvragen`);
    const lateRow = page.getByRole('row', { name: /Huiskamer De Linde Oost/ });
    await lateRow.getByText('Te laat ingediend').waitFor();
    await lateRow.getByText(lateReference).waitFor();
    await page
      .getByRole('row', { name: new RegExp(firstReference) })
      .getByText('Ingediend')
      .waitFor();
    await checkPage(page, 'applications after submitting');
    await leave();
  });

  it('shows the policy officer 1 submitted and 1 late application under Huiskamer', async () => {
    const { page, leave } = await journey.openWindow();
    await logInHome(page, 'policy_officer@demo.example');
    await page.getByRole('link', { name: 'Subsidierondes' }).first().waitFor();
    // The home page lists the rounds with their state: the demo year's round in assessment.
    await page.getByText('Subsidieronde algemene voorzieningen 2026').first().waitFor();
    await checkPage(page, 'home policy officer');

    await page.goto(`${base}/rondes`);
    await page.getByRole('link', { name: round.name, exact: true }).waitFor();
    await page.getByText('Gesloten (deadline verstreken)').first().waitFor();
    await checkPage(page, 'rounds');

    await page.getByRole('link', { name: round.name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: round.name }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Subsidieplafonds wijzigen' }).waitFor();
    await checkPage(page, 'round');

    await page.getByRole('link', { name: 'Overzicht van de aanvragen' }).click();
    await page.getByRole('heading', { level: 1, name: `Overzicht: ${round.name}` }).waitFor();
    // The first table counts the applications; the ceiling use has a Huiskamer row too.
    const huiskamer = page.getByRole('row', { name: /^Huiskamer / }).first();
    await expect
      .poll(() => huiskamer.getByRole('cell').allInnerTexts(), POLL)
      .toEqual(
        // Drafts, submitted, late, withdrawn, set aside (Awb 4:5), requested, ceiling.
        ['0', '1', '1', '0', '0', '€ 18.000,00', '€ 200.000,00'].map((t) =>
          t.replace(' ', '\u00a0'),
        ),
      );
    await page.locator('.sr-chart svg').first().waitFor();
    await page.getByRole('row', { name: new RegExp(lateReference) }).waitFor();
    await checkPage(page, 'round overview');

    await page.getByLabel('Status').selectOption({ label: 'Te laat ingediend' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await expect.poll(() => page.getByText('1 aanvraag gevonden').count(), POLL).toBe(1);
    const late = page.getByRole('row', { name: new RegExp(lateReference) });
    await late.getByText('Te laat ingediend').waitFor();
    await late.getByText('Stichting Huiskamer De Lindeboom').waitFor();
    await checkPage(page, 'round overview filtered');

    await late.getByRole('link', { name: lateReference }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Aanvraag Huiskamer De Linde Oost' })
      .waitFor();
    await page.getByText(new RegExp(`bewaard onder kenmerk ${lateReference}`)).waitFor();
    expect(await page.getByRole('button', { name: 'Aanvraag intrekken' }).count()).toBe(0);
    await checkPage(page, 'application read by the policy officer');

    await page.goto(`${base}/regeling`);
    await page.getByRole('heading', { level: 1, name: 'Subsidieregeling' }).waitFor();
    await page.getByLabel('Naam van de regeling').waitFor();
    await checkPage(page, 'scheme');
    await leave();
  });

  it('lets the policy officer prepare, open and adjust a new round', async () => {
    const { page, leave } = await journey.openWindow();
    await logIn(page, base, 'policy_officer@demo.example', '/rondes');
    await page.getByRole('heading', { level: 2, name: 'Nieuwe ronde' }).waitFor();
    const serverNow = now ?? new Date();
    const local = (days: number, time: string) =>
      `${addDays(amsterdamDay(serverNow), days)}T${time}`;
    const year = round.year + 1;

    // The form's own checks first.
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Er is iets niet goed ingevuld' }).waitFor();
    await page.getByText('Vul de naam van de ronde in.').first().waitFor();
    await checkPage(page, 'new round with errors');

    await page.getByLabel('Naam van de ronde').fill(`Tweede ronde ${year}`);
    await page.getByLabel('Subsidiejaar').fill(String(year));
    await page.getByLabel('Subsidieperiode van').fill(`${year}-01-01`);
    await page.getByLabel('Subsidieperiode tot en met').fill(`${year}-12-31`);
    await page.getByLabel('Opent op').fill(local(1, '09:00'));
    await page.getByLabel('Deadline', { exact: true }).fill(local(90, '12:00'));
    await page.getByLabel('Openbare tekst voor de loting').fill(`Tweede ronde ${year}`);
    await page.getByLabel('Plafond Huiskamer').fill('150.000,00');
    await page.getByLabel('Plafond Algemene voorziening dagactiviteiten').fill('600000');
    await page.getByLabel('Plafond Inwonersondersteuning – informatie en advies').fill('90.000');
    await page.getByLabel('Plafond Inwonersondersteuning – diensten').fill('45000,50');
    await correctionsTakenIn(page);
    await page.getByRole('button', { name: 'Ronde aanmaken' }).click();

    await page.getByRole('heading', { level: 1, name: `Tweede ronde ${year}` }).waitFor();
    await page.getByText('In voorbereiding').first().waitFor();
    await page.getByText('€ 45.000,50'.replace(' ', '\u00a0')).waitFor();
    await page.getByText('Er is een subsidieplafond voor huiskamer.').waitFor();
    await page.getByRole('heading', { level: 3, name: 'Wat openen betekent' }).waitFor();
    await checkPage(page, 'round in preparation');

    await page.getByRole('button', { name: 'Ronde openen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ronde openen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ja, ronde openen' }).click();
    await page.getByText('De ronde is geopend.', { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Subsidieplafonds wijzigen' }).waitFor();
    await checkPage(page, 'round opened');

    await page.getByLabel('Plafond Huiskamer').fill('175.000,00');
    await page.getByRole('button', { name: 'Plafonds wijzigen' }).click();
    await page.getByText('Geef de reden van de wijziging (minstens 5 tekens).').first().waitFor();
    await page.getByLabel('Reden van de wijziging').fill('Extra budget na de voorjaarsnota.');
    await correctionsTakenIn(page);
    await page.getByRole('button', { name: 'Plafonds wijzigen' }).click();
    await page.getByText('De plafonds zijn gewijzigd.').waitFor();
    await page.getByText('€ 175.000,00'.replace(' ', '\u00a0')).waitFor();
    await checkPage(page, 'ceilings changed');
    await leave();
  });

  it('lets a colleague join through an invitation that the administrator sees in the outbox', async () => {
    const applicant = await journey.openWindow();
    await logIn(applicant.page, base, 'applicant@demo.example', '/organisatie');
    await applicant.page
      .getByRole('heading', { level: 1, name: 'Organisatie: Stichting Huiskamer De Lindeboom' })
      .waitFor();
    await checkPage(applicant.page, 'own organisation');
    await applicant.page
      .getByLabel('E-mailadres van uw collega')
      .fill('nieuwe.collega@demo.example');
    await applicant.page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await applicant.page
      .getByText('De uitnodiging is verstuurd naar nieuwe.collega@demo.example.')
      .waitFor();
    await applicant.page.getByRole('row', { name: /nieuwe\.collega@demo\.example/ }).waitFor();
    await applicant.leave();

    const admin = await journey.openWindow();
    await logIn(admin.page, base, 'admin@demo.example', '/beheer/uitgaande-post');
    await admin.page.getByRole('heading', { level: 1, name: 'Uitgaande post' }).waitFor();
    await admin.page.getByText(`Ontvangstbevestiging aanvraag ${firstReference}`).waitFor();
    await admin.page.getByText(`Aanvraag ${lateReference} te laat ontvangen`).waitFor();
    await checkPage(admin.page, 'outbox');
    const outbox = await (
      await admin.page.request.get(`${base}/api/outbox?to=nieuwe.collega`)
    ).json();
    const link = /\/uitnodiging\/([\w-]+)/.exec(outbox.items[0].text)?.[1];
    expect(link).toBeTruthy();
    await admin.leave();

    const colleague = await journey.openWindow();
    await colleague.page.goto(`${base}/uitnodiging/${link}`);
    await colleague.page
      .getByRole('heading', { level: 1, name: 'Uitnodiging van Stichting Huiskamer De Lindeboom' })
      .waitFor();
    await checkPage(colleague.page, 'invitation');
    await colleague.page.getByLabel('Uw naam').fill('Nieuwe Collega');
    await colleague.page.getByLabel('Kies een wachtwoord').fill('een lang genoeg wachtwoord');
    await colleague.page
      .getByRole('button', { name: 'Account maken en uitnodiging aannemen' })
      .click();
    await colleague.page.getByText('Uw account is aangemaakt').waitFor();
    await checkPage(colleague.page, 'login after accepting');
    await colleague.page.getByLabel('E-mailadres').fill('nieuwe.collega@demo.example');
    await colleague.page.getByLabel('Wachtwoord').fill('een lang genoeg wachtwoord');
    await colleague.page.getByRole('button', { name: 'Inloggen' }).click();
    // The colleague's home page starts from the organisation's tasks: next year's draft and
    // last year's decision of the demo year.
    await colleague.page.getByText('1 concept nog niet ingediend').waitFor();
    await colleague.page.getByText('1 beschikking ontvangen').waitFor();
    await colleague.leave();
  });
});

const TEXTS_BY_CODE = {
  samenwerking: TEXTS.Samenwerking,
  resultaat: TEXTS.Resultaat,
  inclusie: TEXTS.Inclusie,
  duurzaamheid: TEXTS.Duurzaamheid,
};
