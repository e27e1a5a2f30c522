import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rankAndAllocate, type TenderRankInput } from '../../../domain/tender/rank-and-allocate.ts';
import { rankedListXlsx } from './ranking-export.ts';
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
