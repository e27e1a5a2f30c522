import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedRankedRound } from '../../../../test/support/decision-fixtures.ts';
import { openTestDatabase } from '../../../../test/support/test-app.ts';
import { rankAndAllocate, type TenderRankInput } from '../../../domain/tender/rank-and-allocate.ts';
import { applications, assessments, users } from '../../platform/db/schema.ts';
import { renderPdf } from '../../platform/documents.ts';
import { rankedListPdf, rankedListXlsx, scoresXlsx } from './ranking-export.ts';
import type { Ranking } from './ranking.service.ts';

const scores = { samenwerking: 8, resultaat: 8, inclusie: 8, duurzaamheid: 8 };
const application = (reference: string, cents: number) => ({
  reference,
  submittedOnTime: true,
  meetsGeneralConditions: true,
  requestedCents: cents,
  budget: [{ kind: 'fixed_costs' as const, cents }],
  reach: { participants: 30, dayPartsPerWeek: 4, weeksPerYear: 48 },
  scores,
});

// A ceiling of € 25.000: the first gets its € 16.000, the second the € 9.000 that is left.
const input: TenderRankInput = {
  category: 'living_room',
  ceilingCents: 2_500_000,
  seed: 'Huiskamers 2027',
  applications: [application('AV-2027-0001', 1_600_000), application('AV-2027-0002', 1_800_000)],
};

const ranking: Ranking = {
  id: '00000000-0000-4000-8000-000000000001',
  roundId: '00000000-0000-4000-8000-000000000002',
  category: 'living_room',
  version: 1,
  reason: null,
  input,
  output: rankAndAllocate(input),
  applicationIds: {},
  fixedByName: 'Beleidsmedewerker',
  fixedAt: '2027-04-01T10:00:00.000Z',
};

describe('the ranked list as a spreadsheet', () => {
  it('holds the amounts as numbers in a euro format, not as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await rankedListXlsx([ranking], 'Subsidieronde 2027')) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Huiskamer')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const eligible = headers.indexOf('Subsidiabel (€)') + 1;
    const granted = headers.indexOf('Toegekend (€)') + 1;
    const partial = sheet.getRow(3);
    expect(partial.getCell(2).value).toBe('AV-2027-0002');
    expect(partial.getCell(eligible).value).toBe(18000);
    expect(partial.getCell(granted).value).toBe(9000);
    for (const cell of [partial.getCell(eligible), partial.getCell(granted)]) {
      expect(cell.type).toBe(ExcelJS.ValueType.Number);
      expect(cell.numFmt).toBe('"€" #,##0.00;"€" -#,##0.00');
    }
  });
});

describe('the ranked list as a PDF', () => {
  it('renders three times in a row, each a whole PDF (every render builds afresh)', async () => {
    const renders = [];
    for (let i = 0; i < 3; i++) {
      renders.push(
        await renderPdf(rankedListPdf([ranking], 'Subsidieronde 2027', 'Gemeente Maastricht')),
      );
    }
    expect(renders.map((pdf) => pdf.subarray(0, 5).toString('latin1'))).toEqual([
      '%PDF-',
      '%PDF-',
      '%PDF-',
    ]);
    for (const pdf of renders) expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });
});

describe('the scores per assessor as a spreadsheet', () => {
  it('holds the moment an assessor submitted as a date cell, empty while not submitted', async () => {
    const { handle, drop } = await openTestDatabase();
    try {
      const roundId = await seedRankedRound(handle.db, 1);
      const [application] = await handle.db
        .select({ id: applications.id })
        .from(applications)
        .where(eq(applications.roundId, roundId));
      const assessorIds = await Promise.all(
        ['assessor@demo.example', 'assessor2@demo.example'].map(
          async (email) =>
            (await handle.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!
              .id,
        ),
      );
      const score = { score: 8, motivation: 'Goed onderbouwd.' };
      const sheet = {
        samenwerking: score,
        resultaat: score,
        inclusie: score,
        duurzaamheid: score,
      };
      await handle.db.insert(assessments).values([
        // Submitted on 12 March 2027 at 15:45 Amsterdam time (UTC+1).
        {
          applicationId: application!.id,
          assessorId: assessorIds[0]!,
          scores: sheet,
          submittedAt: new Date('2027-03-12T14:45:00Z'),
        },
        { applicationId: application!.id, assessorId: assessorIds[1]!, scores: sheet },
      ]);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await scoresXlsx(handle.db, roundId)) as unknown as ArrayBuffer);
      const rows = workbook.getWorksheet('Scores per beoordelaar')!;
      const headers = (rows.getRow(1).values as unknown[]).slice(1);
      const submitted = headers.indexOf('Ingediend op') + 1;
      const assessor = headers.indexOf('Beoordelaar') + 1;
      const submittedOf = (name: string) => {
        const row = [2, 3]
          .map((r) => rows.getRow(r))
          .find((r) => r.getCell(assessor).value === name);
        return row!.getCell(submitted);
      };
      // Joost Meulenberg (assessor@) submitted; Bram Hendriks (assessor2@) did not.
      const done = submittedOf('Joost Meulenberg');
      expect(done.type).toBe(ExcelJS.ValueType.Date);
      expect(done.value).toEqual(new Date('2027-03-12T15:45:00Z'));
      expect(done.numFmt).toBe('dd-mm-yyyy hh:mm');
      expect(submittedOf('Bram Hendriks').value).toBeNull();
    } finally {
      await drop();
    }
  });
});
