import { z } from 'zod';

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kvkNumber: z.string().nullable(),
  city: z.string().nullable(),
  memberCount: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label} mag hoogstens ${max} tekens lang zijn.` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const organisationBodySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'Vul de naam van de organisatie in.' })
    .max(200, { message: 'De naam mag hoogstens 200 tekens lang zijn.' }),
  kvkNumber: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, { message: 'Een KvK-nummer bestaat uit 8 cijfers.' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  city: optionalText(100, 'De plaats'),
});
export type OrganisationBody = z.input<typeof organisationBodySchema>;

export const updateOrganisationBodySchema = organisationBodySchema.partial();

export const organisationParamsSchema = z.object({ organisationId: z.uuid() });
