/** Schemas of the decisions feature that the web app shares. */
import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';

export const renunciationBodySchema = z.object({
  reason: z
    .string({ message: 'Geef de reden waarom de organisatie afstand doet.' })
    .trim()
    .min(5, { message: 'Geef de reden waarom de organisatie afstand doet (minstens 5 tekens).' })
    .max(1000, { message: 'De reden is hoogstens 1000 tekens.' }),
  /** Only when the policy officer records a written request: the day of that letter. */
  requestedDay: z
    .string()
    .refine(isValidDay, { message: 'Vul een bestaande datum in.' })
    .optional(),
});
export type RenunciationBody = z.input<typeof renunciationBodySchema>;

export const renunciationSchema = z.object({
  requestedDay: z.string(),
  requestedVia: z.enum(['applicant', 'written_request']),
  reason: z.string(),
  renouncedCents: z.number().int(),
  recordedAt: z.string(),
});
export type Renunciation = z.infer<typeof renunciationSchema>;
