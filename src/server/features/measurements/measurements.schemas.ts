/**
 * Positive-health and satisfaction measurements of a participant, the personal questionnaire
 * link, and the public questionnaire behind it. Shared with the web app.
 */
import { z } from 'zod';
import {
  HEALTH_DIMENSIONS,
  questionnaireSchema,
  RESPONDENTS,
} from '../../../domain/participants/positive-health.ts';
import { daySchema } from '../../../domain/participants/registration.ts';

export const healthDimensionSchema = z.enum(HEALTH_DIMENSIONS);

export const measurementSchema = z.object({
  id: z.uuid(),
  respondent: z.enum(RESPONDENTS),
  measuredOn: z.iso.date(),
  scores: z.record(healthDimensionSchema, z.number().int().min(0).max(10)),
  talkAbout: z.array(healthDimensionSchema),
  satisfaction: z.number().int().min(0).max(10).nullable(),
  satisfactionRemark: z.string().nullable(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const measurementListSchema = z.object({
  /** Newest first. */
  items: z.array(measurementSchema),
  /** The participant's personal link that can still be used (its token is never shown again). */
  activeLink: z.object({ expiresAt: z.iso.datetime({ offset: true }) }).nullable(),
  /** Whether consent for measurements stands today: without it nothing can be recorded. */
  consentStands: z.boolean(),
  /** Whether the participant has left the provision: then nothing can be recorded either. */
  participantLeft: z.boolean(),
});
export type MeasurementList = z.infer<typeof measurementListSchema>;

/** The coordinator's measurement: the questionnaire and the day it was filled in. */
export const recordMeasurementBodySchema = questionnaireSchema.extend({
  measuredOn: daySchema('de datum van de meting'),
});
export type RecordMeasurementBody = z.input<typeof recordMeasurementBodySchema>;

export const participantParamsSchema = z.object({ participantId: z.uuid() });

export const questionnaireLinkSchema = z.object({
  /** The link to give the participant; shown once, only its hash is stored. */
  url: z.url(),
  expiresAt: z.iso.datetime({ offset: true }),
  /** The same link as a QR code (SVG). */
  qrSvg: z.string(),
});
export type QuestionnaireLink = z.infer<typeof questionnaireLinkSchema>;

export const questionnaireParamsSchema = z.object({ token: z.string().min(20).max(100) });

/** What the public questionnaire shows: never the participant's name (a link can be passed on). */
export const questionnaireLookupSchema = z.object({
  provisionName: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  dimensions: z.array(
    z.object({ key: healthDimensionSchema, label: z.string(), explanation: z.string() }),
  ),
});
export type QuestionnaireLookup = z.infer<typeof questionnaireLookupSchema>;

export const questionnaireAnswerBodySchema = questionnaireSchema;

export const questionnaireThanksSchema = z.object({ thanks: z.literal(true) });
