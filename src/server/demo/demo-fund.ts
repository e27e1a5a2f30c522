/**
 * The Sociaal Investeringsfonds in the demo (docs/rules/fund-ledger.md): a deposit from the
 * 2024 annual result of € 500.000,00, proposed by finance@demo.example and approved by
 * finance2@demo.example, and a contribution of a health insurer of € 50.000,00 that
 * finance@demo.example proposed two days ago and finance2@demo.example still has to approve.
 */
import { eq } from 'drizzle-orm';
import { addDays, amsterdamDay, fromAmsterdamLocal } from '../../domain/dates.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../platform/access.ts';
import type { Database } from '../platform/db/database.ts';
import { userRoles, users } from '../platform/db/schema.ts';
import { approveBooking, proposeDeposit } from '../features/fund/fund.service.ts';

/** A demo account as the actor of a use case, with its roles. */
export async function demoActor(db: Database, email: string): Promise<Actor> {
  const [person] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, email));
  if (!person) throw new Error(`demo account ${email} is missing`);
  const roles = await db.select().from(userRoles).where(eq(userRoles.userId, person.id));
  return {
    kind: 'user',
    userId: person.id,
    email: person.email,
    roles: roles.map((r) => r.role as Role),
    organisationIds: [],
    provisionIds: [],
  };
}

export async function loadDemoFund(db: Database, now: Date): Promise<void> {
  const today = amsterdamDay(now);
  const at = (days: number, time: string): Date => {
    const moment = fromAmsterdamLocal(`${addDays(today, days)}T${time}`);
    if (!moment.ok) throw new Error(`demo moment ${days} ${time}`);
    return moment.instant;
  };
  const finance = await demoActor(db, 'finance@demo.example');
  const finance2 = await demoActor(db, 'finance2@demo.example');
  const scope = { kind: 'all' } as const;
  const result = await proposeDeposit(
    { db, actor: finance, scope, now: at(-200, '10:00') },
    {
      amountCents: 50_000_000,
      sourceYear: 2024,
      description: 'Positief resultaat jaarrekening 2024',
    },
  );
  await approveBooking(
    { db, actor: finance2, scope, now: at(-199, '09:30') },
    { bookingId: result.id },
  );
  await proposeDeposit(
    { db, actor: finance, scope, now: at(-2, '14:00') },
    { amountCents: 5_000_000, sourceYear: null, description: 'Bijdrage zorgverzekeraar' },
  );
}
