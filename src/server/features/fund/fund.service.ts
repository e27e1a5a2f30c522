/**
 * The ledger of the Sociaal Investeringsfonds (docs/rules/fund-ledger.md). Every booking is
 * added in a transaction that first locks the fund's row and then checks the balances, so two
 * bookings at the same moment can never spend the same free balance. Deposits and corrections
 * count once a second finance user approved them (four eyes).
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  type BookingKind,
  type CorrectableKind,
  type LedgerEntry,
  type LedgerProblem,
  balancesOf,
  bookingProblem,
  correctionProblem,
  depositSourceProblem,
  seriesOf,
} from '../../../domain/fund/ledger.ts';
import type { Actor } from '../../platform/access.ts';
import { type Audit, changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { renderPdf } from '../../platform/documents.ts';
import { councilReportData, councilReportPdf, councilReportXlsx } from './fund-report.ts';
import * as repo from './fund.repository.ts';
import {
  type CorrectionBody,
  type DepositBody,
  type Fund,
  type FundBalances,
  type FundBooking,
  type FundQuery,
  correctionBodySchema,
  depositBodySchema,
  fundQuerySchema,
} from './fund.schemas.ts';

function refused(problem: LedgerProblem): never {
  throw new AppError('FUND_BOOKING_REFUSED', {
    message: problem.message,
    fields: [{ path: problem.field, message: problem.message }],
  });
}

async function theFund(db: Queryable) {
  const fund = await repo.findFund(db);
  if (!fund) throw new AppError('NOT_FOUND');
  return fund;
}

export async function balances(db: Queryable, fundId: string): Promise<FundBalances> {
  return balancesOf(await repo.totals(db, fundId));
}

/** A grant's own balances, to check what is paid or released of it against its commitment. */
async function grantBalances(
  db: Queryable,
  fundId: string,
  grantId: string | null,
): Promise<FundBalances | undefined> {
  return grantId ? balancesOf(await repo.totals(db, fundId, grantId)) : undefined;
}

/** The balances, their series per day and one page of the bookings, newest first. */
export async function getFund(
  { db, actor }: Pick<UseCaseContext, 'db' | 'actor'>,
  query: FundQuery,
): Promise<Fund> {
  const { page, pageSize } = fundQuerySchema.parse(query);
  const fund = await theFund(db);
  const [totals, perDay, list] = await Promise.all([
    repo.totals(db, fund.id),
    repo.totalsPerDay(db, fund.id),
    repo.listBookings(db, fund.id, { page, pageSize }),
  ]);
  return {
    ...fund,
    balances: balancesOf(totals),
    series: seriesOf(perDay),
    bookings: list.items.map((b): FundBooking => ({
      id: b.id,
      kind: b.kind as BookingKind,
      amountCents: b.amountCents,
      sourceYear: b.sourceYear,
      description: b.description,
      correctsId: b.correctsId,
      correctsKind: b.correctsKind as CorrectableKind | null,
      reason: b.reason,
      grantReference: b.grantReference,
      bookedByName: b.bookedByName,
      bookedAt: b.bookedAt.toISOString(),
      approvedByName: b.approvedByName,
      approvedAt: b.approvedAt?.toISOString() ?? null,
      pending: b.approvedAt === null,
      bookedByYou: b.bookedBy !== null && b.bookedBy === actor.userId,
    })),
    total: list.total,
    page,
    pageSize,
  };
}

/** The fund's name, balances and series per day, for the public page and the council report. */
export async function balancesAndSeries(db: Queryable) {
  const fund = await theFund(db);
  const [totals, perDay] = await Promise.all([
    repo.totals(db, fund.id),
    repo.totalsPerDay(db, fund.id),
  ]);
  return { ...fund, balances: balancesOf(totals), series: seriesOf(perDay) };
}

/** A deposit, proposed by one finance user; it counts once another approves it. */
export async function proposeDeposit(
  { db, actor, now }: UseCaseContext,
  body: DepositBody,
): Promise<{ id: string }> {
  const input = depositBodySchema.parse(body);
  const problem = depositSourceProblem(input);
  if (problem) refused(problem);
  return changeWithAudit(db, actor, async (tx, audit) => {
    const fund = await theFund(tx);
    const id = await repo.insertBooking(tx, {
      fundId: fund.id,
      kind: 'deposit',
      amountCents: input.amountCents,
      sourceYear: input.sourceYear,
      description: input.description || null,
      bookedBy: actor.userId,
      bookedAt: now,
    });
    await audit({
      action: 'fund.deposit',
      entityType: 'fund_booking',
      entityId: id,
      after: { amountCents: input.amountCents, sourceYear: input.sourceYear },
    });
    return { id };
  });
}

/**
 * A correction: a counter-booking of an earlier booking that counts, with a reason; it counts
 * once another finance user approves it. Checked now, and again at approval.
 */
export async function proposeCorrection(
  { db, actor, now }: UseCaseContext,
  body: CorrectionBody,
): Promise<{ id: string }> {
  const input = correctionBodySchema.parse(body);
  return changeWithAudit(db, actor, async (tx, audit) => {
    const fund = await theFund(tx);
    await repo.lockFund(tx, fund.id);
    const original = await repo.findBooking(tx, input.correctsId);
    if (!original || original.fundId !== fund.id || original.approvedAt === null)
      refused({
        field: 'correctsId',
        message: 'Kies een boeking die al meetelt; alleen die kan worden gecorrigeerd.',
      });
    const problem =
      correctionProblem(
        { kind: original.kind as BookingKind, amountCents: original.amountCents },
        await repo.correctedSoFar(tx, original.id),
        input,
      ) ??
      bookingProblem(
        balancesOf(await repo.totals(tx, fund.id)),
        {
          kind: 'correction',
          amountCents: input.amountCents,
          corrects: original.kind as CorrectableKind,
        },
        await grantBalances(tx, fund.id, original.grantId),
      );
    if (problem) refused(problem);
    const id = await repo.insertBooking(tx, {
      fundId: fund.id,
      kind: 'correction',
      amountCents: input.amountCents,
      correctsId: original.id,
      correctsKind: original.kind,
      reason: input.reason,
      grantId: original.grantId,
      bookedBy: actor.userId,
      bookedAt: now,
    });
    await audit({
      action: 'fund.correct',
      entityType: 'fund_booking',
      entityId: id,
      after: { correctsId: original.id, amountCents: input.amountCents, reason: input.reason },
    });
    return { id };
  });
}

/** Four eyes: another finance user than who proposed it approves a deposit or correction. */
export async function approveBooking(
  { db, actor, now }: UseCaseContext,
  { bookingId }: { bookingId: string },
): Promise<{ id: string }> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const fund = await theFund(tx);
    await repo.lockFund(tx, fund.id);
    const booking = await repo.findBooking(tx, bookingId);
    if (!booking || booking.fundId !== fund.id) throw new AppError('NOT_FOUND');
    if (booking.approvedAt !== null) throw new AppError('FUND_BOOKING_STATE');
    if (booking.bookedBy === actor.userId) throw new AppError('FUND_OWN_APPROVAL');
    if (booking.kind === 'correction') {
      // The balances may have changed since it was proposed.
      const problem = bookingProblem(
        balancesOf(await repo.totals(tx, fund.id)),
        {
          kind: 'correction',
          amountCents: booking.amountCents,
          corrects: booking.correctsKind as CorrectableKind,
        },
        await grantBalances(tx, fund.id, booking.grantId),
      );
      if (problem) refused(problem);
    }
    if (!(await repo.approveBooking(tx, bookingId, actor.userId ?? '', now)))
      throw new AppError('FUND_BOOKING_STATE');
    await audit({ action: 'fund.approve', entityType: 'fund_booking', entityId: bookingId });
  });
  return { id: bookingId };
}

export interface GrantBooking {
  kind: 'commitment' | 'release' | 'payment' | 'reclaim_received';
  grantId: string;
  amountCents: number;
}

/**
 * Books a commitment, release, payment or reclaim of a grant inside the caller's transaction
 * (a grant decision commits in the same transaction as the decision). It counts at once.
 * Refuses what would make the free balance negative or pay above what is committed and unpaid.
 */
export async function bookForGrant(
  tx: Queryable,
  audit: Audit,
  actor: Actor,
  now: Date,
  input: GrantBooking,
): Promise<string> {
  const fund = await theFund(tx);
  await repo.lockFund(tx, fund.id);
  const entry: LedgerEntry = { kind: input.kind, amountCents: input.amountCents };
  const grant =
    input.kind === 'payment' || input.kind === 'release'
      ? await grantBalances(tx, fund.id, input.grantId)
      : undefined;
  const problem = bookingProblem(balancesOf(await repo.totals(tx, fund.id)), entry, grant);
  if (problem) refused(problem);
  const id = await repo.insertBooking(tx, {
    fundId: fund.id,
    kind: input.kind,
    amountCents: input.amountCents,
    grantId: input.grantId,
    bookedBy: actor.userId,
    bookedAt: now,
    approvedAt: now,
    countsOn: amsterdamDay(now),
  });
  await audit({
    action: `fund.${input.kind}`,
    entityType: 'fund_booking',
    entityId: id,
    after: { grantId: input.grantId, amountCents: input.amountCents },
  });
  return id;
}

/** The same booking as its own use case, in a transaction of its own. */
export async function book(
  { db, actor, now }: UseCaseContext,
  input: GrantBooking,
): Promise<{ id: string }> {
  const id = await changeWithAudit(db, actor, (tx, audit) =>
    bookForGrant(tx, audit, actor, now, input),
  );
  return { id };
}

/** For the home page: bookings awaiting approval that someone else proposed. */
export async function awaitingYourApproval({
  db,
  actor,
}: Pick<UseCaseContext, 'db' | 'actor'>): Promise<number> {
  return actor.userId ? repo.countAwaitingApprovalBy(db, actor.userId) : 0;
}

/** The fund's balances now, without a lock: for showing them, never for booking on them. */
export async function currentBalances(db: Queryable): Promise<FundBalances> {
  const fund = await theFund(db);
  return balancesOf(await repo.totals(db, fund.id));
}

/**
 * The fund's balances read under the fund's lock, for a decision that commits in the same
 * transaction: no other booking can change them before this transaction ends.
 */
export async function lockedBalances(tx: Queryable): Promise<FundBalances> {
  const fund = await theFund(tx);
  await repo.lockFund(tx, fund.id);
  return balancesOf(await repo.totals(tx, fund.id));
}

/**
 * Keeps the commitment of a grant the fund committed to in step with the grant's amount after
 * a lowering, a withdrawal, a settlement or a new decision after an objection: what is
 * committed becomes the new amount, but never less than what is paid (only the unpaid part
 * can be released; money paid above the new amount comes back as a reclaim received). A grant
 * the fund did not commit to books nothing.
 */
export async function followGrantAmount(
  tx: Queryable,
  audit: Audit,
  actor: Actor,
  now: Date,
  { grantId, amountCents }: { grantId: string; amountCents: number },
): Promise<void> {
  const fund = await theFund(tx);
  if (!(await repo.hasCommitment(tx, fund.id, grantId))) return;
  await repo.lockFund(tx, fund.id);
  const grant = balancesOf(await repo.totals(tx, fund.id, grantId));
  const target = Math.max(amountCents, grant.paidCents);
  if (target < grant.committedCents)
    await bookForGrant(tx, audit, actor, now, {
      kind: 'release',
      grantId,
      amountCents: grant.committedCents - target,
    });
  else if (target > grant.committedCents)
    await bookForGrant(tx, audit, actor, now, {
      kind: 'commitment',
      grantId,
      amountCents: target - grant.committedCents,
    });
}

/** Books what a payment run paid to grants the fund committed to; other grants book nothing. */
export async function bookPayments(
  tx: Queryable,
  audit: Audit,
  actor: Actor,
  now: Date,
  payments: readonly { grantId: string; amountCents: number }[],
): Promise<void> {
  const fund = await theFund(tx);
  const committed = await repo.grantsWithCommitment(tx, fund.id);
  const perGrant = new Map<string, number>();
  for (const p of payments)
    if (committed.has(p.grantId))
      perGrant.set(p.grantId, (perGrant.get(p.grantId) ?? 0) + p.amountCents);
  for (const [grantId, amountCents] of perGrant)
    await bookForGrant(tx, audit, actor, now, { kind: 'payment', grantId, amountCents });
}

/** A reclaim paid back on a grant the fund committed to flows back into the fund. */
export async function bookReclaimReceived(
  tx: Queryable,
  audit: Audit,
  actor: Actor,
  now: Date,
  { grantId, amountCents }: { grantId: string; amountCents: number },
): Promise<void> {
  const fund = await theFund(tx);
  if (amountCents > 0 && (await repo.hasCommitment(tx, fund.id, grantId)))
    await bookForGrant(tx, audit, actor, now, { kind: 'reclaim_received', grantId, amountCents });
}

/** The council report as PDF, for the policy officer and finance. */
export async function councilReportPdfFile({ db, now }: Pick<UseCaseContext, 'db' | 'now'>) {
  const report = await councilReportData(db, now);
  return { pdf: await renderPdf(councilReportPdf(report)), day: report.day };
}

/** The council report as XLSX, one sheet per table. */
export async function councilReportXlsxFile({ db, now }: Pick<UseCaseContext, 'db' | 'now'>) {
  const report = await councilReportData(db, now);
  return { xlsx: await councilReportXlsx(report), day: report.day };
}
