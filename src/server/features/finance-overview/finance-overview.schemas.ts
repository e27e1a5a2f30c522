/**
 * The finance overview of a subsidy year: request and answer, shared with the web app
 * (docs/rules/finance-overview.md).
 */
import { z } from 'zod';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';

export const financeOverviewQuerySchema = z.object({
  year: z.coerce
    .number({ message: 'Kies een jaar.' })
    .int({ message: 'Kies een jaar, bijvoorbeeld 2026.' })
    .min(2000, { message: 'Kies een jaar vanaf 2000.' })
    .max(2100, { message: 'Kies een jaar tot en met 2100.' })
    .optional(),
});
export type FinanceOverviewQuery = z.infer<typeof financeOverviewQuerySchema>;

const cents = z.number().int();

export const overviewFiguresSchema = z.object({
  ceilingCents: cents,
  grantedCents: cents,
  paidCents: cents,
  settledCents: cents,
  reclaimedCents: cents,
  stillToPayCents: cents,
  /** Granted as a percentage of the ceiling, one decimal; null without a ceiling. */
  ceilingUsePercent: z.number().nullable(),
});

export const financeOverviewSchema = z.object({
  year: z.number().int(),
  /** The years with a round, newest first: the years one can choose. */
  years: z.array(z.number().int()),
  rows: z.array(overviewFiguresSchema.extend({ category: z.enum(CATEGORY_CODES) })),
  total: overviewFiguresSchema,
});
export type FinanceOverviewView = z.infer<typeof financeOverviewSchema>;
