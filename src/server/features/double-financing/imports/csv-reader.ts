/**
 * A small RFC 4180 CSV reader: comma-separated, fields optionally in double quotes (with
 * "" for a quote, and commas and line breaks inside), records ending in LF or CRLF. A file
 * that Dutch Excel saved (`;` between the columns, dates as dd-mm-jjjj, leading zeros of
 * numbers dropped) is recognised by its header and read as such where that is unambiguous
 * (docs/rules/iwmo-wmo301.md, "CSV from Excel").
 * Strict where sloppiness would misread data: a quote inside an unquoted field, text after
 * a closing quote, or an unclosed quote refuses the file. Lines count physically from 1
 * (the header), and a record is reported by the line it starts on. The file must end with a
 * line break, so a truncated file is refused rather than read as shorter records.
 */
import { isValidDay } from '../../../../domain/periods.ts';
import { BadInputError } from './bad-input.ts';

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** `rfc4180`: commas, dates YYYY-MM-DD; `excel-nl`: what Dutch Excel writes. */
export type CsvDialect = 'rfc4180' | 'excel-nl';

export function readCsvRecords(text: string, file: string, separator = ','): CsvRecord[] {
  return [...csvRecords(text, file, separator)];
}

/**
 * The records of a CSV text one at a time, so that a large file is read while its records
 * are used. A record that cannot be read is refused when the reading reaches it.
 */
export function* csvRecords(text: string, file: string, separator = ','): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  let quoted = false; // the current field was written in quotes (and may be empty)
  let line = 1;
  let recordLine = 1;
  let i = 0;

  const endField = () => {
    fields.push(field);
    field = '';
    quoted = false;
  };

  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (field !== '' || quoted) {
        throw new BadInputError({ file, line }, 'a double quote appears inside an unquoted field');
      }
      const openedOn = line;
      i += 1;
      for (;;) {
        if (i >= text.length) {
          throw new BadInputError(
            { file, line: openedOn },
            'a quoted field is not closed (a double quote is missing)',
          );
        }
        const q = text[i];
        i += 1;
        if (q === '"') {
          if (text[i] !== '"') break;
          i += 1;
        } else if (q === '\n') {
          line += 1;
        }
        field += q;
      }
      quoted = true;
      const next = text[i];
      if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
        throw new BadInputError({ file, line }, 'text follows a closing double quote');
      }
    } else if (c === separator) {
      endField();
      i += 1;
    } else if (c === '\r' || c === '\n') {
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      // A line with nothing on it is no record (for example after the last newline).
      const blank = fields.length === 0 && field === '' && !quoted;
      if (!blank) {
        endField();
        yield { line: recordLine, fields };
      }
      fields = [];
      line += 1;
      recordLine = line;
    } else {
      field += c;
      i += 1;
    }
  }
  // A file cut off inside its last record can still parse (a date cut after its comma
  // reads as an open end), so a complete file must end with a line break.
  if (fields.length > 0 || field !== '' || quoted) {
    throw new BadInputError(
      { file, line: recordLine },
      'ends in the middle of a record: the file may be cut off (a complete CSV file ends with a line break)',
    );
  }
}

/** Refuses bytes that are not UTF-8, naming the line of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    throw new BadInputError(
      { file, line },
      'is not UTF-8 text (save the file as UTF-8; in Excel: "CSV UTF-8 (door komma\'s gescheiden)")',
    );
  }
}

/**
 * The data records of a CSV file with exactly the given columns (in any order, names
 * compared without case), each as an object by column name with values trimmed, and the
 * dialect the file was written in (by its header: `;` between the names is Excel's).
 */
export function readCsvTable<C extends string>(
  bytes: Uint8Array,
  file: string,
  columns: readonly C[],
): { dialect: CsvDialect; rows: CsvRow<C>[] } {
  const table = csvTable(bytes, file, columns);
  return { dialect: table.dialect, rows: [...table.rows] };
}

export interface CsvRow<C extends string> {
  line: number;
  values: Record<C, string>;
}

export interface CsvTable<C extends string> {
  dialect: CsvDialect;
  /** The data records one at a time. */
  rows: Generator<CsvRow<C>>;
  /**
   * Refuses the file for a wrong value in a row, unless the rest of the file holds a
   * problem that refuses it first. Throws, always.
   */
  refuse(problem: BadInputError): never;
}

/**
 * The data records of a CSV file as `readCsvTable` reads them, one at a time. A file is
 * refused for the problem a whole reading would name: first a record that cannot be read
 * at all (anywhere in the file), then a wrong header, then a record with the wrong number of
 * fields, and only then a wrong value (the caller's `refuse`); of problems of one kind, the
 * first in the file. So reading a large file as it comes refuses it with the same words.
 */
export function csvTable<C extends string>(
  bytes: Uint8Array,
  file: string,
  columns: readonly C[],
): CsvTable<C> {
  const expected = columns.join(',');
  const text = decodeUtf8(bytes, file);
  // The header (names without quotes or commas) tells the separator before anything is read.
  const headerLine = text.slice(0, text.search(/\r|\n|$/));
  const dialect: CsvDialect =
    headerLine.includes(';') && !headerLine.includes(',') ? 'excel-nl' : 'rfc4180';
  const records = csvRecords(text, file, dialect === 'excel-nl' ? ';' : ',');
  const fieldCountProblem = (record: CsvRecord) =>
    new BadInputError(
      { file, line: record.line },
      `has ${record.fields.length} field${record.fields.length === 1 ? '' : 's'} where the header has ${columns.length}`,
    );
  // Reads the rest of the file: a record that cannot be read throws from `records`.
  const refuseAfterRest = (problem: BadInputError, fieldCountsFirst: boolean): never => {
    let fieldCount: BadInputError | null = null;
    for (const record of records) {
      if (fieldCountsFirst && fieldCount === null && record.fields.length !== columns.length) {
        fieldCount = fieldCountProblem(record);
      }
    }
    throw fieldCount ?? problem;
  };

  const first = records.next();
  const header = first.done ? undefined : first.value;
  if (header === undefined) {
    throw new BadInputError({ file, line: 1 }, `is empty; expected the header ${expected}`);
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const positions = columns.map((column) => names.indexOf(column.toLowerCase()));
  const missing = columns.filter((_, k) => positions[k] === -1);
  const unknown = header.fields.filter((_, k) => !positions.includes(k));
  if (missing.length > 0 || unknown.length > 0 || names.length !== columns.length) {
    refuseAfterRest(
      new BadInputError(
        { file, line: header.line },
        `the header must be ${expected}${dialect === 'excel-nl' ? ' (separated by ; or by commas)' : ''}${missing.length > 0 ? ` (missing: ${missing.join(', ')})` : ''}`,
      ),
      false,
    );
  }

  function* rows(): Generator<CsvRow<C>> {
    for (const record of records) {
      if (record.fields.length !== columns.length) {
        refuseAfterRest(fieldCountProblem(record), false);
      }
      const values = {} as Record<C, string>;
      columns.forEach((column, k) => {
        values[column] = (record.fields[positions[k] as number] ?? '').trim();
      });
      yield { line: record.line, values };
    }
  }
  return { dialect, rows: rows(), refuse: (problem) => refuseAfterRest(problem, true) };
}

const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const DUTCH_DAY = /^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})$/;

/**
 * A day as the file wrote it, as YYYY-MM-DD (not yet checked to exist). Besides YYYY-MM-DD a
 * day may be written dd-mm-jjjj (d-m-jjjj too), as Dutch Excel saves dates: with the year
 * last in four digits and dashes, day before month is the only Dutch reading. Anything
 * else (slashes, two-digit years) could be read two ways, so it is refused with what to
 * write instead: a date is never guessed.
 */
export function readCsvDay(
  text: string,
  place: { file: string; line: number; field: string },
): string {
  if (text === '' || ISO_DAY.test(text)) return text;
  const dutch = DUTCH_DAY.exec(text);
  if (dutch) {
    const [, day, month, year] = dutch as unknown as [string, string, string, string];
    const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    if (!isValidDay(iso)) {
      throw new BadInputError(place, `"${text}" is not a valid date (DD-MM-YYYY)`);
    }
    return iso;
  }
  throw new BadInputError(
    place,
    `"${text}" is not a date this file can hold: write it as YYYY-MM-DD (2026-02-01) or as DD-MM-YYYY (01-02-2026); in Excel, give the column the date format jjjj-mm-dd`,
  );
}

/**
 * A code that Excel took for a number and wrote without its leading zeros (a BSN of 8
 * digits, category 7): in a file from Excel it gets them back. Only digits, and only up to
 * the code's own length, so nothing but the lost zeros is added.
 */
export function restoreLeadingZeros(text: string, length: number, dialect: CsvDialect): string {
  if (dialect !== 'excel-nl' || !/^[0-9]+$/.test(text) || text.length >= length) return text;
  return text.padStart(length, '0');
}
