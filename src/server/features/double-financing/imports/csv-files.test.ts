import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllocationsCsv } from './allocations-csv.ts';
import { BadInputError } from './bad-input.ts';
import { readCsvRecords } from './csv-reader.ts';
import { readParticipantsCsv } from './participants-csv.ts';
import type { IdentifyPerson } from './records.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const bytes = (text: string) => new TextEncoder().encode(text);
/** Stands in for the pseudonym: "p:" and the BSN, or null for the one invalid test BSN. */
const identify: IdentifyPerson = (bsn) => (bsn === '123456789' || bsn === '' ? null : `p:${bsn}`);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BadInputError) return error.message;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('the CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\n"De Boomgaard, Heer","zei ""ja""",x\r\n"twee\nregels",,""\nlast,"",end\n';
    expect(readCsvRecords(text, 'f.csv')).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['De Boomgaard, Heer', 'zei "ja"', 'x'] },
      { line: 3, fields: ['twee\nregels', '', ''] },
      { line: 5, fields: ['last', '', 'end'] },
    ]);
  });

  it('refuses a file cut off inside its last record', () => {
    expect(() => readCsvRecords('a,b\n1,2\n3,', 'f.csv')).toThrow(
      'f.csv, line 3: ends in the middle of a record: the file may be cut off (a complete CSV file ends with a line break)',
    );
  });

  it('skips empty lines', () => {
    expect(readCsvRecords('a,b\n\n1,2\n\n', 'f.csv')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
    expect(readCsvRecords('', 'f.csv')).toEqual([]);
  });

  it('refuses quotes it cannot read unambiguously, naming the line', () => {
    expect(refusal(() => readCsvRecords('a,b\n1,"open\n2,3\n', 'f.csv'))).toBe(
      'f.csv, line 2: a quoted field is not closed (a double quote is missing)',
    );
    expect(refusal(() => readCsvRecords('a,b\n1,x"y\n', 'f.csv'))).toBe(
      'f.csv, line 2: a double quote appears inside an unquoted field',
    );
    expect(refusal(() => readCsvRecords('a,b\n1,"x"y\n', 'f.csv'))).toBe(
      'f.csv, line 2: text follows a closing double quote',
    );
  });
});

describe('the participants file', () => {
  it('reads the fixture: consent, open ends, commas and quotes in names', () => {
    const read = readParticipantsCsv(
      readFileSync(path.join(FIXTURES, 'deelnemers.csv')),
      'deelnemers.csv',
      identify,
    );
    expect(read.records).toEqual([
      {
        provision: 'Dagactiviteit De Boomgaard, Heer',
        consent: true,
        person: 'p:111222333',
        start: '2026-02-01',
        end: null,
      },
      {
        provision: 'Inloop Het Trefpunt',
        consent: true,
        person: 'p:111222333',
        start: '2025-01-01',
        end: '2025-12-31',
      },
      {
        provision: 'Dagactiviteit De Boomgaard',
        consent: true,
        person: 'p:999993653',
        start: '2026-06-30',
        end: '2026-09-30',
      },
      // Without consent the BSN is not looked at: counted, never a person.
      {
        provision: 'Dagactiviteit De Boomgaard',
        consent: false,
        person: null,
        start: '2026-01-01',
        end: null,
      },
      {
        provision: 'Inloop Het Trefpunt',
        consent: false,
        person: null,
        start: '2026-01-01',
        end: '2026-03-31',
      },
      {
        provision: 'Inloop Het Trefpunt',
        consent: true,
        person: null,
        start: '2026-01-01',
        end: null,
      },
      {
        provision: 'Moestuin "Samen"',
        consent: true,
        person: 'p:012345672',
        start: '2026-03-01',
        end: '2026-03-31',
      },
      {
        provision: 'Inloop Het Trefpunt',
        consent: true,
        person: 'p:123456782',
        start: '2027-01-01',
        end: null,
      },
    ]);
    expect(read.rejected).toEqual([
      { file: 'deelnemers.csv', line: 7, reason: 'BSN fails the 11-proef' },
    ]);
  });

  it('accepts a byte-order mark, CRLF, columns in another order and Yes/NO', () => {
    const read = readParticipantsCsv(
      bytes('\uFEFFbsn,Provision,consent,end,start\r\n111222333,Inloop,Yes,,2026-01-01\r\n'),
      'f.csv',
      identify,
    );
    expect(read.records).toEqual([
      { provision: 'Inloop', consent: true, person: 'p:111222333', start: '2026-01-01', end: null },
    ]);
  });

  it('names the line and field of every kind of bad record', () => {
    const header = 'provision,bsn,consent,start,end\n';
    const cases: [string, string][] = [
      [
        `${header}Inloop,111222333,yes,2026-02-30,\n`,
        'f.csv, line 2, field "start": "2026-02-30" is not a valid date (YYYY-MM-DD)',
      ],
      [
        `${header}Inloop,111222333,yes,2026-01-01,\nInloop,111222333,yes,2026-07-01,2026-06-30\n`,
        'f.csv, line 3, field "end": the end 2026-06-30 lies before the start 2026-07-01',
      ],
      [
        `${header}Inloop,111222333,ja,2026-01-01,\n`,
        'f.csv, line 2, field "consent": "ja" must be yes or no',
      ],
      [
        `${header},111222333,yes,2026-01-01,\n`,
        'f.csv, line 2, field "provision": is empty; name the provision',
      ],
      [
        `${header}Inloop,111222333,yes,2026-01-01\n`,
        'f.csv, line 2: has 4 fields where the header has 5',
      ],
      [
        'provision,bsn,consent,start\n',
        'f.csv, line 1: the header must be provision,bsn,consent,start,end (missing: end)',
      ],
      [
        'provisie;bsn;consent;start;end\n',
        'f.csv, line 1: the header must be provision,bsn,consent,start,end (separated by ; or by commas) (missing: provision)',
      ],
      [
        `${header}Inloop,111222333,yes,1/2/2026,\n`,
        'f.csv, line 2, field "start": "1/2/2026" is not a date this file can hold: write it as YYYY-MM-DD (2026-02-01) or as DD-MM-YYYY (01-02-2026); in Excel, give the column the date format jjjj-mm-dd',
      ],
      [
        `${header}Inloop,111222333,yes,01-02-26,\n`,
        'f.csv, line 2, field "start": "01-02-26" is not a date this file can hold: write it as YYYY-MM-DD (2026-02-01) or as DD-MM-YYYY (01-02-2026); in Excel, give the column the date format jjjj-mm-dd',
      ],
      [
        `${header}Inloop,111222333,yes,31-02-2026,\n`,
        'f.csv, line 2, field "start": "31-02-2026" is not a valid date (DD-MM-YYYY)',
      ],
      ['', 'f.csv, line 1: is empty; expected the header provision,bsn,consent,start,end'],
    ];
    for (const [text, message] of cases) {
      expect(refusal(() => readParticipantsCsv(bytes(text), 'f.csv', identify))).toBe(message);
    }
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const latin1 = Uint8Array.from([
      ...bytes('provision,bsn,consent,start,end\nInloop,111222333,yes,2026-01-01,\nCaf'),
      0xe9,
      ...bytes(',111222333,yes,2026-01-01,\n'),
    ]);
    expect(refusal(() => readParticipantsCsv(latin1, 'f.csv', identify))).toBe(
      'f.csv, line 3: is not UTF-8 text (save the file as UTF-8; in Excel: "CSV UTF-8 (door komma\'s gescheiden)")',
    );
  });
});

describe('the allocations CSV', () => {
  it('reads the fixture, with empty category or product as absent', () => {
    const read = readAllocationsCsv(
      readFileSync(path.join(FIXTURES, 'toewijzingen.csv')),
      'toewijzingen.csv',
      identify,
    );
    expect(read.records).toEqual([
      {
        person: 'p:111222333',
        providerAgb: '42420003',
        allocationNumber: '301',
        category: '07',
        product: '07A12',
        start: '2026-05-01',
        end: null,
        assignedAt: null,
        changeReason: null,
        line: 2,
      },
      {
        person: 'p:012345672',
        providerAgb: '42420003',
        allocationNumber: '302',
        category: null,
        product: '07A12',
        start: '2026-03-31',
        end: '2026-12-31',
        assignedAt: null,
        changeReason: null,
        line: 3,
      },
      {
        person: null,
        providerAgb: '42420003',
        allocationNumber: '303',
        category: '07',
        product: null,
        start: '2026-01-01',
        end: null,
        assignedAt: null,
        changeReason: null,
        line: 4,
      },
      {
        person: 'p:123456782',
        providerAgb: '42420003',
        allocationNumber: '304',
        category: '07',
        product: '07A12',
        start: '2026-01-01',
        end: '2026-12-31',
        assignedAt: null,
        changeReason: null,
        line: 5,
      },
    ]);
    expect(read.rejected).toEqual([
      { file: 'toewijzingen.csv', line: 4, reason: 'BSN fails the 11-proef' },
    ]);
  });

  it('reads a file saved by Dutch Excel as the same allocations: ";", dd-mm-jjjj, zeros restored', () => {
    const excel = readAllocationsCsv(
      readFileSync(path.join(FIXTURES, 'toewijzingen-excel-puntkomma.csv')),
      'excel.csv',
      identify,
    );
    const plain = readAllocationsCsv(
      readFileSync(path.join(FIXTURES, 'toewijzingen.csv')),
      'toewijzingen.csv',
      identify,
    );
    // Excel wrote category 7 for 07 and the BSN 012345672 as 12345672.
    expect(excel.records).toEqual(plain.records);
    expect(excel.rejected).toEqual([
      { file: 'excel.csv', line: 4, reason: 'BSN fails the 11-proef' },
    ]);
    const participants = readParticipantsCsv(
      readFileSync(path.join(FIXTURES, 'deelnemers-excel-puntkomma.csv')),
      'deelnemers-excel.csv',
      identify,
    );
    expect(participants.records).toEqual([
      {
        provision: 'Dagactiviteit De Boomgaard; Heer',
        consent: true,
        person: 'p:111222333',
        start: '2026-02-01',
        end: null,
      },
      {
        provision: 'Inloop Het Trefpunt',
        consent: true,
        person: 'p:012345672',
        start: '2026-03-01',
        end: '2026-03-31',
      },
    ]);
  });

  it('restores no zeros in a comma file: there an 8-digit BSN is what was written', () => {
    const read = readAllocationsCsv(
      bytes(
        'bsn,agb,allocationNumber,category,product,start,end\n12345672,42420003,1,07,,2026-01-01,\n',
      ),
      'f.csv',
      identify,
    );
    // Read as written (the 11-proef, which wants nine digits, then rejects it).
    expect(read.records[0]?.person).toBe('p:12345672');
  });

  it('refuses an AGB code that is not eight digits and an empty allocation number', () => {
    const header = 'bsn,agb,allocationNumber,category,product,start,end\n';
    expect(
      refusal(() =>
        readAllocationsCsv(
          bytes(`${header}111222333,4242001,1,07,,2026-01-01,\n`),
          'a.csv',
          identify,
        ),
      ),
    ).toBe('a.csv, line 2, field "agb": "4242001" is not an AGB code of eight digits');
    expect(
      refusal(() =>
        readAllocationsCsv(
          bytes(`${header}111222333,42420001,,07,,2026-01-01,\n`),
          'a.csv',
          identify,
        ),
      ),
    ).toBe('a.csv, line 2, field "allocationNumber": is empty');
  });
});
