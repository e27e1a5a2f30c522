/**
 * The participant API's request and response schemas, shared with the web app. Request bodies
 * are the domain's schemas (one schema for the form and the API).
 */
import { z } from 'zod';
import { HEALTH_DIMENSIONS } from '../../../domain/participants/positive-health.ts';
import {
  addConsentSchema,
  clientRouteSchema,
  consentMethodSchema,
  consentScopeSchema,
  eraseBodySchema,
  outflowBodySchema,
  outflowKindSchema,
  participantStatusSchema,
  registerParticipantSchema,
  updateParticipantSchema,
  withdrawConsentSchema,
} from '../../../domain/participants/registration.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';

export {
  addConsentSchema,
  eraseBodySchema,
  outflowBodySchema,
  registerParticipantSchema,
  updateParticipantSchema,
  withdrawConsentSchema,
};

export const provisionParamsSchema = z.object({ provisionId: z.uuid() });
export const participantParamsSchema = z.object({ participantId: z.uuid() });
export const participantListQuerySchema = z.object({
  status: participantStatusSchema.default('active'),
});

const day = z.string();

/** A participant as a list shows them. Never the BSN nor its pseudonym: only whether there is one. */
export const participantSummarySchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  birthYear: z.number().int().nullable(),
  neighbourhoodCode: z.string().nullable(),
  neighbourhoodName: z.string().nullable(),
  startDate: day,
  endDate: day.nullable(),
  clientRoute: clientRouteSchema,
  referringOrganisation: z.string().nullable(),
  hasBsnPseudonym: z.boolean(),
  /** The consents that stand today. */
  consentScopes: z.array(consentScopeSchema),
  /** What the participant said, in their latest own measurement, they want to talk about. */
  talkingPoints: z.array(z.enum(HEALTH_DIMENSIONS)),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const consentRecordSchema = z.object({
  id: z.uuid(),
  scope: consentScopeSchema,
  givenOn: day,
  method: consentMethodSchema,
  recordedByName: z.string().nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
  withdrawnOn: day.nullable(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const outflowRecordSchema = z.object({
  id: z.uuid(),
  kind: outflowKindSchema,
  onDate: day,
});

export const participantDetailSchema = participantSummarySchema.extend({
  provisionId: z.uuid(),
  provisionName: z.string(),
  consents: z.array(consentRecordSchema),
  outflows: z.array(outflowRecordSchema),
});
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;

export const participantListSchema = z.object({
  provision: z.object({ id: z.uuid(), name: z.string(), category: categorySchema }),
  items: z.array(participantSummarySchema),
});
export type ParticipantList = z.infer<typeof participantListSchema>;

/** The provisions whose participants the caller works with. */
export const participantProvisionListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      category: categorySchema,
      organisationName: z.string(),
      activeParticipants: z.number().int(),
    }),
  ),
});
export type ParticipantProvision = z.infer<typeof participantProvisionListSchema>['items'][number];

export const coordinatorListSchema = z.object({
  items: z.array(
    z.object({
      userId: z.uuid(),
      name: z.string(),
      email: z.string(),
      coordinates: z.boolean(),
    }),
  ),
});
export type CoordinatorList = z.infer<typeof coordinatorListSchema>;

export const setCoordinatorsBodySchema = z.object({
  userIds: z
    .array(z.uuid({ message: 'Kies coördinatoren uit de lijst.' }), {
      message: 'Kies coördinatoren uit de lijst.',
    })
    .max(100),
});
export type SetCoordinatorsBody = z.input<typeof setCoordinatorsBodySchema>;

/** The inzage: everything stored about one person, as a JSON file (AVG article 15). */
export const inzageSchema = z.object({
  madeAt: z.iso.datetime({ offset: true }),
  explanation: z.string(),
  participant: participantDetailSchema,
  attendance: z.array(z.object({ day, dayPart: z.string() })),
  measurements: z.array(
    z.object({
      measuredOn: day,
      respondent: z.string(),
      scores: z.record(z.string(), z.number()),
      talkAbout: z.array(z.string()),
      satisfaction: z.number().nullable(),
      satisfactionRemark: z.string().nullable(),
    }),
  ),
  referral: z
    .object({
      route: z.string(),
      residentName: z.string().nullable(),
      residentContact: z.string().nullable(),
      birthYear: z.number().nullable(),
      neighbourhoodCode: z.string().nullable(),
      note: z.string().nullable(),
      consentGivenOn: day,
      status: z.string(),
      createdAt: z.iso.datetime({ offset: true }),
    })
    .nullable(),
  log: z.array(
    z.object({
      at: z.iso.datetime({ offset: true }),
      action: z.string(),
      by: z.string().nullable(),
      details: z.unknown(),
    }),
  ),
});
export type Inzage = z.infer<typeof inzageSchema>;
