import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';
import { OBJECTION_OUTCOMES } from '../../../domain/tender/objection-outcomes.ts';

const day = (message: string) => z.string({ message }).refine(isValidDay, { message });

export const registerObjectionBodySchema = z.object({
  /** The decision objected to; when absent, the newest issued decision of the application. */
  decisionId: z.uuid().optional(),
  receivedDay: day('Vul de datum van ontvangst in, bijvoorbeeld 2027-06-01.'),
  /** The postmark, when it was sent by post (Awb 6:9, second paragraph). */
  postedDay: day('Vul de datum van het poststempel in, bijvoorbeeld 2027-06-01.')
    .nullable()
    .default(null),
});

export const hearingBodySchema = z.object({
  hearingDay: day('Vul de datum van de hoorzitting in, bijvoorbeeld 2027-06-20.'),
  hearingNotes: z
    .string()
    .trim()
    .max(10_000, { message: 'Het verslag is hoogstens 10.000 tekens.' })
    .default(''),
});

export const decideObjectionBodySchema = z.object({
  outcome: z.enum(OBJECTION_OUTCOMES, {
    message: 'Kies de uitkomst: niet-ontvankelijk, ongegrond, gegrond of deels gegrond.',
  }),
  reasons: z
    .string({ message: 'Geef de motivering van de beslissing op bezwaar.' })
    .trim()
    .min(20, { message: 'Geef de motivering van de beslissing op bezwaar (minstens 20 tekens).' })
    .max(20_000, { message: 'De motivering is hoogstens 20.000 tekens.' }),
});

export const objectionSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  applicationId: z.uuid(),
  applicationReference: z.string(),
  organisationName: z.string(),
  decisionId: z.uuid(),
  decisionReference: z.string(),
  decisionSentDay: z.string(),
  receivedDay: z.string(),
  deadlineDay: z.string(),
  inTime: z.boolean(),
  hearingDay: z.string().nullable(),
  /** Only for the municipality: the record of the hearing. */
  hearingNotes: z.string().nullable(),
  outcome: z.enum(OBJECTION_OUTCOMES).nullable(),
  reasons: z.string().nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  html: z.string().nullable(),
  newDecisionReference: z.string().nullable(),
  newRankingVersion: z.number().int().nullable(),
});
export type Objection = z.infer<typeof objectionSchema>;

export const objectionListSchema = z.object({ items: z.array(objectionSchema) });
export const objectionParamsSchema = z.object({ objectionId: z.uuid() });
export const applicationObjectionParamsSchema = z.object({
  applicationId: z.uuid(),
  objectionId: z.uuid(),
});
