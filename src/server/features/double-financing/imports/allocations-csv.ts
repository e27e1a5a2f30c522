/**
 * Wmo allocations as CSV, for municipalities that export them from their own system
 * rather than as iWmo messages: `bsn,agb,allocationNumber,category,product,start,end`.
 */
import { parsePeriod } from '../../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';
import { csvTable, readCsvDay, restoreLeadingZeros, type CsvDialect } from './csv-reader.ts';
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
  for (const part of allocationsCsvParts(bytes, file, identify, Infinity)) {
    // A loop, not push(...records): spreading 100 000 records would overflow the stack.
    for (const record of part.records) result.records.push(record);
    for (const rejection of part.rejected) result.rejected.push(rejection);
  }
  return result;
}

/**
 * The allocations of a CSV file as they are read, at most `size` records at a time, each
 * part with the line it ends on. A file is refused for the same problem as when it is read
 * whole (csvTable); records of earlier parts are then of no use.
 */
export function* allocationsCsvParts(
  bytes: Uint8Array,
  file: string,
  identify: IdentifyPerson,
  size: number,
): Generator<ReadFile<AllocationRecord> & { lastLine: number }> {
  let part: ReadFile<AllocationRecord> & { lastLine: number } = {
    records: [],
    rejected: [],
    lastLine: 1,
  };
  let yielded = false;
  const table = csvTable(bytes, file, ALLOCATION_COLUMNS);
  for (const { line, values: raw } of table.rows) {
    try {
      const record = allocationOf(raw, { file, line, dialect: table.dialect }, identify);
      if (record.person === null) part.rejected.push({ file, line, reason: BSN_REJECTED });
      part.records.push(record);
      part.lastLine = line;
    } catch (error) {
      if (error instanceof BadInputError) table.refuse(error);
      throw error;
    }
    if (part.records.length >= size) {
      yield part;
      yielded = true;
      part = { records: [], rejected: [], lastLine: line };
    }
  }
  // A file with a header only is read as one empty part.
  if (part.records.length > 0 || !yielded) yield part;
}

function allocationOf(
  raw: Record<(typeof ALLOCATION_COLUMNS)[number], string>,
  { file, line, dialect }: { file: string; line: number; dialect: CsvDialect },
  identify: IdentifyPerson,
): AllocationRecord {
  const zeros = (text: string, length: number) => restoreLeadingZeros(text, length, dialect);
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
  return {
    person: identify(values.bsn),
    providerAgb: values.agb,
    allocationNumber: values.allocationNumber,
    category: values.category === '' ? null : values.category,
    product: values.product === '' ? null : values.product,
    ...period.period,
    assignedAt: null,
    changeReason: null,
    line,
  };
}
