/** Schemas of the decisions feature, shared with the web app. */
import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import { DECISION_OUTCOMES, TENDER_OUTCOMES } from '../../../domain/tender/outcomes.ts';

const moment = z.iso.datetime({ offset: true });

export const roundParamsSchema = z.object({ roundId: z.uuid() });
export const applicationParamsSchema = z.object({ applicationId: z.uuid() });
export const jobParamsSchema = z.object({ jobId: z.uuid() });

export const generationStartedSchema = z.object({ jobId: z.uuid() });

/** The progress of a durable job, such as making a round's letters. */
export const jobSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
});
export type Job = z.infer<typeof jobSchema>;

/** A letter of the round's current rankings, as the policy officer's list shows it. */
export const decisionRowSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  applicationId: z.uuid(),
  applicationReference: z.string(),
  organisationName: z.string(),
  category: z.enum(CATEGORY_CODES),
  outcome: z.enum(TENDER_OUTCOMES),
  title: z.string(),
  grantedCents: z.number().int(),
  generatedAt: moment,
  issuedAt: moment.nullable(),
});
export type DecisionRow = z.infer<typeof decisionRowSchema>;
export const decisionListSchema = z.object({ items: z.array(decisionRowSchema) });

/** The sending day, and the last day to object (Awb 6:7 and 6:8, with the Atw). */
export const issueResultSchema = z.object({
  issued: z.number().int(),
  sentDay: z.iso.date(),
  objectionDeadline: z.iso.date(),
});
export type IssueResult = z.infer<typeof issueResultSchema>;

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
  requestedDay: z.iso.date(),
  requestedVia: z.enum(['applicant', 'written_request']),
  reason: z.string(),
  renouncedCents: z.number().int(),
  recordedAt: moment,
});
export type Renunciation = z.infer<typeof renunciationSchema>;

/** The decision in force for an application, with the letter as HTML. */
export const decisionSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  outcome: z.enum(DECISION_OUTCOMES),
  title: z.string(),
  grantedCents: z.number().int(),
  generatedAt: moment,
  issuedAt: moment.nullable(),
  sentDay: z.iso.date().nullable(),
  objectionDeadline: z.iso.date().nullable(),
  html: z.string(),
  documentId: z.uuid(),
  renunciation: renunciationSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;
