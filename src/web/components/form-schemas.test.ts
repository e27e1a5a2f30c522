import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  euroText,
  optionalText,
  requiredEuroText,
  requiredWholeNumberText,
  wholeNumberText,
} from './form-schemas.ts';

/** The value, or the messages of the issues. */
function check(schema: z.ZodType, input: string): unknown {
  const result = schema.safeParse(input);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
}

describe('euro amounts', () => {
  it('turns text into cents, an empty box into null', () => {
    expect(check(euroText, '1.234,56')).toBe(123456);
    expect(check(euroText, '')).toBeNull();
    expect(check(euroText, 'veel')).toEqual(['Vul een bedrag in euro in, bijvoorbeeld 1.234,56.']);
  });

  it('when required, says an empty box must be filled in', () => {
    expect(check(requiredEuroText(), '250')).toBe(25000);
    expect(check(requiredEuroText(), '')).toEqual(['Vul een bedrag in.']);
    expect(check(requiredEuroText('Vul het plafond in.'), ' ')).toEqual(['Vul het plafond in.']);
    expect(check(requiredEuroText(), '1,2,3')).toEqual([
      'Vul een bedrag in euro in, bijvoorbeeld 1.234,56.',
    ]);
  });
});

describe('whole numbers', () => {
  it('turns text into a number, an empty box into null', () => {
    expect(check(wholeNumberText('Het aantal deelnemers'), ' 12 ')).toBe(12);
    expect(check(wholeNumberText('Het aantal deelnemers'), '')).toBeNull();
    expect(check(wholeNumberText('Het aantal deelnemers'), '12,5')).toEqual([
      'Het aantal deelnemers is een heel getal, zoals 12.',
    ]);
  });

  it('when required, names what is missing', () => {
    const required = requiredWholeNumberText('Het aantal plaatsen', 'Vul het aantal plaatsen in.');
    expect(check(required, '30')).toBe(30);
    expect(check(required, '')).toEqual(['Vul het aantal plaatsen in.']);
    expect(check(required, 'dertig')).toEqual(['Het aantal plaatsen is een heel getal, zoals 12.']);
  });
});

describe('optionalText', () => {
  it('reads an empty or blank box as not filled in', () => {
    expect(check(optionalText, '   ')).toBeNull();
    expect(check(optionalText, 'Lindelaan 1')).toBe('Lindelaan 1');
  });
});
