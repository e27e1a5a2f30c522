import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATCHING_SCOPE,
  PRODUCT_CATEGORY,
  PRODUCT_CODE,
  matchingScopeBodySchema,
} from './scope.ts';

const problems = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('the scope of begeleiding groep', () => {
  it('is category 07 (dagbesteding) and no loose product codes until the analyst chooses', () => {
    expect(DEFAULT_MATCHING_SCOPE).toEqual({ categories: ['07'], productCodes: [] });
  });

  it('takes product codes of one to five characters, as LDT_ProductCode of iWmo 3.2 does', () => {
    for (const code of ['07A12', '7A1', 'A', '1', '12345', '07-A1', '07 A1', '07a12', 'Ä1', '😀']) {
      expect(PRODUCT_CODE.test(code), code).toBe(true);
    }
  });

  it('refuses what the basisschema refuses: none, more than five, only white space, a line break', () => {
    for (const code of ['', '123456', '07A123', ' ', '\t', '  \t ', '07\nA1', '07A\r']) {
      expect(PRODUCT_CODE.test(code), JSON.stringify(code)).toBe(false);
    }
  });

  it('takes two-digit categories', () => {
    expect(['01', '07', '18'].every((c) => PRODUCT_CATEGORY.test(c))).toBe(true);
    expect(['7', '007', 'dagbesteding'].some((c) => PRODUCT_CATEGORY.test(c))).toBe(false);
  });

  it('keeps each category and code once, sorted, codes trimmed and in capitals', () => {
    expect(
      matchingScopeBodySchema.parse({
        categories: ['07', '02', '07'],
        productCodes: [' 07a12 ', '7A1', '07A12'],
      }),
    ).toEqual({ categories: ['02', '07'], productCodes: ['07A12', '7A1'] });
  });

  it('refuses other codes and an empty scope, with Dutch messages naming the field', () => {
    expect(
      problems(
        matchingScopeBodySchema.safeParse({
          categories: ['7', 'dagbesteding'],
          productCodes: ['07A123', '   '],
        }),
      ),
    ).toEqual([
      ['categories.0', 'Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.'],
      ['categories.1', 'Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.'],
      ['productCodes.0', 'Een productcode bestaat uit één tot vijf tekens, bijvoorbeeld 07A12.'],
      ['productCodes.1', 'Een productcode bestaat uit één tot vijf tekens, bijvoorbeeld 07A12.'],
    ]);
    expect(
      problems(matchingScopeBodySchema.safeParse({ categories: [], productCodes: [] })),
    ).toEqual([['categories', 'Kies ten minste één productcategorie of productcode.']]);
  });
});
