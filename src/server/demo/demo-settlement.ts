/**
 * The settlement of last year's grant of Trefpunt for people trying the product (not in the
 * test database, like the participants): after its report, the policy officer's settlement of
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
  const moment = (day: string, time: string) => {
    const local = fromAmsterdamLocal(`${day}T${time}`);
    if (!local.ok) throw new Error(`demo moment ${day} ${time}`);
    return local.instant;
  };
  const [grant] = await db
    .select({ id: grants.id, status: grants.status, periodEnd: grants.periodEnd })
    .from(grants)
    .where(eq(grants.reference, `SB-${Number(today.slice(0, 4)) - 1}-0002`));
  // Only once last year's period is well over: the report and the settlement come after it.
  if (!grant || addDays(grant.periodEnd, 21) > today) return;
  // Its accountability report is submitted by the demo year (demo-year.ts).
  if (grant.status !== 'report_submitted') return;
  // The settlement follows the report: proposed ten days ago or the day after the report, and
  // sent three days later on a working day; a letter that would be sent today or later is left
  // proposed, for the policy officer to send.
  const [report] = await db
    .select({ at: grantEvents.at })
    .from(grantEvents)
    .where(and(eq(grantEvents.grantId, grant.id), eq(grantEvents.kind, 'report_submitted')));
  const reported = report ? amsterdamDay(report.at) : addDays(today, -11);
  const proposedDay = [addDays(today, -10), addDays(reported, 1)].sort()[1]!;
  const actor = await officer(db);
  await proposeSettlement(
    { db, actor, scope: { kind: 'all' }, now: moment(proposedDay, '11:00') },
    { grantId: grant.id, body: { settledCents: SETTLED_CENTS, reasons: REASONS } },
  );
  let sentDay = addDays(proposedDay, 3);
  while (isoWeekday(sentDay) > 5) sentDay = addDays(sentDay, 1);
  if (sentDay >= today) return;
  await issueOne(
    { db, now: moment(sentDay, '09:00') },
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
