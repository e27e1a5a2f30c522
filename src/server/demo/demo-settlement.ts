/**
 * The settlement of last year's grant of Trefpunt for people trying the product (not in the
 * test database, like the participants): the report in, the policy officer's settlement of
 * € 12,000.00 with reasons (€ 12,833.26 was advanced, so € 833.26 is reclaimed), and the
 * letter issued a week ago, so finance finds an open reclaim and the organisation a letter
 * (docs/rules/grant-lifecycle.md).
 */
import { and, eq } from 'drizzle-orm';
import { addDays, amsterdamDay, fromAmsterdamLocal, isoWeekday } from '../../domain/dates.ts';
import type { Role } from '../../domain/roles.ts';
import type { Actor } from '../platform/access.ts';
import { DEFAULT_OBJECTION_ADDRESS } from '../platform/config.ts';
import type { Database } from '../platform/db/database.ts';
import { grantEvents, grants, userRoles, users } from '../platform/db/schema.ts';
import { issueOne, proposeSettlement } from '../features/settlements/settlements.service.ts';

const SETTLED_CENTS = 1_200_000;
const REASONS =
  'De huiskamer was in juli en augustus gesloten; de huur van die maanden is niet betaald. De vaste lasten waren daardoor € 2.000,00 lager dan begroot.';

async function officer(db: Database): Promise<Actor> {
  const [person] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, 'policy_officer@demo.example'));
  const roles = await db.select().from(userRoles).where(eq(userRoles.userId, person!.id));
  return {
    kind: 'user',
    userId: person!.id,
    email: person!.email,
    roles: roles.map((r) => r.role as Role),
    organisationIds: [],
    provisionIds: [],
  };
}

export async function loadDemoSettlement(db: Database, now: Date): Promise<void> {
  const today = amsterdamDay(now);
  const at = (days: number, time: string) => {
    const moment = fromAmsterdamLocal(`${addDays(today, days)}T${time}`);
    if (!moment.ok) throw new Error(`demo moment ${days} ${time}`);
    return moment.instant;
  };
  const [grant] = await db
    .select({ id: grants.id, status: grants.status, periodEnd: grants.periodEnd })
    .from(grants)
    .where(eq(grants.reference, `SB-${Number(today.slice(0, 4)) - 1}-0002`));
  // Only once last year's period is well over: the report and the settlement come after it.
  if (!grant || addDays(grant.periodEnd, 21) > today) return;
  if (grant.status === 'advanced') {
    // Stand-in until the accountability report exists: the report is submitted (the report's
    // own service replaces these two statements).
    await db
      .update(grants)
      .set({ status: 'report_submitted' })
      .where(and(eq(grants.id, grant.id), eq(grants.status, 'advanced')));
    await db
      .insert(grantEvents)
      .values({ grantId: grant.id, kind: 'report_submitted', at: at(-14, '16:00') });
  }
  const actor = await officer(db);
  await proposeSettlement(
    { db, actor, scope: { kind: 'all' }, now: at(-10, '11:00') },
    { grantId: grant.id, body: { settledCents: SETTLED_CENTS, reasons: REASONS } },
  );
  // Sent on a working day a week or more ago.
  let sent = -7;
  while (isoWeekday(addDays(today, sent)) > 5) sent -= 1;
  await issueOne(
    { db, now: at(sent, '09:00') },
    {
      grantId: grant.id,
      issuedBy: actor.userId,
      settings: {
        municipalityNameOverride: undefined,
        objectionAddress: DEFAULT_OBJECTION_ADDRESS,
        mail: { smtpUrl: undefined, from: 'noreply@maastricht.example' },
      },
    },
  );
}
