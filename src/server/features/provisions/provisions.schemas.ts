import { z } from 'zod';
import { openingDayPartsSchema } from '../../../domain/day-parts.ts';
import { postcodeSchema } from '../../../domain/identifiers.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';
import { accessibilityFeatureSchema } from '../../../domain/social-map/vocabulary.ts';
import { HIDE_REASON_MAX } from '../../../domain/social-map/photo.ts';

export const provisionSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  name: z.string(),
  category: categorySchema,
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  neighbourhoodCode: z.string().nullable(),
  neighbourhoodName: z.string().nullable(),
  openingDayParts: openingDayPartsSchema,
  dayPartsPerWeek: z.number().int(),
  targetGroups: z.array(z.string()),
  accessibility: z.string().nullable(),
  /** What the public social map shows (docs/rules/social-map.md). */
  publicDescription: z.string().nullable(),
  accessibilityFeatures: z.array(accessibilityFeatureSchema),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** Hidden from the social map, and why (the policy officer's reason). */
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  /** The one photo on the social map, or null. */
  photo: z
    .object({
      altText: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      url: z.string(),
      thumbnailUrl: z.string(),
    })
    .nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Provision = z.infer<typeof provisionSchema>;

export const provisionListSchema = z.object({ items: z.array(provisionSchema) });

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

export const provisionBodySchema = z.object({
  organisationId: z.uuid({ message: 'Kies de organisatie.' }),
  name: z
    .string()
    .trim()
    .min(1, { message: 'Vul de naam van de voorziening in.' })
    .max(200, { message: 'De naam mag hoogstens 200 tekens lang zijn.' }),
  category: categorySchema,
  street: z.preprocess(emptyToNull, z.string().trim().max(200).nullable()).default(null),
  postcode: z.preprocess(emptyToNull, postcodeSchema.nullable()).default(null),
  neighbourhoodCode: z.preprocess(emptyToNull, z.string().max(20).nullable()).default(null),
  openingDayParts: openingDayPartsSchema.default({}),
  targetGroups: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  accessibility: z.preprocess(emptyToNull, z.string().trim().max(2000).nullable()).default(null),
  publicDescription: z
    .preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .max(2000, { message: 'De publieke tekst mag hoogstens 2000 tekens lang zijn.' })
        .nullable(),
    )
    .default(null),
  accessibilityFeatures: z.array(accessibilityFeatureSchema).max(10).default([]),
  contactEmail: z
    .preprocess(
      emptyToNull,
      z.email({ message: 'Vul een geldig e-mailadres in.' }).max(200).nullable(),
    )
    .default(null),
  contactPhone: z
    .preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .regex(/^\+?[\d\s()-]{10,20}$/, {
          message: 'Vul een telefoonnummer in, zoals 043 123 45 67.',
        })
        .nullable(),
    )
    .default(null),
});
export type ProvisionBody = z.input<typeof provisionBodySchema>;

export const updateProvisionBodySchema = provisionBodySchema
  .omit({ organisationId: true })
  .partial();

export const provisionParamsSchema = z.object({ provisionId: z.uuid() });

/** The policy officer hides a provision from the social map, with a reason, or shows it again. */
export const provisionVisibilityBodySchema = z
  .strictObject({
    hidden: z.boolean({ message: 'Kies of de voorziening verborgen is (hidden: true of false).' }),
    reason: z.preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .max(HIDE_REASON_MAX, {
          message: `De reden mag hoogstens ${HIDE_REASON_MAX} tekens lang zijn.`,
        })
        .nullable()
        .default(null),
    ),
  })
  .refine((body) => !body.hidden || body.reason !== null, {
    path: ['reason'],
    message: 'Vul de reden in waarom de voorziening van de sociale kaart verdwijnt.',
  });
export type ProvisionVisibilityBody = z.input<typeof provisionVisibilityBodySchema>;

/** The public text, accessibility and contact: what the organisation keeps current. */
export const publicInfoBodySchema = provisionBodySchema.pick({
  publicDescription: true,
  accessibilityFeatures: true,
  contactEmail: true,
  contactPhone: true,
});
export type PublicInfoBody = z.input<typeof publicInfoBodySchema>;
