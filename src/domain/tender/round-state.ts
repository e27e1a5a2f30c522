/**
 * The state of a round in its process (docs/rules/round-states.md): concept → open →
 * gesloten → in beoordeling → gerangschikt (per category) → besloten. Derived from the
 * deadline, the clock and what has been recorded, never stored, so no scheduler has to
 * close a round: the moment the deadline passes, the round is closed.
 */
import { CATEGORY_CODES, type Category } from './categories.ts';
import { type RoundStatus, roundStatus } from './round-rules.ts';

export const ROUND_PHASES = [
  'concept',
  'open',
  'closed',
  'in_assessment',
  'ranked',
  'decided',
] as const;
export type RoundPhase = (typeof ROUND_PHASES)[number];

export const ROUND_PHASE_LABELS: Record<RoundPhase, string> = {
  concept: 'Concept',
  open: 'Open',
  closed: 'Gesloten',
  in_assessment: 'In beoordeling',
  ranked: 'Gerangschikt',
  decided: 'Besloten',
};

/** Where one category stands; before the deadline every category is 'before_deadline'. */
export const CATEGORY_PHASES = [
  'before_deadline',
  'no_applications',
  'in_assessment',
  'ranked',
  'decided',
] as const;
export type CategoryPhase = (typeof CATEGORY_PHASES)[number];

export const CATEGORY_PHASE_LABELS: Record<CategoryPhase, string> = {
  before_deadline: 'Deadline nog niet verstreken',
  no_applications: 'Geen aanvragen',
  in_assessment: 'In beoordeling',
  ranked: 'Gerangschikt',
  decided: 'Besloten',
};

export interface RoundFacts {
  published: boolean;
  opensAt: Date;
  deadlineAt: Date;
  /** Whether any assessor was assigned, any score saved or any condition checked. */
  assessmentStarted: boolean;
  categories: readonly {
    category: Category;
    /**
     * Submitted applications still in the round (on time or late; not withdrawn or set
     * aside): late ones are not assessed, but the ranking gives them their outcome.
     */
    applications: number;
    rankingFixed: boolean;
    /** Every letter of the category's ranking in force has been issued. */
    lettersIssued: boolean;
  }[];
}

export interface RoundState {
  phase: RoundPhase;
  /** The finer status before the deadline: 'scheduled' is a published round not yet open. */
  status: RoundStatus;
  categories: Record<Category, CategoryPhase>;
}

function categoryPhase(facts: RoundFacts['categories'][number] | undefined): CategoryPhase {
  if (!facts || (facts.applications === 0 && !facts.rankingFixed)) return 'no_applications';
  if (!facts.rankingFixed) return 'in_assessment';
  return facts.lettersIssued ? 'decided' : 'ranked';
}

export function roundState(facts: RoundFacts, now: Date): RoundState {
  const status = roundStatus(facts, now);
  const categories = Object.fromEntries(
    CATEGORY_CODES.map((category) => [
      category,
      categoryPhase(facts.categories.find((c) => c.category === category)),
    ]),
  ) as Record<Category, CategoryPhase>;
  if (status !== 'closed') {
    const waiting = Object.fromEntries(
      CATEGORY_CODES.map((category) => [category, 'before_deadline']),
    ) as Record<Category, CategoryPhase>;
    const phase = status === 'open' ? 'open' : 'concept';
    return { phase, status, categories: waiting };
  }
  const withWork = CATEGORY_CODES.filter((c) => categories[c] !== 'no_applications');
  if (withWork.length > 0 && withWork.every((c) => categories[c] === 'decided')) {
    return { phase: 'decided', status, categories };
  }
  if (withWork.length > 0 && withWork.every((c) => categories[c] !== 'in_assessment')) {
    return { phase: 'ranked', status, categories };
  }
  const started =
    facts.assessmentStarted || withWork.some((c) => categories[c] !== 'in_assessment');
  return { phase: started ? 'in_assessment' : 'closed', status, categories };
}

/** Assessment (assigning assessors, scoring, checking conditions) starts at the deadline. */
export function assessmentMayStart(deadlineAt: Date, now: Date): boolean {
  return now.getTime() >= deadlineAt.getTime();
}

/** What an on-time application of a category still lacks before the category can be ranked. */
export type MissingForRanking = 'general_conditions' | 'final_scores';

export const MISSING_FOR_RANKING_LABELS: Record<MissingForRanking, string> = {
  general_conditions: 'de algemene voorwaarden zijn nog niet gecontroleerd',
  final_scores: 'de eindscores zijn nog niet vastgesteld',
};

/**
 * An on-time application is ready for the ranking when it has an outcome without scores
 * (it failed a general condition) or final scores. Set-aside and withdrawn applications are
 * not passed in: they no longer take part.
 */
export function missingForRanking(application: {
  conditionsMet: boolean | null;
  finalScoresFixed: boolean;
}): MissingForRanking | null {
  if (application.conditionsMet === null) return 'general_conditions';
  if (application.conditionsMet === false) return null;
  return application.finalScoresFixed ? null : 'final_scores';
}
