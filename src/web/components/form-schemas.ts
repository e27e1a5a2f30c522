/**
 * Building blocks for form schemas: a text box holds text, the API wants numbers. Each turns
 * the text into the API's value and hands it to the API's own schema, so the form and the API
 * check the same rules with the same messages.
 */
import { z } from 'zod';
// Messages no schema words itself are in Dutch (loaded with the first form that needs it).
import '../../domain/zod-locale.ts';
import { parseEuro } from './money.ts';

const AMOUNT_FORMAT = 'Vul een bedrag in euro in, bijvoorbeeld 1.234,56.';

/** A euro amount; an empty box is `null`. */
export const euroText = z.string().transform((text, ctx) => {
  const cents = parseEuro(text);
  if (cents === undefined) {
    ctx.addIssue({ code: 'custom', message: AMOUNT_FORMAT });
    return z.NEVER;
  }
  return cents;
});

/** A euro amount that must be filled in. */
export const requiredEuroText = (emptyMessage = 'Vul een bedrag in.') =>
  z.string().transform((text, ctx) => {
    const cents = parseEuro(text);
    if (cents === null || cents === undefined) {
      ctx.addIssue({ code: 'custom', message: cents === null ? emptyMessage : AMOUNT_FORMAT });
      return z.NEVER;
    }
    return cents;
  });

/** A whole number; an empty box is `null`. */
export const wholeNumberText = (label: string) =>
  z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    if (!/^\d+$/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', message: `${label} is een heel getal, zoals 12.` });
      return z.NEVER;
    }
    return Number(trimmed);
  });

/** An empty box means "not filled in" (`null`). */
export const optionalText = z.string().transform((text) => (text.trim() === '' ? null : text));

/** A whole number that must be filled in. */
export const requiredWholeNumberText = (label: string, emptyMessage: string) =>
  z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    if (!/^\d+$/.test(trimmed)) {
      ctx.addIssue({
        code: 'custom',
        message: trimmed === '' ? emptyMessage : `${label} is een heel getal, zoals 12.`,
      });
      return z.NEVER;
    }
    return Number(trimmed);
  });

/** A number that must be filled in, with a comma or a point before the decimals: "3,5". */
export const requiredDecimalText = (label: string, emptyMessage: string) =>
  z.string().transform((text, ctx) => {
    const trimmed = text.trim();
    if (!/^\d+([.,]\d+)?$/.test(trimmed)) {
      ctx.addIssue({
        code: 'custom',
        message: trimmed === '' ? emptyMessage : `${label} is een getal, zoals 3,5.`,
      });
      return z.NEVER;
    }
    return Number(trimmed.replace(',', '.'));
  });

/**
 * Hands a form value on to an API schema. zod's `pipe` wants the API schema's input type to
 * match exactly; API schemas accept more than the form gives (defaults, empty text as null).
 */
export function into<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>, never> {
  return schema as unknown as z.ZodType<z.output<S>, never>;
}
