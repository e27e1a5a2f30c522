/**
 * Wmo allocations as CSV, for municipalities that export them from their own system
 * rather than as iWmo messages: `bsn,agb,allocationNumber,category,product,start,end`.
 */
import { parsePeriod } from '../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';
import { readCsvDay, readCsvTable, restoreLeadingZeros } from './csv-reader.ts';
import {
  AGB_CODE,
  BSN_REJECTED,
  type AllocationRecord,
  type IdentifyPerson,
  type ReadFile,
} from './records.ts';

export const ALLOCATION_COLUMNS = [
  'bsn',
  'agb',
  'allocationNumber',
  'category',
  'product',
  'start',
  'end',
] as const;

export function readAllocationsCsv(
  bytes: Uint8Array,
  file: string,
  identify: IdentifyPerson,
): ReadFile<AllocationRecord> {
  const result: ReadFile<AllocationRecord> = { records: [], rejected: [] };
  const table = readCsvTable(bytes, file, ALLOCATION_COLUMNS);
  for (const { line, values: raw } of table.rows) {
    const zeros = (text: string, length: number) =>
      restoreLeadingZeros(text, length, table.dialect);
    const values = {
      ...raw,
      bsn: zeros(raw.bsn, 9),
      agb: zeros(raw.agb, 8),
      category: zeros(raw.category, 2),
      start: readCsvDay(raw.start, { file, line, field: 'start' }),
      end: readCsvDay(raw.end, { file, line, field: 'end' }),
    };
    if (!AGB_CODE.test(values.agb)) {
      throw new BadInputError(
        { file, line, field: 'agb' },
        `"${values.agb}" is not an AGB code of eight digits`,
      );
    }
    if (values.allocationNumber === '') {
      throw new BadInputError({ file, line, field: 'allocationNumber' }, 'is empty');
    }
    const period = parsePeriod(values.start, values.end);
    if (!period.ok) throw new BadInputError({ file, line, field: period.field }, period.reason);
    const person = identify(values.bsn);
    if (person === null) result.rejected.push({ file, line, reason: BSN_REJECTED });
    result.records.push({
      person,
      providerAgb: values.agb,
      allocationNumber: values.allocationNumber,
      category: values.category === '' ? null : values.category,
      product: values.product === '' ? null : values.product,
      ...period.period,
      assignedAt: null,
      changeReason: null,
      line,
    });
  }
  return result;
}
