import type { z } from 'zod';
import { amsterdamDay } from '../../../domain/dates.ts';
import type { OpeningDayParts } from '../../../domain/day-parts.ts';
import type { ConsentMethod } from '../../../domain/participants/registration.ts';
import {
  acceptProblems,
  referralErasureDueAfter,
  referralProblems,
  type ReferralOrigin,
  type ReferralStatus,
  type ReferralValues,
} from '../../../domain/participants/referrals.ts';
import type { referralDecisionSchema } from '../../../domain/participants/referrals.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { type DataScope } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './referrals.repository.ts';
import * as notifications from '../notifications/notifications.service.ts';
import type {
  FinderQuery,
  FinderResult,
  Referral,
  ReferralListQuery,
} from './referrals.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

export async function findProvisions(
  { db }: Pick<UseCaseContext, 'db'>,
  query: FinderQuery,
): Promise<FinderResult> {
  const [rows, targetGroups] = await Promise.all([
    repo.findProvisions(db, query),
    repo.allTargetGroups(db),
  ]);
  return {
    items: rows.map((row) => ({
      ...row,
      category: row.category as Category,
      openingDayParts: row.openingDayParts as OpeningDayParts,
      targetGroups: row.targetGroups as string[],
    })),
    targetGroups,
  };
}

/** The participant a referral became is the provision's business, not the referrer's. */
function toReferral(row: repo.ReferralRow, scope: DataScope): Referral {
  return {
    id: row.id,
    provisionId: row.provisionId,
    provisionName: row.provisionName,
    organisationName: row.organisationName,
    route: row.route as ReferralOrigin,
    residentName: row.residentName,
    residentContact: row.residentContact,
    birthYear: row.birthYear,
    neighbourhoodName: row.neighbourhoodName,
    note: row.note,
    consentGivenOn: row.consentGivenOn,
    consentMethod: row.consentMethod as ConsentMethod,
    status: row.status as ReferralStatus,
    declineReason: row.declineReason,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    participantId: scope.kind === 'assigned' ? null : row.participantId,
    referredByName: row.referredByName,
    createdAt: row.createdAt.toISOString(),
  };
}

async function getReferral(db: Queryable, scope: DataScope, id: string): Promise<Referral> {
  const row = await repo.findReferral(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toReferral(row, scope);
}

function validationFailed(fields: { path: string; message: string }[]): AppError {
  return new AppError('VALIDATION_FAILED', { fields });
}

export async function createReferral(
  { db, actor, now }: UseCaseContext,
  body: ReferralValues,
): Promise<Referral> {
  const problems = referralProblems(body, amsterdamDay(now));
  if (problems.length > 0) throw validationFailed(problems);
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    if (!(await repo.provisionExists(tx, body.provisionId))) {
      throw validationFailed([
        { path: 'provisionId', message: 'Deze voorziening bestaat niet (meer). Kies een andere.' },
      ]);
    }
    if (body.neighbourhoodCode && !(await repo.neighbourhoodExists(tx, body.neighbourhoodCode))) {
      throw validationFailed([
        { path: 'neighbourhoodCode', message: 'Kies een buurt uit de lijst.' },
      ]);
    }
    const id = await repo.insertReferral(tx, {
      provisionId: body.provisionId,
      referredBy: actor.userId,
      route: body.route,
      residentName: body.residentName,
      residentContact: body.residentContact,
      birthYear: body.birthYear,
      neighbourhoodCode: body.neighbourhoodCode,
      note: body.note,
      consentGivenOn: body.consentGivenOn,
      consentMethod: body.consentMethod,
      createdAt: now,
    });
    await notifications.notifyReferral({ db: tx, now }, { provisionId: body.provisionId });
    // No personal data in the audit log: which provision, which route, how consent was given.
    await audit({
      action: 'referral.create',
      entityType: 'referral',
      entityId: id,
      after: {
        provisionId: body.provisionId,
        route: body.route,
        consentMethod: body.consentMethod,
      },
    });
    return id;
  });
  return getReferral(db, { kind: 'assigned', userId: actor.userId ?? '' }, id);
}

/** The referrals in scope. Reading them (names, contact details) is logged once per list. */
export async function listReferrals(
  { db, actor, scope }: UseCaseContext,
  query: ReferralListQuery,
): Promise<{ items: Referral[] }> {
  const rows = await repo.listReferrals(db, scope, query);
  await repo.logReferralsRead(
    db,
    actor,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => toReferral(row, scope)) };
}

/**
 * The provision decides. Accepting registers the resident as a participant with the referral's
 * route as client route and the consent the resident gave the social worker, all in one
 * transaction with the decision; a referral is decided once.
 */
export async function decideReferral(
  { db, actor, scope, now }: UseCaseContext,
  {
    referralId: id,
    decision,
  }: { referralId: string; decision: z.output<typeof referralDecisionSchema> },
): Promise<Referral> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const referral = await repo.lockReferral(tx, scope, id);
    if (!referral) throw new AppError('NOT_FOUND');
    if (referral.status !== 'pending') throw new AppError('REFERRAL_DECIDED');
    if (decision.decision === 'decline') {
      await repo.updateReferral(tx, id, {
        status: 'declined',
        declineReason: decision.reason,
        decidedBy: actor.userId,
        decidedAt: now,
      });
      await audit({
        action: 'referral.decide',
        entityType: 'referral',
        entityId: id,
        before: { status: 'pending' },
        after: { status: 'declined' },
      });
      return;
    }
    const problems = acceptProblems(decision.startDate, referral.consentGivenOn);
    if (problems.length > 0) throw validationFailed(problems);
    const participantId = await repo.insertParticipant(tx, {
      provisionId: referral.provisionId,
      displayName: referral.residentName,
      birthYear: referral.birthYear,
      neighbourhoodCode: referral.neighbourhoodCode,
      startDate: decision.startDate,
      clientRoute: referral.route,
      referralId: referral.id,
      createdAt: now,
      updatedAt: now,
    });
    // The social worker recorded the resident's consent when referring.
    await repo.insertConsent(tx, {
      participantId,
      scope: 'registration',
      givenOn: referral.consentGivenOn,
      method: referral.consentMethod,
      recordedBy: referral.referredBy,
      recordedAt: referral.createdAt,
    });
    await repo.updateReferral(tx, id, {
      status: 'accepted',
      decidedBy: actor.userId,
      decidedAt: now,
      participantId,
    });
    await audit({
      action: 'participant.create',
      entityType: 'participant',
      entityId: participantId,
      after: {
        provisionId: referral.provisionId,
        clientRoute: referral.route,
        referralId: referral.id,
        startDate: decision.startDate,
        consentScopes: ['registration'],
      },
    });
    await audit({
      action: 'referral.decide',
      entityType: 'referral',
      entityId: id,
      before: { status: 'pending' },
      after: { status: 'accepted', participantId },
    });
  });
  return getReferral(db, scope, id);
}

/**
 * The retention job: a referral that led to no participation loses the resident's details
 * `retentionMonths` after the decline, or after the referral while nobody decided it (it is
 * then closed as expired). Idempotent: erased referrals are not selected again. Returns how
 * many were erased.
 */
export async function eraseExpiredReferrals(
  { db, actor, now }: UseCaseContext,
  { retentionMonths }: { retentionMonths: number },
): Promise<number> {
  const today = amsterdamDay(now);
  // A month more than needed; the domain rule decides the exact day.
  const candidates = await repo.unfinishedMonthsAgo(db, today, retentionMonths - 1);
  let erased = 0;
  for (const candidate of candidates) {
    const status = candidate.status as 'pending' | 'declined';
    const dueAfter = referralErasureDueAfter(
      {
        status,
        referredOn: amsterdamDay(candidate.createdAt),
        decidedOn: candidate.decidedAt === null ? null : amsterdamDay(candidate.decidedAt),
      },
      retentionMonths,
    );
    if (dueAfter === null || today <= dueAfter) continue;
    const done = await changeWithAudit(db, actor, async (tx, audit) => {
      const after = await repo.eraseUnfinishedReferral(tx, candidate.id, status, now);
      if (after === null) return false;
      await audit({
        action: 'referral.erase.retention',
        entityType: 'referral',
        entityId: candidate.id,
        before: { status },
        after: { status: after, retentionMonths, dueAfter },
      });
      return true;
    });
    if (done) erased += 1;
  }
  return erased;
}
