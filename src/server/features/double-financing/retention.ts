/**
 * The retention of Wmo allocations and double-financing signals, a periodic task
 * (docs/privacy/retention.md): an allocation is needed for the matching only while it runs
 * and a while after (default 12 months after its end date; an allocation without an end date
 * stays), a signal for its follow-up and accountability (default 24 months after it was
 * closed). What is deleted is audited as counts only.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import * as repo from './retention.repository.ts';
import { lockAllocationVersions } from './imports/wmo-imports.repository.ts';

export interface WmoRetention {
  allocationMonths: number;
  signalMonths: number;
}

export interface WmoRetentionResult {
  /** Versions of allocations deleted, of which `currentAllocations` were current. */
  allocationVersions: number;
  currentAllocations: number;
  signals: number;
}

/** Deletes what is past its retention; one audit row with the counts when anything went. */
export async function eraseExpiredWmoData(
  { db, actor, now }: UseCaseContext,
  retention: WmoRetention,
): Promise<WmoRetentionResult> {
  const today = amsterdamDay(now);
  return changeWithAudit(db, actor, async (tx, audit) => {
    // Imports take the same lock: they never supersede a version this deletes.
    await lockAllocationVersions(tx);
    const allocations = await repo.deleteExpiredAllocations(tx, today, retention.allocationMonths);
    const signals = await repo.deleteExpiredSignals(tx, now, retention.signalMonths);
    const result = {
      allocationVersions: allocations.versions,
      currentAllocations: allocations.current,
      signals,
    };
    if (allocations.versions > 0 || signals > 0) {
      await audit({
        action: 'wmo.retention',
        entityType: 'wmo_allocation',
        entityId: 'retention',
        after: { ...result, ...retention },
      });
    }
    return result;
  });
}
