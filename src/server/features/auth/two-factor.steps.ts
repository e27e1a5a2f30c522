/**
 * The steps of logging in after the password (docs/rules/login-security.md): which one a
 * session still needs, and what such a half session may reach meanwhile.
 */
import { requiresTwoFactor } from '../../../domain/two-factor.ts';
import { ACCESS, type Action } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { PendingStep } from './auth.schemas.ts';
import * as repo from './two-factor.repository.ts';

/** An account with a second factor must give its code; a role that needs one must enrol. */
export async function stepAfterPassword(
  db: Queryable,
  userId: string,
): Promise<PendingStep | null> {
  const credential = await repo.findCredential(db, userId);
  if (credential?.confirmedAt) return 'two_factor';
  return requiresTwoFactor(await repo.rolesOf(db, userId)) ? 'two_factor_enrolment' : null;
}

/** Besides their own step, a half session may see who it is and log out. */
const ALWAYS: ReadonlySet<Action> = new Set<Action>(['auth.me', 'auth.logout']);
const STEP_ACTIONS: Record<PendingStep, Action> = {
  two_factor: 'auth.two_factor.verify',
  two_factor_enrolment: 'auth.two_factor.enrol',
};

/**
 * Whether a half session acts as its user for this action: yes for its own step, logging out
 * and `me`; no (as someone not logged in) for public pages and routes; anything else is
 * refused with the step that comes first, so the server itself enforces the order.
 */
export function halfSessionActsAsUser(step: PendingStep, action: Action | undefined): boolean {
  if (action === undefined) return false;
  if (ALWAYS.has(action) || STEP_ACTIONS[step] === action) return true;
  if (ACCESS[action] === 'public') return false;
  throw new AppError(
    step === 'two_factor' ? 'TWO_FACTOR_REQUIRED' : 'TWO_FACTOR_ENROLMENT_REQUIRED',
  );
}
