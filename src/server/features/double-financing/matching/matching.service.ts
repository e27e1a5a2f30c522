/**
 * The scope of begeleiding groep and the matching runs. A run uses the scope of that
 * moment and stores it, with the numbers that went in and the signals that came out.
 */
import { amsterdamDay } from '../../../../domain/dates.ts';
import { isOpenStatus, type SignalStatus } from '../../../../domain/double-financing/signals.ts';
import { changeWithAudit } from '../../../platform/audit.ts';
import type { Queryable } from '../../../platform/db/database.ts';
import type { UseCaseContext } from '../../../platform/use-case.ts';
import type { MatchingRun, MatchingScope } from '../double-financing.schemas.ts';
import * as repo from './matching.repository.ts';

export async function getScope({ db }: UseCaseContext): Promise<MatchingScope> {
  return scopeOf(db);
}

async function scopeOf(db: Queryable): Promise<MatchingScope> {
  const row = await repo.ensureScope(db);
  return {
    categories: row.categories,
    productCodes: row.productCodes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function setScope(
  { db, actor, now }: UseCaseContext,
  body: { categories: string[]; productCodes: string[] },
): Promise<MatchingScope> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.ensureScope(tx);
    await repo.updateScope(tx, { ...body, updatedBy: actor.userId!, updatedAt: now });
    await audit({
      action: 'wmo.scope',
      entityType: 'double_financing_scope',
      entityId: '1',
      before: { categories: before.categories, productCodes: before.productCodes },
      after: body,
    });
    return scopeOf(tx);
  });
}

export async function runMatching({ db, actor, now }: UseCaseContext): Promise<MatchingRun> {
  const started = performance.now();
  const runId = await changeWithAudit(db, actor, async (tx, audit) => {
    // One run at a time: two at once would both find the same new signals.
    await repo.lockRuns(tx);
    const { categories, productCodes } = await repo.ensureScope(tx);
    const scope = { categories, productCodes };
    const today = amsterdamDay(now);
    const id = await repo.insertRun(tx, { startedBy: actor.userId, startedAt: now, scope });
    const inputs = await repo.countInputs(tx, scope, today);
    const { found, changed, notFound } = await repo.matchSignals(tx, id, scope, today, now);
    const total = (keep: (group: repo.FoundSignals) => boolean) =>
      found.filter(keep).reduce((sum, group) => sum + group.count, 0);
    const counts = {
      signals: total(() => true),
      newSignals: total((group) => group.isNew),
      changedSignals: changed,
      notFoundSignals: notFound,
      stillOpen: total((group) => isOpenStatus(group.status as SignalStatus)),
    };
    await repo.finishRun(tx, id, {
      durationMs: Math.round(performance.now() - started),
      inputs,
      counts,
    });
    await audit({
      action: 'wmo.match',
      entityType: 'matching_run',
      entityId: id,
      after: { scope, inputs, counts },
    });
    return id;
  });
  return toMatchingRun((await repo.findRun(db, runId))!);
}

export async function listRuns({ db }: UseCaseContext): Promise<MatchingRun[]> {
  return (await repo.listRuns(db)).map(toMatchingRun);
}

function toMatchingRun(row: NonNullable<Awaited<ReturnType<typeof repo.findRun>>>): MatchingRun {
  const inputs = row.inputs as Partial<MatchingRun['inputs']>;
  const counts = row.counts as Partial<MatchingRun['counts']>;
  return {
    id: row.id,
    startedAt: row.startedAt.toISOString(),
    durationMs: row.durationMs,
    scope: row.scope as MatchingRun['scope'],
    inputs: {
      imports: inputs.imports ?? 0,
      allocations: inputs.allocations ?? 0,
      allocationsInScope: inputs.allocationsInScope ?? 0,
      participants: inputs.participants ?? 0,
      participantsWithConsent: inputs.participantsWithConsent ?? 0,
    },
    counts: {
      signals: counts.signals ?? 0,
      newSignals: counts.newSignals ?? 0,
      changedSignals: counts.changedSignals ?? 0,
      notFoundSignals: counts.notFoundSignals ?? 0,
      stillOpen: counts.stillOpen ?? 0,
    },
  };
}
