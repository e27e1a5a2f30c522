import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bsnSchema, isValidBsn, maskBsnLikeNumbers } from './bsn.ts';

/** Nine-digit strings that pass the 11-proef: eight free digits and the check digit. */
const validBsn = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((digits) => {
    const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
    return { digits, check: sum % 11 };
  })
  .filter(({ digits, check }) => check <= 9 && digits.some((d) => d !== 0))
  .map(({ digits, check }) => `${digits.join('')}${check}`);

describe('the 11-proef on a BSN', () => {
  it('accepts numbers whose weighted sum is a multiple of 11', () => {
    // 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 × 11
    expect(isValidBsn('111222333')).toBe(true);
    // The test BSN used throughout the Dutch government's test environments.
    expect(isValidBsn('999993653')).toBe(true);
    // A leading zero is a digit like any other.
    expect(isValidBsn('012345672')).toBe(true);
  });

  it('refuses a wrong check digit, eight digits, letters, spaces and all zeros', () => {
    // 9+16+21+24+25+24+21+16 − 9 = 147 = 13 × 11 + 4
    expect(isValidBsn('123456789')).toBe(false);
    // 12345672 passes the sum when read with a leading zero, but eight digits are not a BSN.
    expect(isValidBsn('12345672')).toBe(false);
    expect(isValidBsn('1112223330')).toBe(false);
    expect(isValidBsn('11122233a')).toBe(false);
    expect(isValidBsn(' 111222333')).toBe(false);
    expect(isValidBsn('111 222 333')).toBe(false);
    expect(isValidBsn('')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('١١١٢٢٢٣٣٣')).toBe(false); // Arabic-Indic digits are not 0-9
  });

  it('catches every single wrong digit', () => {
    fc.assert(
      fc.property(
        validBsn,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (bsn, position, shift) => {
          expect(isValidBsn(bsn)).toBe(true);
          const wrong = (Number(bsn[position]) + shift) % 10;
          const typo = `${bsn.slice(0, position)}${wrong}${bsn.slice(position + 1)}`;
          expect(isValidBsn(typo)).toBe(false);
        },
      ),
    );
  });

  it('catches every swap of two different neighbouring digits', () => {
    fc.assert(
      fc.property(validBsn, fc.integer({ min: 0, max: 7 }), (bsn, i) => {
        fc.pre(bsn[i] !== bsn[i + 1]);
        const swapped = `${bsn.slice(0, i)}${bsn[i + 1]}${bsn[i]}${bsn.slice(i + 2)}`;
        expect(isValidBsn(swapped)).toBe(false);
      }),
    );
  });

  it('refuses any text that is not exactly nine digits', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[0-9]{9}$/.test(s)),
        (text) => {
          expect(isValidBsn(text)).toBe(false);
        },
      ),
    );
  });

  it('has a form schema that trims and explains the refusal in Dutch', () => {
    expect(bsnSchema.parse(' 111222333 ')).toBe('111222333');
    const result = bsnSchema.safeParse('123456789');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Dit BSN klopt niet (elfproef).');
  });
});

describe('a BSN-shaped number in a message', () => {
  it('keeps its first two digits only; AGB codes, dates and longer numbers stay', () => {
    expect(maskBsnLikeNumbers('"111222333" is not an AGB code of eight digits')).toBe(
      '"11*******" is not an AGB code of eight digits',
    );
    expect(maskBsnLikeNumbers('BSN 999999990 en 123456782, AGB 42420004, 2026-01-01')).toBe(
      'BSN 99******* en 12*******, AGB 42420004, 2026-01-01',
    );
    expect(maskBsnLikeNumbers('bericht 1234567890123 van 20260915')).toBe(
      'bericht 1234567890123 van 20260915',
    );
  });
});
