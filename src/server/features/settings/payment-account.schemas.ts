/**
 * The municipality's own account, from which payment runs pay (the debtor of the SEPA file).
 * Apart from settings.schemas.ts, which every page loads and keeps to zod/mini.
 */
import { z } from 'zod';
import { bicSchema, ibanSchema } from '../../../domain/identifiers.ts';

/** Null parts until the administrator enters them; a run cannot be exported before. */
export const paymentAccountSchema = z.object({
  iban: z.string().nullable(),
  bic: z.string().nullable(),
});
export type PaymentAccount = z.infer<typeof paymentAccountSchema>;

export const paymentAccountBodySchema = z.object({ iban: ibanSchema, bic: bicSchema });
export type PaymentAccountBody = z.input<typeof paymentAccountBodySchema>;
