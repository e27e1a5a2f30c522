/**
 * Signals and their follow-up by the Wmo analyst. Every view of signals is audited (who
 * looked, with which filter, how many); every change is written with its history event
 * and audit row in one transaction. Audit rows hold statuses, ids and counts, never a
 * note (a note may name a person).
 */
import { amsterdamDay } from '../../../../domain/dates.ts';
import {
  SIGNAL_STATUSES,
  signalTransitionProblem,
  type SignalStatus,
} from '../../../../domain/double-financing/signals.ts';
import type { Category } from '../../../../domain/tender/categories.ts';
import { changeWithAudit } from '../../../platform/audit.ts';
import { mailSettings, type Config } from '../../../platform/config.ts';
import { renderPdf } from '../../../platform/documents.ts';
import { AppError } from '../../../platform/errors.ts';
import { queueMail } from '../../../platform/mail.ts';
import type { UseCaseContext } from '../../../platform/use-case.ts';
import { getSettings } from '../../settings/settings.service.ts';
import type {
  Dashboard,
  Signal,
  SignalDetail,
  SignalList,
  SignalListQuery,
  StatusCounts,
} from '../double-financing.schemas.ts';
import { LETTER_SUBJECT, letterPdf, letterText, type ProviderLetter } from './provider-letter.ts';
import * as repo from './signals.repository.ts';

function toSignal(row: repo.SignalRow): Signal {
  return {
    ...row,
    category: row.category as Category,
    status: row.status as SignalStatus,
    notFoundSince: row.notFoundSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const isOpen = (s: Signal) => s.status === 'new' || s.status === 'in_progress';

export async function listSignals(
  { db, actor }: UseCaseContext,
  filter: SignalListQuery,
): Promise<SignalList> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const items = (await repo.listSignals(tx, filter)).map(toSignal);
    await audit({
      action: 'wmo.signals.view',
      entityType: 'double_financing_signal',
      entityId: 'list',
      after: { filter, count: items.length },
    });
    const provisions = new Map<string, SignalList['byProvision'][number]>();
    const providers = new Map<string, SignalList['byProvider'][number]>();
    for (const s of items) {
      const p = provisions.get(s.provisionId) ?? {
        provisionId: s.provisionId,
        provisionName: s.provisionName,
        organisationName: s.organisationName,
        count: 0,
        open: 0,
      };
      p.count += 1;
      if (isOpen(s)) p.open += 1;
      provisions.set(s.provisionId, p);
      const q = providers.get(s.providerAgb) ?? { providerAgb: s.providerAgb, count: 0, open: 0 };
      q.count += 1;
      if (isOpen(s)) q.open += 1;
      providers.set(s.providerAgb, q);
    }
    const byName = (a: { provisionName: string }, b: { provisionName: string }) =>
      a.provisionName.localeCompare(b.provisionName, 'nl');
    return {
      items,
      byProvision: [...provisions.values()].sort(byName),
      byProvider: [...providers.values()].sort((a, b) =>
        a.providerAgb < b.providerAgb ? -1 : a.providerAgb > b.providerAgb ? 1 : 0,
      ),
    };
  });
}

export async function getSignal(
  { db, actor }: UseCaseContext,
  { signalId }: { signalId: string },
): Promise<SignalDetail> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const row = await repo.findSignal(tx, signalId);
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit signaal bestaat niet.' });
    await audit({
      action: 'wmo.signals.view',
      entityType: 'double_financing_signal',
      entityId: signalId,
    });
    return detail(tx, row);
  });
}

async function detail(db: Parameters<typeof repo.listEvents>[0], row: repo.SignalRow) {
  const events = await repo.listEvents(db, row.id);
  return {
    ...toSignal(row),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      actorName: e.actorName,
      fromStatus: e.fromStatus as SignalStatus | null,
      toStatus: e.toStatus as SignalStatus | null,
      note: e.note,
    })),
  };
}

export async function changeStatus(
  { db, actor, now }: UseCaseContext,
  {
    signalId,
    ...body
  }: {
    signalId: string;
    status: SignalStatus;
    phaseOutDate?: string | undefined;
    reason?: string | undefined;
    note?: string | undefined;
  },
): Promise<SignalDetail> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const row = await repo.findSignal(tx, signalId, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit signaal bestaat niet.' });
    const from = row.status as SignalStatus;
    const problem = signalTransitionProblem(from, body.status);
    if (problem) {
      throw new AppError('CONFLICT', {
        message: problem,
        fields: [{ path: 'status', message: problem }],
      });
    }
    const phaseOutDate = body.status === 'phase_out_agreed' ? (body.phaseOutDate ?? null) : null;
    const reason = body.reason ?? null;
    await repo.updateSignalStatus(tx, signalId, {
      status: body.status,
      phaseOutDate,
      reason,
      updatedAt: now,
    });
    await repo.insertEvent(tx, {
      signalId,
      at: now,
      actorUserId: actor.userId,
      fromStatus: from,
      toStatus: body.status,
      note: body.note ?? null,
    });
    await audit({
      action: 'wmo.signal.status',
      entityType: 'double_financing_signal',
      entityId: signalId,
      before: { status: from },
      after: { status: body.status, phaseOutDate, withReason: reason !== null },
    });
    return detail(tx, (await repo.findSignal(tx, signalId))!);
  });
}

export async function addNote(
  { db, actor, now }: UseCaseContext,
  { signalId, note }: { signalId: string; note: string },
): Promise<SignalDetail> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const row = await repo.findSignal(tx, signalId, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit signaal bestaat niet.' });
    await repo.insertEvent(tx, {
      signalId,
      at: now,
      actorUserId: actor.userId,
      fromStatus: null,
      toStatus: null,
      note,
    });
    await repo.touchSignal(tx, signalId, now);
    await audit({
      action: 'wmo.signal.note',
      entityType: 'double_financing_signal',
      entityId: signalId,
    });
    return detail(tx, (await repo.findSignal(tx, signalId))!);
  });
}

// ── Letters to providers ────────────────────────────────────────────────────────────

async function providerLetter(
  db: Parameters<typeof repo.openSignalsOfProvider>[0],
  municipalityName: string,
  providerAgb: string,
  now: Date,
): Promise<ProviderLetter> {
  const open = await repo.openSignalsOfProvider(db, providerAgb);
  if (open.length === 0) {
    throw new AppError('NOT_FOUND', {
      message: `Er zijn geen open signalen voor de zorgaanbieder met AGB-code ${providerAgb}; er is dus geen brief te maken.`,
    });
  }
  // One line per allocation: a participant at two provisions makes two signals.
  const allocations = new Map<string, ProviderLetter['allocations'][number]>();
  for (const s of open) {
    const earlier = allocations.get(s.allocationNumber);
    if (!earlier) {
      allocations.set(s.allocationNumber, {
        allocationNumber: s.allocationNumber,
        overlapStart: s.overlapStart,
        overlapEnd: s.overlapEnd,
      });
      continue;
    }
    // The span of all its overlaps.
    if (s.overlapStart < earlier.overlapStart) earlier.overlapStart = s.overlapStart;
    if (
      earlier.overlapEnd !== null &&
      (s.overlapEnd === null || s.overlapEnd > earlier.overlapEnd)
    ) {
      earlier.overlapEnd = s.overlapEnd;
    }
  }
  return {
    municipalityName,
    providerAgb,
    letterDate: amsterdamDay(now),
    allocations: [...allocations.values()],
  };
}

export async function providerLetterPdf(
  { db, actor, now }: UseCaseContext,
  { providerAgb, config }: { providerAgb: string; config: Config },
): Promise<Buffer> {
  const { municipalityName } = await getSettings(
    { db },
    { municipalityNameOverride: config.MUNICIPALITY_NAME },
  );
  const letter = await changeWithAudit(db, actor, async (tx, audit) => {
    const built = await providerLetter(tx, municipalityName, providerAgb, now);
    await audit({
      action: 'wmo.provider.letter',
      entityType: 'provider',
      entityId: providerAgb,
      after: { allocations: built.allocations.length },
    });
    return built;
  });
  return renderPdf(letterPdf(letter));
}

export async function emailProvider(
  { db, actor, now }: UseCaseContext,
  { providerAgb, to, config }: { providerAgb: string; to: string; config: Config },
): Promise<{ queued: true; to: string; allocations: number }> {
  const { municipalityName } = await getSettings(
    { db },
    { municipalityNameOverride: config.MUNICIPALITY_NAME },
  );
  return changeWithAudit(db, actor, async (tx, audit) => {
    const letter = await providerLetter(tx, municipalityName, providerAgb, now);
    const messageId = await queueMail(tx, mailSettings(config), {
      to,
      subject: `${LETTER_SUBJECT} (AGB-code ${providerAgb})`,
      text: letterText(letter),
    });
    await audit({
      action: 'wmo.provider.email',
      entityType: 'provider',
      entityId: providerAgb,
      after: { allocations: letter.allocations.length, mailMessageId: messageId },
    });
    return { queued: true as const, to, allocations: letter.allocations.length };
  });
}

// ── Dashboard ───────────────────────────────────────────────────────────────────────

function emptyCounts(): StatusCounts {
  return Object.fromEntries(SIGNAL_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

function grouped<K extends string | null>(rows: repo.GroupCount[]) {
  const groups = new Map<K, { key: K; name: string | null; total: number; counts: StatusCounts }>();
  for (const row of rows) {
    const key = row.key as K;
    const group = groups.get(key) ?? { key, name: row.name, total: 0, counts: emptyCounts() };
    group.counts[row.status] += row.count;
    group.total += row.count;
    groups.set(key, group);
  }
  return [...groups.values()];
}

export async function dashboard({ db, actor }: UseCaseContext): Promise<Dashboard> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const [byProvision, byCategory, byProductCategory, months] = [
      await repo.countsBy(tx, 'provision'),
      await repo.countsBy(tx, 'category'),
      await repo.countsBy(tx, 'productCategory'),
      await repo.countsPerMonth(tx),
    ];
    const totals = emptyCounts();
    for (const row of byProvision) totals[row.status] += row.count;
    await audit({
      action: 'wmo.signals.view',
      entityType: 'double_financing_signal',
      entityId: 'dashboard',
      after: { count: Object.values(totals).reduce((a, b) => a + b, 0) },
    });
    return {
      byStatus: SIGNAL_STATUSES.map((status) => ({ status, count: totals[status] })),
      byProvision: grouped<string>(byProvision).map((g) => ({
        provisionId: g.key,
        provisionName: g.name ?? '',
        total: g.total,
        counts: g.counts,
      })),
      byCategory: grouped<string>(byCategory).map((g) => ({
        category: g.key as Category,
        total: g.total,
        counts: g.counts,
      })),
      byProductCategory: grouped<string | null>(byProductCategory).map((g) => ({
        productCategory: g.key,
        total: g.total,
        counts: g.counts,
      })),
      overTime: fillMonths(months),
    };
  });
}

/** Every month from the first to the last, with zeros where nothing happened. */
export function fillMonths(
  months: { month: string; new: number; closed: number }[],
): { month: string; new: number; closed: number }[] {
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const known = new Map(months.map((m) => [m.month, m]));
  const result: { month: string; new: number; closed: number }[] = [];
  let [year, month] = first.month.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push(known.get(key) ?? { month: key, new: 0, closed: 0 });
    if (key >= last.month) return result;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}
