/**
 * Wmo allocations as CSV, for municipalities that export them from their own system
 * rather than as iWmo messages: `bsn,agb,allocationNumber,category,product,start,end`.
 */
import { parsePeriod } from '../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';
import { readCsvTable } from './csv-reader.ts';
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
  for (const { line, values } of readCsvTable(bytes, file, ALLOCATION_COLUMNS)) {
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
    });
  }
  return result;
}
