import { z } from 'zod';
import { emailSchema } from '../../../domain/email.ts';
import { ibanSchema, kvkNumberSchema, postcodeSchema } from '../../../domain/identifiers.ts';

export const boardMemberSchema = z.object({
  name: z.string().trim().min(1, { message: 'Vul de naam van het bestuurslid in.' }).max(200),
  position: z.string().trim().max(100).default(''),
});

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  iban: z.string().nullable(),
  boardMembers: z.array(z.object({ name: z.string(), position: z.string() })),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

/** An empty text field means "not filled in". */
const optional = <T extends z.ZodType<string | null>>(schema: T) =>
  z
    .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable())
    .optional();

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} mag hoogstens ${max} tekens lang zijn.` });

export const organisationBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Vul de naam van de organisatie in.' })
    .max(200, { message: 'De naam mag hoogstens 200 tekens lang zijn.' }),
  kvkNumber: optional(kvkNumberSchema),
  street: optional(text(200, 'Het adres')),
  postcode: optional(postcodeSchema),
  city: optional(text(100, 'De plaats')),
  iban: optional(ibanSchema),
  boardMembers: z.array(boardMemberSchema).max(50).optional(),
  contactName: optional(text(200, 'De naam van de contactpersoon')),
  contactEmail: optional(emailSchema),
  contactPhone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,20}$/, { message: 'Vul een telefoonnummer in als 043 350 00 00.' }),
  ),
});
export type OrganisationBody = z.input<typeof organisationBodySchema>;

export const updateOrganisationBodySchema = organisationBodySchema.partial();
export type UpdateOrganisationBody = z.output<typeof updateOrganisationBodySchema>;

export const organisationParamsSchema = z.object({ organisationId: z.uuid() });
