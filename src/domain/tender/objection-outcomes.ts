/**
 * The objections register (docs/rules/objections.md): whether an objection came in time, and
 * the outcomes of a decision on an objection. The term itself is `objectionDeadline`.
 */
import { addDays } from '../dates.ts';
import { objectionDeadline } from './objection.ts';

export const OBJECTION_OUTCOMES = [
  'inadmissible',
  'unfounded',
  'well_founded',
  'partly_well_founded',
] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

export const OBJECTION_OUTCOME_LABELS: Record<ObjectionOutcome, string> = {
  inadmissible: 'Niet-ontvankelijk',
  unfounded: 'Ongegrond',
  well_founded: 'Gegrond',
  partly_well_founded: 'Deels gegrond',
};

/** A (partly) well-founded objection revokes the decision and leads to a new one. */
export function revokesDecision(outcome: ObjectionOutcome): boolean {
  return outcome === 'well_founded' || outcome === 'partly_well_founded';
}

/**
 * In time (Awb 6:9): received on or before the last day of the term, or posted by then and
 * received no later than a week after that day.
 */
export function objectionTimeliness(input: {
  sentDay: string;
  receivedDay: string;
  postedDay?: string | null | undefined;
}): { deadlineDay: string; inTime: boolean } {
  const deadlineDay = objectionDeadline(input.sentDay);
  const received = input.receivedDay <= deadlineDay;
  const postedInTime =
    !!input.postedDay &&
    input.postedDay <= deadlineDay &&
    input.receivedDay <= addDays(deadlineDay, 7);
  return { deadlineDay, inTime: received || postedInTime };
}
