import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../features/double-financing/imports/csv-reader.ts';
import { type CsvColumn, amsterdamIso, toCsv, xlsxDay, xlsxMoment } from './spreadsheet.ts';

interface Grant {
  organisation: string;
  cents: number;
  participants: number;
  average: number;
  decidedOn: string;
  receivedAt: Date;
}

const columns: CsvColumn<Grant>[] = [
  { header: 'Organisatie', kind: 'text', value: (g) => g.organisation },
  { header: 'Bedrag (€)', kind: 'cents', value: (g) => g.cents },
  { header: 'Deelnemers', kind: 'number', value: (g) => g.participants },
  { header: 'Gemiddeld cijfer', kind: 'number', value: (g) => g.average },
  { header: 'Besloten op', kind: 'day', value: (g) => g.decidedOn },
  { header: 'Ontvangen', kind: 'moment', value: (g) => g.receivedAt },
];

const grants: Grant[] = [
  {
    organisation: 'Stichting "De Brug"; Maastricht',
    cents: 123450,
    participants: 40,
    average: 7.5,
    decidedOn: '2027-04-15',
    // 1 March 2027 12:00 in Amsterdam (winter time, UTC+1).
    receivedAt: new Date('2027-03-01T11:00:00Z'),
  },
  {
    organisation: '=HYPERLINK("http://example.org")',
    cents: 5,
    participants: 3,
    average: 6,
    decidedOn: '2027-07-01',
    // 1 July 2027 09:30 in Amsterdam (summer time, UTC+2).
    receivedAt: new Date('2027-07-01T07:30:00Z'),
  },
];

describe('a CSV file for Dutch Excel', () => {
  const text = toCsv(columns, grants, 'excel-nl');

  it('starts with a UTF-8 byte-order mark, so Excel reads the accents', () => {
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('reads back with semicolons, a decimal comma and dd-mm-jjjj', () => {
    const records = readCsvRecords(text.slice(1), 'grants.csv', ';').map((r) => r.fields);
    expect(records).toEqual([
      ['Organisatie', 'Bedrag (€)', 'Deelnemers', 'Gemiddeld cijfer', 'Besloten op', 'Ontvangen'],
      ['Stichting "De Brug"; Maastricht', '1234,50', '40', '7,5', '15-04-2027', '01-03-2027 12:00'],
      ['\'=HYPERLINK("http://example.org")', '0,05', '3', '6', '01-07-2027', '01-07-2027 09:30'],
    ]);
  });

  it('quotes a field with a semicolon or a quote, and ends every line with CRLF', () => {
    expect(text.split('\r\n')[1]).toBe(
      '"Stichting ""De Brug""; Maastricht";1234,50;40;7,5;15-04-2027;01-03-2027 12:00',
    );
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('writes an amount without a thousands separator, and a negative one with a minus', () => {
    const one: CsvColumn<number>[] = [{ header: 'Bedrag', kind: 'cents', value: (c) => c }];
    expect(toCsv(one, [123456789, -1999, 0], 'excel-nl')).toBe(
      '\uFEFFBedrag\r\n1234567,89\r\n-19,99\r\n0,00\r\n',
    );
  });
});

describe('the RFC 4180 CSV file for programs', () => {
  const text = toCsv(columns, grants, 'rfc4180');

  it('has no byte-order mark, commas, a decimal point and ISO 8601 with the offset', () => {
    expect(text.charCodeAt(0)).toBe('O'.charCodeAt(0));
    const records = readCsvRecords(text, 'grants.csv').map((r) => r.fields);
    expect(records).toEqual([
      ['Organisatie', 'Bedrag (€)', 'Deelnemers', 'Gemiddeld cijfer', 'Besloten op', 'Ontvangen'],
      [
        'Stichting "De Brug"; Maastricht',
        '1234.50',
        '40',
        '7.5',
        '2027-04-15',
        '2027-03-01T12:00+01:00',
      ],
      [
        '=HYPERLINK("http://example.org")',
        '0.05',
        '3',
        '6',
        '2027-07-01',
        '2027-07-01T09:30+02:00',
      ],
    ]);
  });
});

describe('moments and days for spreadsheets', () => {
  it('writes an instant in Amsterdam time with its offset, also across the change to summer time', () => {
    expect(amsterdamIso(new Date('2027-03-28T00:59:00Z'))).toBe('2027-03-28T01:59+01:00');
    expect(amsterdamIso(new Date('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00+02:00');
  });

  it('gives XLSX the Amsterdam wall-clock time, as Excel dates have no time zone', () => {
    expect(xlsxMoment(new Date('2027-07-01T07:30:00Z'))).toEqual(new Date('2027-07-01T09:30:00Z'));
    expect(xlsxDay('2027-04-15')).toEqual(new Date('2027-04-15T00:00:00Z'));
  });
});
