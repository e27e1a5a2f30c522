/**
 * Business cases from registration data (docs/rules/rendement.md): per provision, organisation,
 * category or year, the participants who came through the social team or Sociale Zaken and
 * had no maatwerk during or after participation are the ones whose maatwerk was avoided; the
 * scenario's assumptions turn them into a return with computeRendement. Small numbers follow
 * the "<5" rule, and a group without such participants claims no return.
 */
import type { ClientRoute } from '../participants/registration.ts';
import {
  type ReportedCount,
  SUPPRESSION_THRESHOLD,
  suppressSmall,
} from '../participants/suppression.ts';
import { computeRendement, type RendementInput, type RendementOutput } from './rendement.ts';

/** The client routes of people who would otherwise have asked for maatwerk. */
export const RETURN_ROUTES: readonly ClientRoute[] = ['social_team', 'social_services'];

/** The assumptions a scenario sets: everything of the contract but the data. */
export type Assumptions = Omit<RendementInput, 'participants' | 'subsidyCents'>;
export const ASSUMPTION_KEYS = [
  'shareWouldQualify',
  'personsPerPlace',
  'costPerPlaceCents',
  'hoursPerApplication',
  'productiveHoursPerFte',
  'monthlyContributionCents',
] as const satisfies readonly (keyof Assumptions)[];
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/** Where the subsidy of a group comes from: settled amounts, granted ones, or both. */
export type SubsidyBasis = 'settled' | 'granted' | 'mixed' | 'none';

/** What the registration holds for one group (one provision in one year, or a sum of them). */
export interface RegistrationFigures {
  /** Everyone who took part in the year. */
  participants: number;
  /** Of them, those who came through RETURN_ROUTES. */
  routeParticipants: number;
  /**
   * Of the route participants, those with a matched maatwerk allocation that runs during or
   * after their participation: their maatwerk was not avoided.
   */
  withMaatwerk: number;
  /** Of those, the ones whose maatwerk started after they began to take part (relapse). */
  relapse: number;
  /** Outflows recorded in the year. */
  outflow: number;
  signalsOpen: number;
  signalsResolved: number;
  subsidyCents: number;
  settledGrants: number;
  grantedGrants: number;
}

export const EMPTY_FIGURES: RegistrationFigures = {
  participants: 0,
  routeParticipants: 0,
  withMaatwerk: 0,
  relapse: 0,
  outflow: 0,
  signalsOpen: 0,
  signalsResolved: 0,
  subsidyCents: 0,
  settledGrants: 0,
  grantedGrants: 0,
};

export function addFigures(a: RegistrationFigures, b: RegistrationFigures): RegistrationFigures {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof RegistrationFigures)[]) sum[key] += b[key];
  return sum;
}

export function subsidyBasis(figures: RegistrationFigures): SubsidyBasis {
  if (figures.settledGrants > 0) return figures.grantedGrants > 0 ? 'mixed' : 'settled';
  return figures.grantedGrants > 0 ? 'granted' : 'none';
}

/** Why a group shows no return. */
export type NoClaimReason = 'no_route_participants' | 'all_with_maatwerk' | 'small_number';

export type ReturnClaim =
  | { kind: 'none'; reason: NoClaimReason }
  | { kind: 'computed'; input: RendementInput; result: RendementOutput };

/** The figures as they may be shown outside the provision: counts through "<5". */
export interface BusinessCase {
  participants: ReportedCount;
  /** Route participants without maatwerk: the participants the return is computed for. */
  counted: ReportedCount;
  relapse: ReportedCount;
  outflow: ReportedCount;
  signalsOpen: ReportedCount;
  signalsResolved: ReportedCount;
  subsidyCents: number;
  subsidyBasis: SubsidyBasis;
  claim: ReturnClaim;
}

/**
 * The business case of one group under one scenario. The whole subsidy of the group is set
 * against the return, also the part spent on participants who came by themselves: that
 * understates the saving rather than overstating it. A return is only computed for 5 counted
 * participants or more, since its amounts would give the number away.
 */
export function businessCase(figures: RegistrationFigures, assumptions: Assumptions): BusinessCase {
  const counted = figures.routeParticipants - figures.withMaatwerk;
  const shown = {
    participants: suppressSmall(figures.participants),
    counted: suppressSmall(counted),
    relapse: suppressSmall(figures.relapse),
    outflow: suppressSmall(figures.outflow),
    signalsOpen: suppressSmall(figures.signalsOpen),
    signalsResolved: suppressSmall(figures.signalsResolved),
    subsidyCents: figures.subsidyCents,
    subsidyBasis: subsidyBasis(figures),
  };
  if (figures.routeParticipants === 0) {
    return { ...shown, claim: { kind: 'none', reason: 'no_route_participants' } };
  }
  if (counted === 0) return { ...shown, claim: { kind: 'none', reason: 'all_with_maatwerk' } };
  if (counted < SUPPRESSION_THRESHOLD) {
    return { ...shown, claim: { kind: 'none', reason: 'small_number' } };
  }
  const input: RendementInput = {
    participants: counted,
    subsidyCents: figures.subsidyCents,
    ...assumptions,
  };
  return { ...shown, claim: { kind: 'computed', input, result: computeRendement(input) } };
}
