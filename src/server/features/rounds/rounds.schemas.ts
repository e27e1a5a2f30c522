import { z } from 'zod';
import { fromAmsterdamLocal, isValidDay } from '../../../domain/dates.ts';
import { CATEGORY_CODES, type Category } from '../../../domain/tender/categories.ts';
import { schemeDefinitionSchema } from '../../../domain/tender/scheme-definition.ts';
import { CATEGORY_PHASES, ROUND_PHASES } from '../../../domain/tender/round-state.ts';

const ceilingCents = z
  .number({ message: 'Vul een plafond in.' })
  .int({ message: 'Een bedrag heeft hoogstens twee decimalen.' })
  .positive({ message: 'Het plafond moet groter zijn dan € 0.' })
  .max(100_000_000_00, { message: 'Dit plafond is onwaarschijnlijk hoog.' });

export const ceilingsSchema = z.object(
  Object.fromEntries(CATEGORY_CODES.map((c) => [c, ceilingCents])) as Record<
    Category,
    typeof ceilingCents
  >,
);
export type Ceilings = z.infer<typeof ceilingsSchema>;

const localMoment = (label: string) =>
  z.string().superRefine((value, ctx) => {
    const result = fromAmsterdamLocal(value);
    if (result.ok) return;
    ctx.addIssue({
      code: 'custom',
      message:
        result.reason === 'nonexistent'
          ? `${label}: dit tijdstip bestaat niet, omdat de klok dan een uur vooruit gaat. Kies een ander tijdstip.`
          : `${label}: vul een datum en tijd in.`,
    });
  });

const day = z.string().refine(isValidDay, { message: 'Vul een bestaande datum in.' });

export const roundBodySchema = z
  .object({
    schemeId: z.uuid(),
    name: z.string().trim().min(1, { message: 'Vul de naam van de ronde in.' }).max(200),
    year: z.number().int().min(2000).max(2100),
    periodStart: day,
    periodEnd: day,
    /** Wall-clock time in Amsterdam: 2027-01-05T09:00. */
    opensAtLocal: localMoment('Opent op'),
    deadlineAtLocal: localMoment('Deadline'),
    partialGrant: z.boolean().default(true),
    lotSeed: z
      .string()
      .trim()
      .min(4, { message: 'Vul een openbare tekst voor de loting in (minstens 4 tekens).' })
      .max(200),
    ceilings: ceilingsSchema,
  })
  .superRefine((round, ctx) => {
    if (round.periodEnd < round.periodStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodEnd'],
        message: 'De einddatum ligt vóór de begindatum.',
      });
    }
    const opens = fromAmsterdamLocal(round.opensAtLocal);
    const deadline = fromAmsterdamLocal(round.deadlineAtLocal);
    if (opens.ok && deadline.ok && opens.instant >= deadline.instant) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadlineAtLocal'],
        message: 'De deadline moet na het openen liggen.',
      });
    }
  });
export type RoundBody = z.input<typeof roundBodySchema>;

export const ceilingChangeBodySchema = z.object({
  ceilings: ceilingsSchema,
  reason: z
    .string()
    .trim()
    .min(5, { message: 'Geef de reden van de wijziging (minstens 5 tekens).' })
    .max(1000),
});

const categoryPhaseSchema = z.enum(CATEGORY_PHASES);

export const roundStatusSchema = z.enum(['preparation', 'scheduled', 'open', 'closed']);

export const roundSchema = z.object({
  id: z.uuid(),
  schemeId: z.uuid(),
  schemeName: z.string(),
  name: z.string(),
  year: z.number().int(),
  periodStart: z.string(),
  periodEnd: z.string(),
  opensAt: z.iso.datetime({ offset: true }),
  deadlineAt: z.iso.datetime({ offset: true }),
  opensAtLocal: z.string(),
  deadlineAtLocal: z.string(),
  /** "1 maart 2027 om 12:00 (Nederlandse tijd)" */
  deadlineDisplay: z.string(),
  partialGrant: z.boolean(),
  lotSeed: z.string(),
  ceilings: ceilingsSchema,
  status: roundStatusSchema,
  /** The state in the round's process (docs/rules/round-states.md). */
  phase: z.enum(ROUND_PHASES),
  categoryPhases: z.object(
    Object.fromEntries(CATEGORY_CODES.map((c) => [c, categoryPhaseSchema])) as Record<
      Category,
      typeof categoryPhaseSchema
    >,
  ),
  formDefinition: schemeDefinitionSchema.nullable(),
});
export type Round = z.infer<typeof roundSchema>;

export const roundListSchema = z.object({ items: z.array(roundSchema) });
export const roundParamsSchema = z.object({ roundId: z.uuid() });

export const checklistSchema = z.object({
  items: z.array(z.object({ ok: z.boolean(), label: z.string() })),
  warnings: z.array(z.string()),
  canOpen: z.boolean(),
});

export const schemeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  definition: schemeDefinitionSchema,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Scheme = z.infer<typeof schemeSchema>;
export const schemeListSchema = z.object({ items: z.array(schemeSchema) });
export const schemeBodySchema = z.object({
  name: z.string().trim().min(1, { message: 'Vul de naam van de regeling in.' }).max(200),
  definition: schemeDefinitionSchema,
});
export const schemeParamsSchema = z.object({ schemeId: z.uuid() });

const statusCounts = z.object({
  draft: z.number().int(),
  submitted: z.number().int(),
  late: z.number().int(),
  withdrawn: z.number().int(),
  set_aside: z.number().int(),
});

export const roundOverviewSchema = z.object({
  round: roundSchema,
  categories: z.array(
    z.object({
      category: z.enum(CATEGORY_CODES),
      counts: statusCounts,
      /** Sum requested by applications submitted on time. */
      requestedCents: z.number().int(),
      ceilingCents: z.number().int(),
      phase: categoryPhaseSchema,
      /** Granted by the issued decisions in force. */
      grantedCents: z.number().int(),
      /** Renounced by organisations (vrijgevallen): no longer counted against the ceiling. */
      renouncedCents: z.number().int(),
      /** Granted minus renounced: what counts against the ceiling. */
      usedCents: z.number().int(),
    }),
  ),
});
export type RoundOverview = z.infer<typeof roundOverviewSchema>;
