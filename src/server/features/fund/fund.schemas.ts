/**
 * The fund's ledger: requests and answers, shared with the web app (docs/rules/fund-ledger.md).
 */
import { z } from 'zod';
import { BOOKING_KINDS, CORRECTABLE_KINDS } from '../../../domain/fund/ledger.ts';

const amountCents = z
  .number({ message: 'Vul een bedrag in.' })
  .int({ message: 'Het bedrag is een bedrag in hele centen.' })
  .positive({ message: 'Het bedrag moet groter zijn dan € 0,00.' })
  .max(100_000_000_000, { message: 'Het bedrag is hoogstens € 1.000.000.000,00.' });

/** A deposit: from the annual result of a year, or from another source with a description. */
export const depositBodySchema = z
  .object({
    amountCents,
    sourceYear: z
      .number({ message: 'Vul een jaar in, zoals 2024.' })
      .int({ message: 'Vul een jaar in, zoals 2024.' })
      .min(2000, { message: 'Vul een jaar van 2000 of later in.' })
      .max(2100, { message: 'Vul een jaar van 2100 of eerder in.' })
      .nullable()
      .default(null),
    description: z
      .string()
      .trim()
      .max(300, { message: 'De omschrijving is hoogstens 300 tekens.' })
      .nullable()
      .default(null),
  })
  .refine((body) => body.sourceYear !== null || (body.description ?? '') !== '', {
    path: ['description'],
    message:
      'Vul de bron van de storting in: het jaar van het jaarrekeningresultaat of een omschrijving van de andere bron.',
  });
export type DepositBody = z.input<typeof depositBodySchema>;

/** A correction: a counter-booking of an earlier booking, with the reason. */
export const correctionBodySchema = z.object({
  correctsId: z.uuid({ message: 'Kies de boeking die u corrigeert.' }),
  amountCents,
  reason: z
    .string({ message: 'Vul de reden van de correctie in.' })
    .trim()
    .min(1, { message: 'Vul de reden van de correctie in.' })
    .max(1000, { message: 'De reden is hoogstens 1000 tekens.' }),
});
export type CorrectionBody = z.input<typeof correctionBodySchema>;

export const bookingParamsSchema = z.object({ bookingId: z.uuid() });

export const fundQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type FundQuery = z.input<typeof fundQuerySchema>;

export const balancesSchema = z.object({
  depositedCents: z.number().int(),
  committedCents: z.number().int(),
  paidCents: z.number().int(),
  reclaimedCents: z.number().int(),
  freeCents: z.number().int(),
  openCents: z.number().int(),
});
export type FundBalances = z.infer<typeof balancesSchema>;

export const bookingSchema = z.object({
  id: z.uuid(),
  kind: z.enum(BOOKING_KINDS),
  amountCents: z.number().int(),
  sourceYear: z.number().int().nullable(),
  description: z.string().nullable(),
  correctsId: z.uuid().nullable(),
  correctsKind: z.enum(CORRECTABLE_KINDS).nullable(),
  reason: z.string().nullable(),
  grantReference: z.string().nullable(),
  bookedByName: z.string().nullable(),
  bookedAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Awaiting the approval of a second finance user; it does not count yet. */
  pending: z.boolean(),
  /** Whether the asking user booked it (and so may not approve it). */
  bookedByYou: z.boolean(),
});
export type FundBooking = z.infer<typeof bookingSchema>;

export const fundSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  balances: balancesSchema,
  /** The balances at the end of each day on which a booking counted, oldest first. */
  series: z.array(balancesSchema.extend({ day: z.string() })),
  bookings: z.array(bookingSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type Fund = z.infer<typeof fundSchema>;
