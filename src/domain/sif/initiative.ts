/**
 * The rolling tender of the Sociaal Investeringsfonds (docs/rules/sif-initiatives.md): the
 * initiative's own form, the scheme's criteria, the decision term (Awb 4:13, eight weeks by
 * default, ending by the Algemene termijnenwet) and the rules of deciding against the fund's
 * free balance (Awb 4:25 applied to the fund).
 */
import { z } from 'zod';
import { addDays, dayNumber, isValidDay } from '../dates.ts';
import { statutoryTerm } from '../statutory-terms.ts';
import {
  MINIMUM_ASSESSORS,
  type ScoreEntry,
  proposedScore,
  scoreEntrySchema,
} from '../tender/assessment.ts';

/** The council's four priorities of the fund. */
export const SIF_PRIORITIES = [
  'prevention',
  'citizen_power',
  'first_line',
  'accessible_provisions',
] as const;
export type SifPriority = (typeof SIF_PRIORITIES)[number];
export const SIF_PRIORITY_LABELS: Record<SifPriority, string> = {
  prevention: 'Preventie',
  citizen_power: 'Burgerkracht',
  first_line: 'Eerste lijn',
  accessible_provisions: 'Algemeen toegankelijke voorzieningen',
};

/** The three impact conditions each initiative answers. */
export const IMPACT_CONDITIONS = ['reach', 'fewer_provisions', 'structural_change'] as const;
export type ImpactCondition = (typeof IMPACT_CONDITIONS)[number];
export const IMPACT_CONDITION_LABELS: Record<ImpactCondition, string> = {
  reach: 'Kwetsbare inwoners worden echt bereikt en doen mee',
  fewer_provisions: 'Er zijn minder individuele voorzieningen nodig',
  structural_change: 'Het initiatief leidt tot structurele verandering',
};

/** The scheme's criteria, scored 0–10 with a motivation as in the tender. */
export const SIF_CRITERIA = ['priorities', 'impact', 'feasibility', 'continuation'] as const;
export type SifCriterion = (typeof SIF_CRITERIA)[number];
export const SIF_CRITERION_LABELS: Record<SifCriterion, string> = {
  priorities: 'Bijdrage aan de prioriteiten',
  impact: 'Aannemelijkheid van de impact',
  feasibility: 'Haalbaarheid en begroting',
  continuation: 'Voortzetting na het fonds',
};
/** Every criterion needs at least this score (the assessors' mean, rounded half up). */
export const SIF_MINIMUM_SCORE = 6;
/** Awb 4:13: the decision term when the scheme sets none of its own. */
export const SIF_DECISION_WEEKS = 8;
/** The policy officer's list shows initiatives whose term ends within this many days. */
export const NEARING_TERM_DAYS = 14;

const text = (label: string, max = 5000) =>
  z
    .string()
    .trim()
    .min(1, { message: `Vul ${label} in.` })
    .max(max, {
      message: `${label[0]!.toUpperCase()}${label.slice(1)} is hoogstens ${max} tekens.`,
    });
const euroCents = (label: string) =>
  z
    .number({ message: `Vul ${label} in euro's in.` })
    .int({ message: `${label} is een bedrag in hele centen.` })
    .min(0, { message: `${label} is niet negatief.` })
    .max(100_000_000_00, { message: `${label} is hoogstens € 100.000.000.` });
const day = (label: string) =>
  z.string().refine(isValidDay, { message: `Vul ${label} in als geldige datum.` });

export const initiativeContentSchema = z
  .object({
    title: text('de naam van het initiatief', 200),
    description: text('de beschrijving van het initiatief'),
    neighbourhoodCodes: z
      .array(z.string().min(1))
      .min(1, { message: 'Kies minstens één buurt.' })
      .max(100, { message: 'Kies hoogstens 100 buurten.' }),
    targetGroups: text('de doelgroepen', 2000),
    priorities: z
      .array(z.enum(SIF_PRIORITIES))
      .min(1, { message: 'Kies minstens één prioriteit die het initiatief dient.' }),
    impact: z.object({
      reach: text('hoe kwetsbare inwoners worden bereikt'),
      fewer_provisions: text('hoe minder individuele voorzieningen nodig zijn'),
      structural_change: text('welke structurele verandering het initiatief brengt'),
    }),
    requestedCents: euroCents('Het gevraagde bedrag').min(1, {
      message: 'Het gevraagde bedrag is meer dan nul.',
    }),
    cofinancingCents: euroCents('De cofinanciering'),
    periodStart: day('de begindatum'),
    periodEnd: day('de einddatum'),
    continuation: text('hoe het initiatief na het fonds doorgaat'),
    registersParticipants: z.boolean(),
  })
  .refine((c) => c.periodEnd >= c.periodStart, {
    path: ['periodEnd'],
    message: 'De einddatum ligt op of na de begindatum.',
  });
export type InitiativeContent = z.output<typeof initiativeContentSchema>;

export const sifScoreSheetSchema = z.partialRecord(z.enum(SIF_CRITERIA), scoreEntrySchema);
export type SifScoreSheet = z.infer<typeof sifScoreSheetSchema>;

export interface Problem {
  path: string;
  message: string;
}

/** What is missing before an assessor can submit a score sheet; each message names its criterion. */
export function sifScoreSheetProblems(sheet: SifScoreSheet): Problem[] {
  const problems: Problem[] = [];
  for (const criterion of SIF_CRITERIA) {
    const entry: ScoreEntry | undefined = sheet[criterion];
    const label = SIF_CRITERION_LABELS[criterion];
    if (!entry)
      problems.push({
        path: `scores.${criterion}.score`,
        message: `Geef een score van 0 tot en met 10 voor ${label}.`,
      });
    if (!entry || entry.motivation.trim() === '')
      problems.push({
        path: `scores.${criterion}.motivation`,
        message: `Schrijf een motivering bij de score voor ${label}.`,
      });
  }
  return problems;
}

export type Verdict = 'pending' | 'meets_criteria' | 'fails_criteria';

/**
 * The verdict of the submitted sheets: pending until two assessors submitted; then every
 * criterion's mean score (rounded half up) must be at least 6.
 */
export function assessmentVerdict(sheets: readonly SifScoreSheet[]): {
  verdict: Verdict;
  means: Partial<Record<SifCriterion, number>>;
} {
  const means: Partial<Record<SifCriterion, number>> = {};
  for (const criterion of SIF_CRITERIA) {
    const mean = proposedScore(
      sheets.map((s) => s[criterion]?.score).filter((s): s is number => s !== undefined),
    );
    if (mean !== null) means[criterion] = mean;
  }
  if (sheets.length < MINIMUM_ASSESSORS) return { verdict: 'pending', means };
  const meets = SIF_CRITERIA.every((c) => (means[c] ?? 0) >= SIF_MINIMUM_SCORE);
  return { verdict: meets ? 'meets_criteria' : 'fails_criteria', means };
}

/** The last day to decide: eight weeks after receipt, moved past weekends and Atw holidays. */
export function decisionDueDay(receivedDay: string, weeks = SIF_DECISION_WEEKS): string {
  return statutoryTerm(receivedDay, weeks).deadline;
}

export function nearingTerm(dueDay: string, today: string): boolean {
  return dueDay <= addDays(today, NEARING_TERM_DAYS);
}

export function daysLeft(dueDay: string, today: string): number {
  return dayNumber(dueDay) - dayNumber(today);
}

export const SIF_OUTCOMES = ['granted', 'partially_granted', 'refused'] as const;
export type SifOutcome = (typeof SIF_OUTCOMES)[number];
export const SIF_OUTCOME_LABELS: Record<SifOutcome, string> = {
  granted: 'Verleend',
  partially_granted: 'Gedeeltelijk verleend',
  refused: 'Geweigerd',
};

/** Why a refusal: the criteria are not met, or the fund is exhausted (Awb 4:25 applied to it). */
export const REFUSAL_GROUNDS = ['criteria_not_met', 'fund_exhausted'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
export const REFUSAL_GROUND_LABELS: Record<RefusalGround, string> = {
  criteria_not_met: 'Het initiatief voldoet niet aan de criteria van de regeling',
  fund_exhausted: 'Het fonds is uitgeput (artikel 4:25 Awb)',
};

export interface DecisionInput {
  outcome: SifOutcome;
  grantedCents: number;
  refusalGround: RefusalGround | null;
  reasons: string;
  lateReason: string;
}

export interface DecisionFacts {
  requestedCents: number;
  freeCents: number;
  verdict: Verdict;
  today: string;
  dueDay: string;
}

const euros = (cents: number) =>
  `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The outcomes the policy officer may choose now. */
export function allowedOutcomes(
  f: Pick<DecisionFacts, 'requestedCents' | 'freeCents' | 'verdict'>,
) {
  const outcomes: SifOutcome[] = [];
  if (f.verdict === 'meets_criteria') {
    if (f.requestedCents <= f.freeCents) outcomes.push('granted');
    if (f.freeCents > 0) outcomes.push('partially_granted');
  }
  if (f.verdict !== 'pending') outcomes.push('refused');
  return outcomes;
}

/**
 * Why this decision may not be taken (null when it may). Granting in full needs the whole
 * amount free; otherwise only a partial grant within the free balance, or a refusal because
 * the fund is exhausted. A decision after the term needs a reason for the delay.
 */
export function decisionProblem(input: DecisionInput, f: DecisionFacts): Problem | null {
  if (f.verdict === 'pending')
    return {
      path: 'outcome',
      message: 'Er kan pas worden besloten als twee beoordelaars hun beoordeling hebben ingediend.',
    };
  if (f.today > f.dueDay && input.lateReason.trim() === '')
    return {
      path: 'lateReason',
      message: `De beslistermijn is op ${f.dueDay} verstreken: vul de reden in waarom later wordt besloten.`,
    };
  if (input.outcome === 'refused') {
    if (!input.refusalGround)
      return { path: 'refusalGround', message: 'Kies de grond van de weigering.' };
    if (input.refusalGround === 'fund_exhausted' && f.requestedCents <= f.freeCents)
      return {
        path: 'refusalGround',
        message: `Het fonds is niet uitgeput: er is nog ${euros(f.freeCents)} vrij, genoeg voor het gevraagde bedrag.`,
      };
    if (input.refusalGround === 'criteria_not_met' && f.verdict === 'meets_criteria')
      return {
        path: 'refusalGround',
        message:
          'Volgens de beoordeling voldoet het initiatief aan de criteria; kies een andere grond.',
      };
    if (input.reasons.trim() === '')
      return { path: 'reasons', message: 'Vul de motivering van de weigering in.' };
    if (input.grantedCents !== 0)
      return { path: 'grantedCents', message: 'Bij een weigering wordt niets verleend.' };
    return null;
  }
  if (f.verdict !== 'meets_criteria')
    return {
      path: 'outcome',
      message:
        'Het initiatief voldoet volgens de beoordeling niet aan de criteria; alleen weigeren kan.',
    };
  if (input.outcome === 'granted') {
    if (input.grantedCents !== f.requestedCents)
      return {
        path: 'grantedCents',
        message: `Volledig verlenen is het gevraagde bedrag, ${euros(f.requestedCents)}; kies anders gedeeltelijk verlenen.`,
      };
    if (f.requestedCents > f.freeCents)
      return {
        path: 'outcome',
        message: `Het fonds heeft nog ${euros(f.freeCents)} vrij, minder dan gevraagd: verleen gedeeltelijk (hoogstens het vrije saldo) of weiger omdat het fonds uitgeput is.`,
      };
    return null;
  }
  if (!Number.isSafeInteger(input.grantedCents) || input.grantedCents <= 0)
    return { path: 'grantedCents', message: 'Vul het verleende bedrag in; het is meer dan nul.' };
  if (input.grantedCents >= f.requestedCents)
    return {
      path: 'grantedCents',
      message: `Gedeeltelijk verlenen is minder dan het gevraagde bedrag, ${euros(f.requestedCents)}.`,
    };
  if (input.grantedCents > f.freeCents)
    return {
      path: 'grantedCents',
      message: `Het fonds heeft nog ${euros(f.freeCents)} vrij; meer kan niet worden verleend.`,
    };
  if (input.reasons.trim() === '')
    return { path: 'reasons', message: 'Vul de motivering van de gedeeltelijke verlening in.' };
  return null;
}
