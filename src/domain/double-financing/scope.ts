/**
 * Which Wmo allocations count as begeleiding groep in the double-financing check
 * (docs/rules/double-financing.md): those of the scope's iWmo product categories, and those
 * with one of its product codes whatever their category. The Wmo analyst sets the scope in
 * the product; the command line takes it as options. Both start from the same default and
 * hold codes to the same forms, those of the iWmo 3.2 basisschema
 * (reference/istandaarden/iwmo-3.2/basisschema.xsd).
 */
import { z } from 'zod';

/** LDT_ProductCategorie: two digits (07 is begeleiding groep, also called dagbesteding). */
export const PRODUCT_CATEGORY = /^[0-9]{2}$/;

/**
 * LDT_ProductCode: a text of 1 to 5 characters, at least one of which is not white space
 * (pattern `.*[^\s].*`, in which `.` is no line break and `\s` is a space, tab or line
 * break). Municipalities choose their own codes, so 7A1 and 07-A1 are codes as much as 07A12.
 */
export const PRODUCT_CODE = /^(?=[^\r\n]*[^ \t\r\n])[^\r\n]{1,5}$/u;

/** The iWmo product categories and the product codes that count as begeleiding groep. */
export interface MatchingScope {
  readonly categories: readonly string[];
  readonly productCodes: readonly string[];
}

/** What counts until the analyst chooses otherwise, and on the command line without options. */
export const DEFAULT_MATCHING_SCOPE: MatchingScope = { categories: ['07'], productCodes: [] };

const unique = (values: string[]) => [...new Set(values)].sort();

export const matchingScopeBodySchema = z
  .object({
    categories: z
      .array(
        z
          .string({ message: 'Een productcategorie is tekst van twee cijfers.' })
          .trim()
          .regex(PRODUCT_CATEGORY, {
            message: 'Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.',
          }),
        { message: 'Geef de productcategorieën als lijst.' },
      )
      .max(50, { message: 'Hoogstens 50 productcategorieën.' })
      .transform(unique),
    productCodes: z
      .array(
        z
          .string({ message: 'Een productcode is tekst van één tot vijf tekens.' })
          .trim()
          .toUpperCase()
          .regex(PRODUCT_CODE, {
            message: 'Een productcode bestaat uit één tot vijf tekens, bijvoorbeeld 07A12.',
          }),
        { message: 'Geef de productcodes als lijst.' },
      )
      .max(500, { message: 'Hoogstens 500 productcodes.' })
      .transform(unique),
  })
  .superRefine((body, context) => {
    if (body.categories.length === 0 && body.productCodes.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['categories'],
        message: 'Kies ten minste één productcategorie of productcode.',
      });
    }
  });
export type MatchingScopeBody = z.input<typeof matchingScopeBodySchema>;
