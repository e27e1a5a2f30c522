/**
 * The form of a product code in the scope (PRODUCT_CODE in domain/double-financing/scope.ts)
 * is that of LDT_ProductCode in the official iWmo 3.2 basisschema: every code below is
 * written as Product/Code into a WMO301 message, and the pattern must say what xmllint says
 * of that message. Before one pattern served both, the product's form took only codes of
 * exactly five capitals and digits (refusing 7A1), and the command line only letters and
 * digits (refusing 07-A1); the schema takes both.
 */
import { describe, expect, it } from 'vitest';
import { PRODUCT_CODE } from '../../../../domain/double-financing/scope.ts';
import { schemaErrors, xmlToolsAvailable } from '../../../../../test/support/iwmo-validate.ts';
import { writeWmo301 } from './wmo301-writer.ts';

const CODES = [
  '07A12',
  '7A1',
  'A',
  '12345',
  '07-A1',
  '07 A1',
  ' 07A',
  '07a12',
  'Ä1',
  '😀',
  '',
  '123456',
  ' ',
  '\t',
  ' \t ',
  '07\nA1',
];

function messageWithCode(code: string): string {
  return writeWmo301({
    identification: 'T1',
    dated: '2026-01-05',
    providerAgb: '42420001',
    client: { bsn: '111222333', birthDate: '1960-01-01', surname: 'Test' },
    allocations: [
      {
        number: 9,
        category: '07',
        productCode: code,
        assignedOn: '2026-01-05',
        assignedAt: '12:00:00',
        start: '2026-01-01',
        end: '2026-06-30',
      },
    ],
  });
}

describe.runIf(xmlToolsAvailable())('a product code of the scope', () => {
  it.each(CODES)('%j is one exactly when the iWmo 3.2 schema says so', (code) => {
    const errors = schemaErrors(messageWithCode(code));
    expect(PRODUCT_CODE.test(code), errors.join('\n')).toBe(errors.length === 0);
  });

  it('was refused by one of the two earlier patterns in cases the schema takes', () => {
    expect(schemaErrors(messageWithCode('7A1'))).toEqual([]);
    expect(/^[0-9A-Z]{5}$/.test('7A1')).toBe(false);
    expect(schemaErrors(messageWithCode('07-A1'))).toEqual([]);
    expect(/^[0-9A-Za-z]{1,5}$/.test('07-A1')).toBe(false);
  });
});
