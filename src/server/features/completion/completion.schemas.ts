import { z } from 'zod';
import {
  DEFAULT_COMPLETION_TERM_DAYS,
  MAXIMUM_COMPLETION_TERM_DAYS,
  MINIMUM_COMPLETION_TERM_DAYS,
} from '../../../domain/tender/completion.ts';
import { attachmentKindSchema } from '../../../domain/tender/scheme-definition.ts';

export const requestCompletionBodySchema = z.object({
  /** The document asked for; absent or null when information is asked. */
  attachmentKind: attachmentKindSchema.nullable().default(null),
  description: z
    .string({ message: 'Beschrijf wat er ontbreekt.' })
    .trim()
    .min(10, { message: 'Beschrijf wat er ontbreekt (minstens 10 tekens).' })
    .max(2000, { message: 'De beschrijving is hoogstens 2000 tekens.' }),
  termDays: z
    .number({ message: 'Vul de termijn in dagen in.' })
    .int({ message: 'De termijn is een heel aantal dagen.' })
    .min(MINIMUM_COMPLETION_TERM_DAYS, {
      message: `De termijn is minstens ${MINIMUM_COMPLETION_TERM_DAYS} dagen.`,
    })
    .max(MAXIMUM_COMPLETION_TERM_DAYS, {
      message: `De termijn is hoogstens ${MAXIMUM_COMPLETION_TERM_DAYS} dagen.`,
    })
    .default(DEFAULT_COMPLETION_TERM_DAYS),
});

export const answerCompletionBodySchema = z.object({
  text: z
    .string()
    .trim()
    .max(5000, { message: 'Het antwoord is hoogstens 5000 tekens.' })
    .default(''),
});

/** The decision that set the application aside, its sending day and the term to object. */
export const setAsideResultSchema = z.object({
  decisionReference: z.string(),
  sentDay: z.iso.date(),
  objectionDeadline: z.iso.date(),
});

export const setAsideBodySchema = z.object({
  /** The unanswered request whose term has passed; the newest request when absent. */
  completionRequestId: z.uuid().optional(),
});

export const completionStateSchema = z.enum(['open', 'answered', 'expired', 'set_aside']);

export const COMPLETION_STATE_LABELS: Record<z.infer<typeof completionStateSchema>, string> = {
  open: 'Termijn loopt',
  answered: 'Aangevuld',
  expired: 'Termijn verstreken, niet aangevuld',
  set_aside: 'Buiten behandeling gesteld',
};

export const completionRequestSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  applicationReference: z.string(),
  organisationName: z.string(),
  attachmentKind: attachmentKindSchema.nullable(),
  description: z.string(),
  termDays: z.number().int(),
  requestedDay: z.string(),
  dueDay: z.string(),
  state: completionStateSchema,
  answerText: z.string().nullable(),
  answerAttachment: z.object({ id: z.uuid(), filename: z.string(), sha256: z.string() }).nullable(),
  answeredAt: z.iso.datetime({ offset: true }).nullable(),
  setAsideDecisionReference: z.string().nullable(),
});
export type CompletionRequest = z.infer<typeof completionRequestSchema>;

export const completionListSchema = z.object({ items: z.array(completionRequestSchema) });

export const completionParamsSchema = z.object({ applicationId: z.uuid(), requestId: z.uuid() });
