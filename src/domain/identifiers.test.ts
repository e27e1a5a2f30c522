import { describe, expect, it } from 'vitest';
import {
  formatIban,
  ibanSchema,
  isValidIban,
  isValidKvkNumber,
  postcodeSchema,
} from './identifiers.ts';

describe('IBAN', () => {
  it('passes the mod-97 check for real Dutch examples', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('nl91 abna 0417 1643 00')).toBe(true);
    expect(isValidIban('NL20INGB0001234567')).toBe(true);
  });

  it('fails on one wrong digit, a wrong length or rubbish', () => {
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA041716430')).toBe(false);
    expect(isValidIban('1234')).toBe(false);
  });

  it('is stored without spaces and shown in groups of four', () => {
    expect(ibanSchema.parse('nl91 abna 0417 1643 00')).toBe('NL91ABNA0417164300');
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
    expect(ibanSchema.safeParse('NL91ABNA0417164301').error?.issues[0]?.message).toMatch(
      /^Dit IBAN klopt niet/,
    );
  });
});

describe('KvK number and postcode', () => {
  it('KvK is exactly 8 digits', () => {
    expect(isValidKvkNumber('90000001')).toBe(true);
    expect(isValidKvkNumber('9000001')).toBe(false);
    expect(isValidKvkNumber('9000000A')).toBe(false);
  });

  it('postcode is written as 6211 AB', () => {
    expect(postcodeSchema.parse('6211ab')).toBe('6211 AB');
    expect(postcodeSchema.safeParse('0211AB').success).toBe(false);
  });
});
