// zod/mini: every page, the login page too, reads the settings first (see auth.schemas.ts).
import * as z from 'zod/mini';

export const settingsSchema = z.object({
  municipalityName: z.string(),
  municipalityCode: z.nullable(z.string()),
  demo: z.boolean(),
  /** The controller (verwerkingsverantwoordelijke) and its data protection officer. */
  privacy: z.object({
    controller: z.nullable(z.string()),
    dataProtectionOfficer: z.nullable(z.string()),
    dataProtectionOfficerEmail: z.nullable(z.string()),
  }),
});
export type Settings = z.infer<typeof settingsSchema>;

export const neighbourhoodListSchema = z.object({
  districts: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      neighbourhoods: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
});
export type NeighbourhoodList = z.infer<typeof neighbourhoodListSchema>;

/** An empty or blank text means "not set" (null). */
const blankToNull = z.transform((v: unknown) =>
  typeof v === 'string' && v.trim() === '' ? null : v,
);

const optionalText = (field: string, max: number) =>
  z.pipe(
    blankToNull,
    z.nullable(
      z
        .string({ message: `Vul ${field} in als tekst.` })
        .check(
          z.trim(),
          z.maxLength(max, { message: `Dit mag hoogstens ${max} tekens lang zijn.` }),
        ),
    ),
  );

/** The administrator sets who is responsible for personal data and how to reach the officer. */
export const privacySettingsBodySchema = z.object({
  controller: optionalText('de verwerkingsverantwoordelijke', 300),
  dataProtectionOfficer: optionalText('de functionaris gegevensbescherming', 300),
  dataProtectionOfficerEmail: z.pipe(
    blankToNull,
    z.nullable(
      z.email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld privacy@gemeente.nl.' }),
    ),
  ),
});
export type PrivacySettingsBody = z.input<typeof privacySettingsBodySchema>;
