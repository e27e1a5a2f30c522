import { z } from 'zod';
import { dayPartSchema, openingDayPartsSchema } from '../../../domain/day-parts.ts';
import { consentMethodSchema } from '../../../domain/participants/registration.ts';
import {
  referralOriginSchema,
  referralStatusSchema,
} from '../../../domain/participants/referrals.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalQuery = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToUndefined, schema.optional());

/** The finder's filters; an empty parameter means "no filter". */
export const finderQuerySchema = z.object({
  neighbourhoodCode: optionalQuery(z.string().max(20)),
  districtCode: optionalQuery(z.string().max(20)),
  category: optionalQuery(categorySchema),
  dayPart: optionalQuery(dayPartSchema),
  targetGroup: optionalQuery(z.string().trim().max(100)),
  q: optionalQuery(z.string().trim().max(100)),
  /** One provision: the one a social worker chose on the social map. */
  provisionId: optionalQuery(z.uuid()),
});
export type FinderQuery = z.output<typeof finderQuerySchema>;

export const finderProvisionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationName: z.string(),
  category: categorySchema,
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  neighbourhoodCode: z.string().nullable(),
  neighbourhoodName: z.string().nullable(),
  districtName: z.string().nullable(),
  openingDayParts: openingDayPartsSchema,
  targetGroups: z.array(z.string()),
  accessibility: z.string().nullable(),
});
export type FinderProvision = z.infer<typeof finderProvisionSchema>;

export const finderResultSchema = z.object({
  items: z.array(finderProvisionSchema),
  /** Every target group any provision names, for the filter. */
  targetGroups: z.array(z.string()),
});
export type FinderResult = z.infer<typeof finderResultSchema>;

export const referralSchema = z.object({
  id: z.uuid(),
  provisionId: z.uuid(),
  provisionName: z.string(),
  organisationName: z.string(),
  route: referralOriginSchema,
  /** Null once the data has been erased. */
  residentName: z.string().nullable(),
  residentContact: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  neighbourhoodName: z.string().nullable(),
  note: z.string().nullable(),
  consentGivenOn: z.iso.date(),
  consentMethod: consentMethodSchema,
  status: referralStatusSchema,
  declineReason: z.string().nullable(),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  /** The participant it became; only for the provision, never for the person who referred. */
  participantId: z.uuid().nullable(),
  referredByName: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralListSchema = z.object({ items: z.array(referralSchema) });

export const referralListQuerySchema = z.object({
  status: optionalQuery(referralStatusSchema),
  provisionId: optionalQuery(z.uuid()),
});
export type ReferralListQuery = z.output<typeof referralListQuerySchema>;

export const referralParamsSchema = z.object({ referralId: z.uuid() });
