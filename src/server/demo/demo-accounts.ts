/**
 * The demo accounts someone can log in with right now: only on the demo municipality, and
 * only those still active under their demo address (an installation that started from the
 * demo renames or deactivates them, and then none is shown).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { ROLE_LABELS } from '../../domain/roles.ts';
import type { Queryable } from '../platform/db/database.ts';
import { municipality, users } from '../platform/db/schema.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS } from './load-demo.ts';

export interface DemoAccount {
  email: string;
  /** The role in Dutch, with the organisation where the role works for one. */
  role: string;
}

export interface DemoLogins {
  password: string;
  accounts: DemoAccount[];
}

/** The demo's logins, or null when this is not the demo municipality or none is left. */
export async function demoLogins(db: Queryable): Promise<DemoLogins | null> {
  const [demo] = await db
    .select({ code: municipality.code })
    .from(municipality)
    .where(eq(municipality.isDemo, true));
  if (!demo) return null;
  const active = new Set(
    (
      await db
        .select({ email: users.email })
        .from(users)
        .where(
          and(
            eq(users.active, true),
            inArray(
              users.email,
              DEMO_USERS.map((u) => u.email),
            ),
          ),
        )
    ).map((u) => u.email),
  );
  const accounts = DEMO_USERS.filter((u) => active.has(u.email)).map((u) => {
    const roles = u.roles.map((r) => ROLE_LABELS[r]).join(', ');
    const organisations = u.organisations
      .map((key) => DEMO_ORGANISATIONS.find((o) => o.key === key)?.name ?? key)
      .join(', ');
    return { email: u.email, role: organisations ? `${roles} – ${organisations}` : roles };
  });
  return accounts.length > 0 ? { password: DEMO_PASSWORD, accounts } : null;
}
