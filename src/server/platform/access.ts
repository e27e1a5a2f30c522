/**
 * Access decisions on the server: who is asking (`Actor`), and what a permitted actor may
 * see (`DataScope`) by the one access table (src/domain/access-table.ts).
 */
import type { Role } from '../../domain/roles.ts';
import { ACCESS, type Rule, type Scope, type Action } from '../../domain/access-table.ts';
import { AppError } from './errors.ts';

export {
  ACCESS,
  isAction,
  rolesMayPerform,
  type Action,
  type Rule,
  type Scope,
} from '../../domain/access-table.ts';

/** Who is asking. `system` is used by start-up tasks and the command line. */
export interface Actor {
  kind: 'user' | 'system';
  userId: string | null;
  email: string;
  roles: readonly Role[];
  organisationIds: readonly string[];
  /** The provisions the user is a coordinator of. */
  provisionIds: readonly string[];
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  userId: null,
  email: 'system',
  roles: [],
  organisationIds: [],
  provisionIds: [],
};

/** What a permitted actor may see: everything, or only these organisations' data. */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'organisations'; organisationIds: readonly string[] }
  | { kind: 'provisions'; provisionIds: readonly string[] }
  | { kind: 'assigned'; userId: string };

/**
 * Decides whether `actor` may perform `action`. Throws UNAUTHENTICATED / FORBIDDEN;
 * otherwise returns the widest scope any of the actor's roles grants.
 */
export function authorise(actor: Actor | null, action: Action): DataScope {
  const rule: Rule = ACCESS[action];
  if (rule === 'public') return { kind: 'all' };
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (rule === 'authenticated') return { kind: 'all' };
  const scopes = actor.roles.map((role) => rule[role]).filter((s): s is Scope => s !== undefined);
  if (scopes.length === 0) throw new AppError('FORBIDDEN');
  if (scopes.includes('all')) return { kind: 'all' };
  if (scopes.includes('own'))
    return { kind: 'organisations', organisationIds: actor.organisationIds };
  if (scopes.includes('coordinated'))
    return { kind: 'provisions', provisionIds: actor.provisionIds };
  return { kind: 'assigned', userId: actor.userId ?? '' };
}
