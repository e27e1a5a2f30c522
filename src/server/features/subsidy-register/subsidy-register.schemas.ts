import { z } from 'zod';
import { GRANT_CATEGORY_CODES } from '../../../domain/tender/categories.ts';

export const registerQuerySchema = z.object({
  year: z.coerce
    .number({ message: 'Kies een jaar (year), zoals 2026.' })
    .int({ message: 'Kies een jaar (year), zoals 2026.' })
    .min(2000, { message: 'Kies een jaar (year) vanaf 2000.' })
    .max(2100, { message: 'Kies een jaar (year) tot 2100.' })
    .optional(),
});

/** One grant in the open register: organisations only, a private person as "particulier". */
export const registerRowSchema = z.object({
  year: z.number().int(),
  organisation: z.string().describe('Naam van de organisatie, of "particulier"'),
  kvkNumber: z.string().nullable(),
  scheme: z.string(),
  category: z.enum(GRANT_CATEGORY_CODES),
  categoryName: z.string(),
  provision: z.string().nullable().describe('Leeg bij een particulier'),
  requestedCents: z.number().int().nullable(),
  grantedCents: z.number().int(),
  settledCents: z.number().int().nullable().describe('Leeg zolang niet vastgesteld'),
  decisionDate: z.string().nullable().describe('YYYY-MM-DD, Europe/Amsterdam'),
});
export type RegisterRow = z.infer<typeof registerRowSchema>;

export const registerSchema = z.object({
  year: z.number().int().nullable(),
  years: z.array(z.number().int()),
  licence: z.object({ name: z.string(), url: z.string() }),
  rows: z.array(registerRowSchema),
});
export type Register = z.infer<typeof registerSchema>;
