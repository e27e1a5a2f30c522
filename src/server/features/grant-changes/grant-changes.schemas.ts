/**
 * Changes of a grant after granting (docs/rules/grant-lifecycle.md): the organisation's
 * request, the policy officer's decision on it, and lowering or withdrawal (Awb 4:48).
 * Shared with the web app's forms.
 */
import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';
import { CHANGE_KINDS, LOWERING_GROUNDS } from '../../../domain/grants/changes.ts';

export const GRANT_CHANGE_KINDS = [...CHANGE_KINDS, 'lowering', 'withdrawal'] as const;
export type GrantChangeKind = (typeof GRANT_CHANGE_KINDS)[number];

export const GRANT_CHANGE_STATUSES = ['pending', 'granted', 'refused', 'decided'] as const;
export type GrantChangeStatus = (typeof GRANT_CHANGE_STATUSES)[number];

export const grantChangeParamsSchema = z.object({ grantId: z.uuid(), changeId: z.uuid() });

const dayField = (label: string) =>
  z
    .string({ message: `Vul de ${label} in, bijvoorbeeld 2027-03-01.` })
    .refine(isValidDay, { message: `Vul een geldige ${label} in, bijvoorbeeld 2027-03-01.` });

const explanation = z
  .string({ message: 'Licht uw verzoek toe.' })
  .trim()
  .min(10, { message: 'Licht uw verzoek toe in minstens 10 tekens.' })
  .max(4000, { message: 'De toelichting is hoogstens 4.000 tekens.' });

/** The organisation's request: one of three kinds, each with its own fields. */
export const changeRequestBodySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('period'),
      periodStart: dayField('begindatum'),
      periodEnd: dayField('einddatum'),
      explanation,
    }),
    z.object({
      kind: z.literal('budget_shift'),
      /** The new amount of each of the application's budget lines, in their order. */
      budgetLines: z
        .array(
          z
            .number({ message: 'Vul een bedrag in.' })
            .int({ message: 'Een bedrag is in hele centen.' }),
        )
        .max(50),
      explanation,
    }),
    z.object({
      kind: z.literal('activity'),
      activity: z.string({ message: 'Beschrijf de wijziging.' }).max(4000, {
        message: 'De beschrijving is hoogstens 4.000 tekens.',
      }),
      explanation,
    }),
  ],
  { message: 'Kies wat u wilt wijzigen: de periode, de begroting of de activiteit.' },
);
export type ChangeRequestBody = z.input<typeof changeRequestBodySchema>;

const reasons = z
  .string({ message: 'Vul de motivering in.' })
  .trim()
  .min(20, { message: 'Motiveer het besluit in minstens 20 tekens (artikel 3:46 Awb).' })
  .max(8000, { message: 'De motivering is hoogstens 8.000 tekens.' });

export const changeDecisionBodySchema = z.object({
  outcome: z.enum(['granted', 'refused'], { message: 'Kies toekennen of weigeren.' }),
  reasons,
});
export type ChangeDecisionBody = z.input<typeof changeDecisionBodySchema>;

export const loweringBodySchema = z.object({
  kind: z.enum(['lowering', 'withdrawal'], { message: 'Kies verlagen of intrekken.' }),
  /** The new amount of a lowering; not used for a withdrawal (0). */
  newCents: z
    .number({ message: 'Vul het nieuwe bedrag in.' })
    .int({ message: 'Het bedrag is in hele centen.' })
    .optional(),
  ground: z.enum(LOWERING_GROUNDS, {
    message: 'Kies de grond uit artikel 4:48, eerste lid, Awb.',
  }),
  reasons,
});
export type LoweringBody = z.input<typeof loweringBodySchema>;

export const grantChangeSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  grantId: z.uuid(),
  kind: z.enum(GRANT_CHANGE_KINDS),
  status: z.enum(GRANT_CHANGE_STATUSES),
  /** What was asked, in Dutch, for lists and the letter. */
  summary: z.string(),
  explanation: z.string().nullable(),
  requestedAt: z.string().nullable(),
  requestedByName: z.string().nullable(),
  ground: z.enum(LOWERING_GROUNDS).nullable(),
  reasons: z.string().nullable(),
  previousCents: z.number().int().nullable(),
  newCents: z.number().int().nullable(),
  excessCents: z.number().int().nullable(),
  reclaimDueDay: z.string().nullable(),
  decidedAt: z.string().nullable(),
  hasLetter: z.boolean(),
  html: z.string().nullable(),
});
export type GrantChange = z.infer<typeof grantChangeSchema>;

export const grantChangeListSchema = z.object({
  items: z.array(grantChangeSchema),
  /** The application's budget lines, for a budget shift form. */
  budgetLines: z.array(
    z.object({ label: z.string(), description: z.string(), cents: z.number().int() }),
  ),
});

/** The change requests waiting for the policy officer, over all grants. */
export const pendingChangeListSchema = z.object({
  items: z.array(
    grantChangeSchema.extend({ grantReference: z.string(), organisationName: z.string() }),
  ),
});
