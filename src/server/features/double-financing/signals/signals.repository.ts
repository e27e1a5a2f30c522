/**
 * Queries of the signals and their history. A signal row names a participant, but no
 * query here returns who: the Wmo analyst works with the allocation number, which the
 * provider knows.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  OPEN_SIGNAL_STATUSES,
  PRIVACY_CLOSURE_REASON,
  SIGNAL_TRANSITIONS,
  type SignalStatus,
} from '../../../../domain/double-financing/signals.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import {
  doubleFinancingSignals as signals,
  organisations,
  provisions,
  signalEvents,
  users,
} from '../../../platform/db/schema.ts';
import { rowsOf } from '../../../platform/db/rows.ts';

const columns = {
  id: signals.id,
  provisionId: signals.provisionId,
  provisionName: provisions.name,
  organisationName: organisations.name,
  category: provisions.category,
  allocationNumber: signals.allocationNumber,
  providerAgb: signals.providerAgb,
  productCategory: signals.category,
  productCode: signals.productCode,
  overlapStart: signals.overlapStart,
  overlapEnd: signals.overlapEnd,
  status: signals.status,
  phaseOutDate: signals.phaseOutDate,
  reason: signals.reason,
  notFoundSince: signals.notFoundSince,
  createdAt: signals.createdAt,
  updatedAt: signals.updatedAt,
};

function baseQuery(db: Queryable) {
  return db
    .select(columns)
    .from(signals)
    .innerJoin(provisions, eq(provisions.id, signals.provisionId))
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId));
}

export type SignalRow = Awaited<ReturnType<typeof baseQuery>>[number];

export interface SignalFilter {
  status?: SignalStatus | undefined;
  provisionId?: string | undefined;
  providerAgb?: string | undefined;
}

export async function listSignals(db: Queryable, filter: SignalFilter): Promise<SignalRow[]> {
  const conditions: (SQL | undefined)[] = [
    filter.status ? eq(signals.status, filter.status) : undefined,
    filter.provisionId ? eq(signals.provisionId, filter.provisionId) : undefined,
    filter.providerAgb ? eq(signals.providerAgb, filter.providerAgb) : undefined,
  ];
  return baseQuery(db)
    .where(and(...conditions))
    .orderBy(
      asc(signals.providerAgb),
      asc(signals.allocationNumber),
      asc(provisions.name),
      asc(signals.overlapStart),
      asc(signals.id),
    );
}

export async function openSignalsOfProvider(db: Queryable, providerAgb: string) {
  return baseQuery(db)
    .where(
      and(eq(signals.providerAgb, providerAgb), inArray(signals.status, [...OPEN_SIGNAL_STATUSES])),
    )
    .orderBy(asc(signals.allocationNumber), asc(signals.overlapStart), asc(signals.id));
}

export async function findSignal(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SignalRow | undefined> {
  const query = baseQuery(db).where(eq(signals.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: signals }) : await query;
  return row;
}

export async function updateSignalStatus(
  db: Queryable,
  id: string,
  values: {
    status: SignalStatus;
    phaseOutDate: string | null;
    reason: string | null;
    updatedAt: Date;
  },
) {
  await db.update(signals).set(values).where(eq(signals.id, id));
}

/**
 * Closes the open signals of a participant who was erased or withdrew consent for matching,
 * with the neutral reason and one history event each (by the system, without a note).
 * Answers how many were closed.
 */
export async function closeOpenSignalsOfParticipant(
  db: Queryable,
  participantId: string,
  now: Date,
): Promise<number> {
  const closed = await db
    .select({ id: signals.id, status: signals.status })
    .from(signals)
    .where(
      and(
        eq(signals.participantId, participantId),
        inArray(signals.status, [...OPEN_SIGNAL_STATUSES]),
      ),
    )
    .for('update');
  if (closed.length === 0) return 0;
  await db
    .update(signals)
    .set({ status: 'closed', reason: PRIVACY_CLOSURE_REASON, phaseOutDate: null, updatedAt: now })
    .where(
      inArray(
        signals.id,
        closed.map((s) => s.id),
      ),
    );
  await db.insert(signalEvents).values(
    closed.map((s) => ({
      signalId: s.id,
      at: now,
      actorUserId: null,
      fromStatus: s.status,
      toStatus: 'closed',
      note: null,
    })),
  );
  return closed.length;
}

export async function touchSignal(db: Queryable, id: string, updatedAt: Date) {
  await db.update(signals).set({ updatedAt }).where(eq(signals.id, id));
}

export async function insertEvent(
  db: Queryable,
  values: {
    signalId: string;
    at: Date;
    actorUserId: string | null;
    fromStatus: SignalStatus | null;
    toStatus: SignalStatus | null;
    note: string | null;
  },
) {
  await db.insert(signalEvents).values(values);
}

export async function listEvents(db: Queryable, signalId: string) {
  return db
    .select({
      at: signalEvents.at,
      actorName: users.name,
      fromStatus: signalEvents.fromStatus,
      toStatus: signalEvents.toStatus,
      note: signalEvents.note,
    })
    .from(signalEvents)
    .leftJoin(users, eq(users.id, signalEvents.actorUserId))
    .where(eq(signalEvents.signalId, signalId))
    .orderBy(asc(signalEvents.at), asc(signalEvents.id));
}

// ── Dashboard ───────────────────────────────────────────────────────────────────────

export interface GroupCount {
  key: string | null;
  name: string | null;
  status: SignalStatus;
  count: number;
}

/** Signals counted per status and per group (provision, provision category, product category). */
export async function countsBy(
  db: Queryable,
  group: 'provision' | 'category' | 'productCategory',
): Promise<GroupCount[]> {
  const key = {
    provision: sql`s.provision_id::text`,
    category: sql`pr.category`,
    productCategory: sql`s.category`,
  }[group];
  const name = group === 'provision' ? sql`pr.name` : sql`NULL::text`;
  const result = await db.execute(sql`
    SELECT ${key} AS key, ${name} AS name, s.status, count(*)::int AS count
    FROM double_financing_signals s
    JOIN provisions pr ON pr.id = s.provision_id
    GROUP BY 1, 2, 3
    ORDER BY 2 NULLS FIRST, 1 NULLS FIRST, 3`);
  return rowsOf<GroupCount>(result);
}

const CLOSED_STATUSES = (Object.keys(SIGNAL_TRANSITIONS) as SignalStatus[]).filter(
  (status) => SIGNAL_TRANSITIONS[status].length === 0,
);

/** Per month (Amsterdam time): signals found for the first time, and signals closed. */
export async function countsPerMonth(
  db: Queryable,
): Promise<{ month: string; new: number; closed: number }[]> {
  const result = await db.execute(sql`
    WITH found AS (
      SELECT to_char(created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
             count(*)::int AS n
      FROM double_financing_signals GROUP BY 1
    ), closed AS (
      SELECT to_char(at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, count(*)::int AS n
      FROM signal_events
      WHERE to_status IN (SELECT json_array_elements_text(${JSON.stringify(CLOSED_STATUSES)}::json))
      GROUP BY 1
    )
    SELECT COALESCE(f.month, c.month) AS month, COALESCE(f.n, 0) AS new, COALESCE(c.n, 0) AS closed
    FROM found f FULL JOIN closed c ON c.month = f.month
    ORDER BY 1`);
  return rowsOf<{ month: string; new: number; closed: number }>(result);
}
