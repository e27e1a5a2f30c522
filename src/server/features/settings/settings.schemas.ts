import { z } from 'zod';

export const settingsSchema = z.object({
  municipalityName: z.string(),
  municipalityCode: z.string().nullable(),
  demo: z.boolean(),
  /** The controller (verwerkingsverantwoordelijke) and its data protection officer. */
  privacy: z.object({
    controller: z.string().nullable(),
    dataProtectionOfficer: z.string().nullable(),
    dataProtectionOfficerEmail: z.string().nullable(),
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

const optionalText = (field: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string({ message: `Vul ${field} in als tekst.` })
      .trim()
      .max(max, { message: `Dit mag hoogstens ${max} tekens lang zijn.` })
      .nullable(),
  );

/** The administrator sets who is responsible for personal data and how to reach the officer. */
export const privacySettingsBodySchema = z.object({
  controller: optionalText('de verwerkingsverantwoordelijke', 300),
  dataProtectionOfficer: optionalText('de functionaris gegevensbescherming', 300),
  dataProtectionOfficerEmail: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld privacy@gemeente.nl.' })
      .nullable(),
  ),
});
export type PrivacySettingsBody = z.input<typeof privacySettingsBodySchema>;
