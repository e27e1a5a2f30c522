/**
 * Grants after the decision (docs/rules/grant-lifecycle.md): made in the transaction that
 * issues a granting decision, one per application whatever happens after; the advances'
 * schedule, which the policy officer may change until the first term goes into a payment run.
 */
import {
  type AccountabilityTier,
  accountabilityTier,
  reportDueDay,
} from '../../../domain/grants/accountability.ts';
import {
  type GrantPeriod,
  type PaymentTerm,
  type ScheduleKind,
  plannedTerms,
  scheduleProblems,
} from '../../../domain/grants/payment-schedule.ts';
import type { GrantCategory } from '../../../domain/tender/categories.ts';
import { type Audit, changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { nextReference } from '../applications/applications.repository.ts';
import * as repo from './grants.repository.ts';
import type {
  Grant,
  GrantEventKind,
  GrantStatus,
  GrantSummary,
  ScheduleBody,
  scheduleBodySchema,
} from './grants.schemas.ts';
import type { z } from 'zod';

/**
 * Makes the grant of each of these just-issued decisions that grants an amount: its tier,
 * report due day and a monthly schedule of advances. Inside the issuing transaction; an
 * application that has a grant already gets nothing new (a unique constraint), so issuing
 * twice or resuming after a restart never makes two.
 */
export async function createGrantsForDecisions(
  { db: tx, actor, now }: Pick<UseCaseContext, 'actor' | 'now'> & { db: Queryable },
  { decisionIds, audit }: { decisionIds: readonly string[]; audit: Audit },
): Promise<number> {
  const facts = await repo.grantingDecisionFacts(tx, decisionIds);
  let made = 0;
  for (const fact of facts) {
    const period: GrantPeriod = { start: fact.periodStart, end: fact.periodEnd };
    const tier = accountabilityTier(fact.grantedCents);
    const grantId = await repo.insertGrantOnce(tx, {
      reference: await nextReference(tx, 'grant', fact.year),
      applicationId: fact.applicationId,
      decisionId: fact.decisionId,
      organisationId: fact.organisationId,
      provisionId: fact.provisionId,
      roundId: fact.roundId,
      category: fact.category,
      periodStart: period.start,
      periodEnd: period.end,
      grantedCents: fact.grantedCents,
      accountabilityTier: tier,
      reportDueDay: reportDueDay(period.end),
      status: 'granted',
      scheduleKind: 'monthly',
      createdAt: now,
    });
    if (!grantId) continue;
    const terms = plannedTerms('monthly', period, fact.grantedCents);
    await repo.insertTerms(
      tx,
      terms.map((term, i) => ({ grantId, number: i + 1, ...term })),
    );
    await repo.insertGrantEvents(tx, [
      { grantId, kind: 'granted', at: now, actorUserId: actor.userId },
    ]);
    await audit({
      action: 'grant.create',
      entityType: 'grant',
      entityId: grantId,
      after: {
        applicationId: fact.applicationId,
        grantedCents: fact.grantedCents,
        tier,
        terms: terms.length,
      },
    });
    made += 1;
  }
  return made;
}

/** A grant in one of these has no schedule to change: it is settled, paid off or withdrawn. */
const FINAL_STATUSES: readonly string[] = ['settled', 'closed', 'withdrawn'];

function summaryOf(row: Awaited<ReturnType<typeof repo.listGrants>>[number]): GrantSummary {
  return {
    ...row,
    category: row.category as GrantCategory,
    status: row.status as GrantStatus,
  };
}

export async function listGrants(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  filter: { roundId?: string | undefined; category?: GrantCategory | undefined },
): Promise<GrantSummary[]> {
  return (await repo.listGrants(db, scope, filter)).map(summaryOf);
}

export async function getGrant(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { grantId }: { grantId: string },
): Promise<Grant> {
  const row = await repo.findGrant(db, scope, grantId);
  if (!row) throw new AppError('NOT_FOUND');
  const [terms, events] = await Promise.all([
    repo.termsOf(db, grantId),
    repo.eventsOf(db, grantId),
  ]);
  return {
    ...summaryOf(row),
    decisionReference: row.decisionReference,
    accountabilityTier: row.accountabilityTier as AccountabilityTier,
    reportDueDay: row.reportDueDay,
    scheduleKind: row.scheduleKind as ScheduleKind,
    // A withdrawn or settled grant pays no more advances (docs/rules/grant-lifecycle.md).
    scheduleChangeable:
      !FINAL_STATUSES.includes(row.status) && terms.every((t) => t.paymentRunReference === null),
    terms: terms.map((t) => ({
      id: t.id,
      number: t.number,
      dueDay: t.dueDay,
      amountCents: t.amountCents,
      paid: t.paidAt !== null,
      paidAt: t.paidAt?.toISOString() ?? null,
      paymentRunReference: t.paymentRunReference,
    })),
    timeline: events.map((e) => ({
      kind: e.kind as GrantEventKind,
      at: e.at.toISOString(),
      actorName: e.actorName ?? 'Samenredzaam',
      detail: e.detail,
    })),
  };
}

/**
 * The policy officer changes the schedule of advances: a standard kind is planned over the
 * grant's period, a list of its own is checked term by term. Refused once a term is paid or
 * in a payment run: what was paid or is about to be never changes.
 */
export async function changeSchedule(
  { db, actor, scope, now }: UseCaseContext,
  { grantId, body }: { grantId: string; body: z.output<typeof scheduleBodySchema> | ScheduleBody },
): Promise<Grant> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const grant = await repo.lockGrant(tx, grantId);
    if (!grant) throw new AppError('NOT_FOUND');
    if (FINAL_STATUSES.includes(grant.status)) throw new AppError('GRANT_CLOSED');
    if (await repo.hasTermInRun(tx, grantId)) throw new AppError('SCHEDULE_LOCKED');
    const period: GrantPeriod = { start: grant.periodStart, end: grant.periodEnd };
    let terms: PaymentTerm[];
    if (body.kind === 'custom') {
      terms = (body.terms ?? []).map((t) => ({ dueDay: t.dueDay, amountCents: t.amountCents }));
      const problems = scheduleProblems(terms, grant.grantedCents, period);
      if (problems.length > 0) {
        throw new AppError('VALIDATION_FAILED', { fields: problems });
      }
    } else {
      terms = plannedTerms(body.kind, period, grant.grantedCents);
    }
    await repo.replaceTerms(tx, grantId, body.kind, terms);
    await repo.insertGrantEvents(tx, [
      { grantId, kind: 'schedule_changed', at: now, actorUserId: actor.userId, detail: body.kind },
    ]);
    await audit({
      action: 'grant.schedule',
      entityType: 'grant',
      entityId: grantId,
      before: { kind: grant.scheduleKind },
      after: {
        kind: body.kind,
        terms: terms.length,
        totalCents: terms.reduce((sum, t) => sum + t.amountCents, 0),
      },
    });
  });
  return getGrant({ db, scope }, { grantId });
}
