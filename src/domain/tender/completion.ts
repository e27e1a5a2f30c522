/**
 * Time to complete (Awb 4:5): an application that lacks a document or information gets a
 * request to complete it within a term; only when that term has passed without an answer may
 * the application be set aside ("buiten behandeling gesteld"). docs/rules/time-to-complete.md
 */
import { addDays } from '../dates.ts';

/** The default term: two weeks, counted in calendar days from the day of the request. */
export const DEFAULT_COMPLETION_TERM_DAYS = 14;
export const MINIMUM_COMPLETION_TERM_DAYS = 7;
export const MAXIMUM_COMPLETION_TERM_DAYS = 56;

/** The last day on which the applicant can complete: the request day plus the term. */
export function completionDueDay(requestedDay: string, termDays: number): string {
  return addDays(requestedDay, termDays);
}

export type CompletionState = 'open' | 'answered' | 'expired';

export function completionState(
  request: { dueDay: string; answered: boolean },
  today: string,
): CompletionState {
  if (request.answered) return 'answered';
  return today > request.dueDay ? 'expired' : 'open';
}

/**
 * Why an application cannot be set aside on this request, or null when it can: there must be
 * a request, it must be unanswered, and its last day must lie before today.
 */
export function setAsideRefusal(
  request: { dueDay: string; answered: boolean } | null,
  today: string,
): 'COMPLETION_REQUEST_REQUIRED' | 'COMPLETION_ANSWERED' | 'COMPLETION_TERM_RUNNING' | null {
  if (!request) return 'COMPLETION_REQUEST_REQUIRED';
  const state = completionState(request, today);
  if (state === 'answered') return 'COMPLETION_ANSWERED';
  if (state === 'open') return 'COMPLETION_TERM_RUNNING';
  return null;
}
