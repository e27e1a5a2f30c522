/**
 * Journey: the Wmo analyst reads in allocations (a CSV export refused whole for a bad BSN,
 * then a real iWmo 3.2 WMO301 message as a back office sends it), checks the scope (category
 * 07), starts the matching, finds the one signal, takes it into progress with a note and
 * sees it on the overview. No name or BSN is ever on a page. axe reports nothing on any page
 * visited.
 */
import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../src/domain/bsn.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import {
  participantConsents,
  participants,
  provisions,
} from '../../src/server/platform/db/schema.ts';
import { pseudonymiseBsn } from '../../src/server/platform/pseudonym.ts';
import { writeWmo301 } from '../../src/server/features/double-financing/imports/wmo301-writer.ts';
import { browserAvailable } from '../support/browser.ts';
import { POLL, checkPage, logIn, startJourney, type Journey } from '../support/journey.ts';
import { TEST_PSEUDONYM_KEY } from '../support/test-app.ts';

const hasBrowser = browserAvailable();

/** The participant's BSN (passes the 11-proef) and one that does not. */
const BSN = '111222333';
const BAD_BSN = '123456789';

const CSV_HEADER = 'bsn,agb,allocationNumber,category,product,start,end';

/**
 * A participant of Huiskamer De Lindeboom since 1 February 2026, with consent for matching,
 * stored as registration stores it (the BSN only as its pseudonym).
 */
async function registerParticipant(db: Database) {
  const [lindeboom] = await db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
  const [row] = await db
    .insert(participants)
    .values({
      provisionId: lindeboom!.id,
      displayName: 'Bep V.',
      startDate: '2026-02-01',
      clientRoute: 'social_team',
      bsnPseudonym: pseudonymiseBsn(BSN, TEST_PSEUDONYM_KEY),
    })
    .returning({ id: participants.id });
  await db.insert(participantConsents).values(
    (['registration', 'matching'] as const).map((scope) => ({
      participantId: row!.id,
      scope,
      givenOn: '2026-02-01',
      method: 'written' as const,
    })),
  );
}

describe.runIf(hasBrowser)('the Wmo analyst follows up a signal of double financing', () => {
  let journey: Journey;

  beforeAll(async () => {
    expect(isValidBsn(BSN)).toBe(true);
    expect(isValidBsn(BAD_BSN)).toBe(false);
    journey = await startJourney({
      env: { SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY },
      prepare: registerParticipant,
    });
  });

  afterAll(async () => {
    await journey?.close();
  });

  /** No page ever shows the participant's name or BSN. */
  const check = (page: Page, label: string) => checkPage(page, label, [BSN, 'Bep V.']);

  async function upload(page: Page, name: string, lines: string[]) {
    await page.getByLabel('Bestanden met toewijzingen').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${[CSV_HEADER, ...lines].join('\n')}\n`),
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
  }

  it('goes from importing allocations to a signal in progress', async () => {
    const { base } = journey;
    const { page, leave } = await journey.openWindow();
    await logIn(page, base, 'wmo_analyst@demo.example', '/dubbele-financiering');
    await page.getByRole('heading', { level: 1, name: 'Dubbele financiering' }).waitFor();
    await page
      .getByText('Er zijn nog geen signalen. Lees eerst toewijzingen in en start een vergelijking.')
      .waitFor();
    await check(page, 'overview, empty');

    // A file with one bad BSN is refused whole, naming the line; nothing of it is kept.
    await page.getByRole('link', { name: 'Toewijzingen inlezen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Toewijzingen inlezen' }).waitFor();
    await check(page, 'import page');
    await upload(page, 'fout.csv', [
      `${BSN},42420001,T-900,07,07A01,2026-01-01,`,
      `${BAD_BSN},42420001,T-901,07,07A01,2026-01-01,`,
    ]);
    await page.getByText('Het bestand wordt ingelezen.').waitFor();
    const refusedReport = page.getByRole('article', { name: 'fout.csv' });
    await expect.poll(() => refusedReport.textContent(), POLL).toContain('Geweigerd');
    const refusals = await refusedReport.getByRole('table', { name: /weigering/ }).textContent();
    expect(refusals).toContain('line 3');
    expect(refusals).toContain('bsn');
    const importsTable = page.getByRole('table', { name: /^Ingelezen bestanden/ });
    const listed = (file: string) => importsTable.getByRole('row').filter({ hasText: file });
    await expect.poll(() => listed('fout.csv').first().textContent(), POLL).toContain('Geweigerd');
    await check(page, 'import report of a refused file');

    // The good file, a WMO301 message: begeleiding groep (07) for the participant from 1
    // January to 30 June 2026, and an allocation of another category (02) that does not count.
    await page.getByLabel('Bestanden met toewijzingen').setInputFiles({
      name: 'toewijzing-TOEW2026100.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(
        writeWmo301({
          identification: 'TOEW2026100',
          dated: '2025-12-15',
          providerAgb: '42420001',
          client: { bsn: BSN, birthDate: '1950-03-02', surname: 'Voorbeeld', initials: 'B' },
          allocations: [
            {
              number: 100,
              category: '07',
              productCode: '07A01',
              assignedOn: '2025-12-15',
              assignedAt: '10:15:00',
              start: '2026-01-01',
              end: '2026-06-30',
            },
            {
              number: 200,
              category: '02',
              assignedOn: '2025-12-15',
              assignedAt: '10:15:00',
              start: '2026-01-01',
            },
          ],
        }),
      ),
    });
    await page.getByRole('button', { name: 'Inlezen' }).click();
    const importedReport = page.getByRole('article', { name: 'toewijzing-TOEW2026100.xml' });
    await expect.poll(() => importedReport.textContent(), POLL).toContain('Ingelezen');
    // Status, then read 2, imported 2, refused 0.
    await expect
      .poll(() => listed('toewijzing-TOEW2026100.xml').first().textContent(), POLL)
      .toMatch(/Ingelezen\s*2\s*2\s*0/);
    await check(page, 'import page after importing');

    // The scope is category 07 by default; the matching finds one signal, which is new.
    await page.getByRole('link', { name: 'Afbakening en vergelijking' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Afbakening en vergelijking' }).waitFor();
    expect(await page.getByLabel('Productcategorieën').inputValue()).toBe('07');
    await check(page, 'scope page');
    await page.getByRole('button', { name: 'Vergelijking starten' }).click();
    await page.getByText('De vergelijking is klaar: 1 signaal, waarvan 1 nieuw.').waitFor();
    await check(page, 'scope page after a run');

    // The signal: allocation 100 of AGB 42420001, overlapping from the participant's start
    // to the allocation's end.
    await page.getByRole('link', { name: 'Signalen', exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
    const signalRow = page.getByRole('row', { name: /Toewijzing 100\b/ });
    await expect.poll(() => signalRow.textContent(), POLL).toContain('42420001');
    expect(await signalRow.textContent()).toContain('1 februari 2026 tot en met 30 juni 2026');
    // Not the allocation of another category, nor one from the refused file.
    expect(await page.getByRole('row', { name: /Toewijzing (200|T-900)\b/ }).count()).toBe(0);
    await check(page, 'signals list');

    await page.getByRole('link', { name: 'Toewijzing 100' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal bij toewijzing 100' }).waitFor();
    await check(page, 'signal page');
    await page.getByRole('radio', { name: 'In behandeling' }).check();
    await page
      .getByLabel('Notitie bij de wijziging (niet verplicht)')
      .fill('Aanbieder gebeld, bespreking volgende week.');
    await page.getByRole('button', { name: 'Status opslaan' }).click();
    await page.getByText('De status is nu: In behandeling.').waitFor();
    const history = page.getByRole('table', { name: 'Wat er met dit signaal is gebeurd' });
    await expect
      .poll(() => history.textContent(), POLL)
      .toContain('Aanbieder gebeld, bespreking volgende week.');
    await check(page, 'signal page in progress');

    // The overview counts the signal as in progress.
    await page.goto(`${base}/dubbele-financiering`);
    const inProgress = page
      .getByRole('table', { name: 'Aantal signalen per status' })
      .getByRole('row', { name: /In behandeling/ });
    await expect.poll(() => inProgress.textContent(), POLL).toContain('1');
    await check(page, 'overview with a signal');
    await leave();
  });
});
