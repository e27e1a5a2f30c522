import { and, asc, count, desc, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { amsterdamDay } from '../../../domain/dates.ts';
import type { BookingKind, CorrectableKind, LedgerEntry } from '../../../domain/fund/ledger.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { fundBookings, funds, grants, users } from '../../platform/db/schema.ts';

export const SIF_NAME = 'Sociaal Investeringsfonds';

export async function findFund(db: Queryable, name = SIF_NAME) {
  const [row] = await db
    .select({ id: funds.id, name: funds.name })
    .from(funds)
    .where(eq(funds.name, name));
  return row;
}

/**
 * Locks the fund's row until the transaction ends: every booking takes this lock first, so
 * the balance it checks cannot change before it is booked.
 */
export async function lockFund(db: Queryable, fundId: string): Promise<boolean> {
  const rows = await db
    .select({ id: funds.id })
    .from(funds)
    .where(eq(funds.id, fundId))
    .for('update');
  return rows.length === 1;
}

const amount = sql<number>`coalesce(sum(${fundBookings.amountCents}), 0)::bigint`.mapWith(Number);

/** The sums per kind of the bookings that count (of one grant, when given). */
export async function totals(db: Queryable, fundId: string, grantId?: string) {
  const rows = await db
    .select({ kind: fundBookings.kind, corrects: fundBookings.correctsKind, amountCents: amount })
    .from(fundBookings)
    .where(
      and(
        eq(fundBookings.fundId, fundId),
        isNotNull(fundBookings.approvedAt),
        grantId ? eq(fundBookings.grantId, grantId) : undefined,
      ),
    )
    .groupBy(fundBookings.kind, fundBookings.correctsKind);
  return rows.map((r): LedgerEntry => ({
    kind: r.kind as BookingKind,
    corrects: r.corrects as CorrectableKind | null,
    amountCents: r.amountCents,
  }));
}

/** The sums per day (Europe/Amsterdam) and kind of the bookings that count, for the series. */
export async function totalsPerDay(db: Queryable, fundId: string) {
  const rows = await db
    .select({
      day: fundBookings.countsOn,
      kind: fundBookings.kind,
      corrects: fundBookings.correctsKind,
      amountCents: amount,
    })
    .from(fundBookings)
    .where(and(eq(fundBookings.fundId, fundId), isNotNull(fundBookings.approvedAt)))
    .groupBy(fundBookings.countsOn, fundBookings.kind, fundBookings.correctsKind);
  return rows.map((r) => ({
    day: r.day!,
    kind: r.kind as BookingKind,
    corrects: r.corrects as CorrectableKind | null,
    amountCents: r.amountCents,
  }));
}

export async function insertBooking(db: Queryable, values: typeof fundBookings.$inferInsert) {
  const [row] = await db.insert(fundBookings).values(values).returning({ id: fundBookings.id });
  return row!.id;
}

export async function findBooking(db: Queryable, bookingId: string) {
  const [row] = await db.select().from(fundBookings).where(eq(fundBookings.id, bookingId));
  return row;
}

/** What earlier corrections (approved or awaiting approval) took off a booking. */
export async function correctedSoFar(db: Queryable, bookingId: string): Promise<number> {
  const [row] = await db
    .select({ amountCents: amount })
    .from(fundBookings)
    .where(eq(fundBookings.correctsId, bookingId));
  return row?.amountCents ?? 0;
}

/**
 * Approves a booking that awaits it, by someone other than who booked it; the only change a
 * booking ever gets. False when it is not waiting or the approver booked it.
 */
export async function approveBooking(
  db: Queryable,
  bookingId: string,
  userId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(fundBookings)
    .set({ approvedBy: userId, approvedAt: now, countsOn: amsterdamDay(now) })
    .where(
      and(
        eq(fundBookings.id, bookingId),
        isNull(fundBookings.approvedAt),
        ne(fundBookings.bookedBy, userId),
      ),
    )
    .returning({ id: fundBookings.id });
  return rows.length === 1;
}

export async function listBookings(
  db: Queryable,
  fundId: string,
  { page, pageSize }: { page: number; pageSize: number },
) {
  const booker = alias(users, 'booker');
  const approver = alias(users, 'approver');
  const [total] = await db
    .select({ n: count() })
    .from(fundBookings)
    .where(eq(fundBookings.fundId, fundId));
  const items = await db
    .select({
      id: fundBookings.id,
      kind: fundBookings.kind,
      amountCents: fundBookings.amountCents,
      sourceYear: fundBookings.sourceYear,
      description: fundBookings.description,
      correctsId: fundBookings.correctsId,
      correctsKind: fundBookings.correctsKind,
      reason: fundBookings.reason,
      grantReference: grants.reference,
      bookedBy: fundBookings.bookedBy,
      bookedByName: booker.name,
      bookedAt: fundBookings.bookedAt,
      approvedByName: approver.name,
      approvedAt: fundBookings.approvedAt,
    })
    .from(fundBookings)
    .leftJoin(grants, eq(grants.id, fundBookings.grantId))
    .leftJoin(booker, eq(booker.id, fundBookings.bookedBy))
    .leftJoin(approver, eq(approver.id, fundBookings.approvedBy))
    .where(eq(fundBookings.fundId, fundId))
    // Those awaiting approval first, then the newest.
    .orderBy(
      sql`${fundBookings.approvedAt} is null desc`,
      desc(fundBookings.bookedAt),
      asc(fundBookings.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { items, total: total?.n ?? 0 };
}

/** How many bookings await approval that someone other than the user booked (home task). */
export async function countAwaitingApprovalBy(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fundBookings)
    .where(and(isNull(fundBookings.approvedAt), ne(fundBookings.bookedBy, userId)));
  return row?.n ?? 0;
}

/** The grants the fund committed to (only their payments, releases and reclaims are booked). */
export async function grantsWithCommitment(db: Queryable, fundId: string): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ grantId: fundBookings.grantId })
    .from(fundBookings)
    .where(and(eq(fundBookings.fundId, fundId), eq(fundBookings.kind, 'commitment')));
  return new Set(rows.map((r) => r.grantId!));
}

export async function hasCommitment(db: Queryable, fundId: string, grantId: string) {
  const rows = await db
    .select({ id: fundBookings.id })
    .from(fundBookings)
    .where(
      and(
        eq(fundBookings.fundId, fundId),
        eq(fundBookings.kind, 'commitment'),
        eq(fundBookings.grantId, grantId),
      ),
    )
    .limit(1);
  return rows.length === 1;
}

/** The bookings that count, per year of counting and kind: number and amount (council report). */
export async function totalsPerYear(db: Queryable, fundId: string) {
  const year = sql<number>`extract(year from ${fundBookings.countsOn})::int`;
  return db
    .select({ year, kind: fundBookings.kind, bookings: count(), amountCents: amount })
    .from(fundBookings)
    .where(and(eq(fundBookings.fundId, fundId), isNotNull(fundBookings.approvedAt)))
    .groupBy(year, fundBookings.kind);
}
