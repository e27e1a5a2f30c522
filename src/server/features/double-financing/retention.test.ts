/**
 * Wmo allocations are kept until 12 months after their end date, closed signals until 24
 * months after closing (the defaults); the periodic task deletes what is older and audits
 * only counts.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../test/support/test-app.ts';
import {
  auditEvents,
  doubleFinancingSignals,
  matchingRuns,
  participants,
  provisions,
  signalEvents,
  wmoAllocationTally,
  wmoAllocations,
} from '../../platform/db/schema.ts';
import type { WmoImport } from './double-financing.schemas.ts';
import { eraseExpiredWmoData } from './retention.ts';
import { systemContext } from '../../platform/use-case.ts';
import { writeWmo301 } from './imports/wmo301-writer.ts';

let ctx: TestContext;
let analyst: Session;
const NOW = new Date('2026-09-15T10:00:00Z');

beforeAll(async () => {
  ctx = await createTestApp({}, () => NOW);
  analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
});
afterAll(async () => {
  await ctx.close();
});

const db = () => ctx.handle.db;
const DEFAULTS = () => ({
  allocationMonths: ctx.app.config.WMO_ALLOCATION_RETENTION_MONTHS,
  signalMonths: ctx.app.config.SIGNAL_RETENTION_MONTHS,
});

async function importCsv(name: string, rows: string[]) {
  const csv = ['bsn,agb,allocationNumber,category,product,start,end', ...rows, ''].join('\n');
  await importFile(name, csv, 'text/csv');
}

async function importFile(name: string, content: string, contentType: string) {
  const boundary = '----retention-test';
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/wmo/imports',
    headers: { ...as(analyst), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: ${contentType}\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    ),
  });
  expect(response.statusCode, response.body).toBe(202);
  await ctx.app.jobs.kick();
  const [item] = response.json<{ items: WmoImport[] }>().items;
  const polled = await ctx.app.inject({
    method: 'GET',
    url: `/api/wmo/imports/${item!.id}`,
    headers: as(analyst),
  });
  expect(polled.json<WmoImport>().status).toBe('imported');
}

async function allocationVersions() {
  return db()
    .select({ number: wmoAllocations.allocationNumber, end: wmoAllocations.endDate })
    .from(wmoAllocations)
    .where(eq(wmoAllocations.providerAgb, '42420077'))
    .orderBy(asc(wmoAllocations.allocationNumber), asc(wmoAllocations.id));
}

async function tallyOf(category: string) {
  const [row] = await db()
    .select({ n: wmoAllocationTally.currentCount })
    .from(wmoAllocationTally)
    .where(eq(wmoAllocationTally.category, category));
  return row?.n ?? 0;
}

describe('retention of Wmo allocations', () => {
  it('deletes an allocation 13 months after its end date and keeps one that ended 11 or 12 months ago or has no end', async () => {
    expect(DEFAULTS()).toEqual({ allocationMonths: 12, signalMonths: 24 });
    // R-13 first came open-ended; the later version ended on 15 August 2025.
    await importCsv('eerste.csv', ['111222333,42420077,R-13,09,,2024-01-01,']);
    await importCsv('tweede.csv', [
      '111222333,42420077,R-13,09,,2024-01-01,2025-08-15',
      '999993653,42420077,R-12,09,,2024-01-01,2025-09-15',
      '012345672,42420077,R-11,09,,2024-01-01,2025-10-15',
      '123456782,42420077,R-OPEN,09,,2020-01-01,',
    ]);
    expect(await allocationVersions()).toEqual([
      { number: 'R-11', end: '2025-10-15' },
      { number: 'R-12', end: '2025-09-15' },
      { number: 'R-13', end: null },
      { number: 'R-13', end: '2025-08-15' },
      { number: 'R-OPEN', end: null },
    ]);
    expect(await tallyOf('09')).toBe(4);

    // On 15 September 2026: R-13 ended 13 months ago, R-12 exactly 12 (kept until the day
    // after), R-11 11 months ago, R-OPEN runs on.
    const result = await eraseExpiredWmoData(systemContext(db(), NOW), DEFAULTS());
    expect(result).toEqual({ allocationVersions: 2, currentAllocations: 1, signals: 0 });
    expect(await allocationVersions()).toEqual([
      { number: 'R-11', end: '2025-10-15' },
      { number: 'R-12', end: '2025-09-15' },
      { number: 'R-OPEN', end: null },
    ]);
    // The tally the matching reads lost the one current allocation.
    expect(await tallyOf('09')).toBe(3);

    // The next day R-12 goes too; the task is idempotent.
    const nextDay = new Date('2026-09-16T10:00:00Z');
    expect(await eraseExpiredWmoData(systemContext(db(), nextDay), DEFAULTS())).toEqual({
      allocationVersions: 1,
      currentAllocations: 1,
      signals: 0,
    });
    expect(await eraseExpiredWmoData(systemContext(db(), nextDay), DEFAULTS())).toEqual({
      allocationVersions: 0,
      currentAllocations: 0,
      signals: 0,
    });
    expect((await allocationVersions()).map((a) => a.number)).toEqual(['R-11', 'R-OPEN']);
    expect(await tallyOf('09')).toBe(2);

    // Audited as counts, without allocation numbers or pseudonyms.
    const audits = await db()
      .select({ actor: auditEvents.actorEmail, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'wmo.retention'))
      .orderBy(asc(auditEvents.at));
    expect(audits).toEqual([
      {
        actor: 'system',
        after: {
          allocationVersions: 2,
          currentAllocations: 1,
          signals: 0,
          allocationMonths: 12,
          signalMonths: 24,
        },
      },
      {
        actor: 'system',
        after: {
          allocationVersions: 1,
          currentAllocations: 1,
          signals: 0,
          allocationMonths: 12,
          signalMonths: 24,
        },
      },
    ]);
  });

  it('follows WMO_ALLOCATION_RETENTION_MONTHS and SIGNAL_RETENTION_MONTHS', async () => {
    const other = await createTestApp({
      WMO_ALLOCATION_RETENTION_MONTHS: '6',
      SIGNAL_RETENTION_MONTHS: '36',
    });
    try {
      expect(other.app.config.WMO_ALLOCATION_RETENTION_MONTHS).toBe(6);
      expect(other.app.config.SIGNAL_RETENTION_MONTHS).toBe(36);
    } finally {
      await other.close();
    }
  });
});

describe('retention of double-financing signals', () => {
  it('deletes a signal closed 25 months ago with its history, and keeps one closed 23 months ago and open ones', async () => {
    const [provision] = await db()
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    const [participant] = await db()
      .insert(participants)
      .values({ provisionId: provision!.id, startDate: '2024-01-01', clientRoute: 'self' })
      .returning({ id: participants.id });
    const [run] = await db()
      .insert(matchingRuns)
      .values({ scope: {}, inputs: {}, counts: {}, startedAt: new Date('2024-03-01T09:00:00Z') })
      .returning({ id: matchingRuns.id });
    const signal = async (number: string, status: string, closedAt: Date | null) => {
      const [row] = await db()
        .insert(doubleFinancingSignals)
        .values({
          firstRunId: run!.id,
          participantId: participant!.id,
          provisionId: provision!.id,
          allocationNumber: number,
          providerAgb: '42420088',
          overlapStart: '2024-01-01',
          status,
          createdAt: new Date('2024-03-01T09:00:00Z'),
          updatedAt: closedAt ?? new Date('2024-03-01T09:00:00Z'),
        })
        .returning({ id: doubleFinancingSignals.id });
      if (closedAt) {
        await db()
          .insert(signalEvents)
          .values([
            { signalId: row!.id, at: new Date('2024-03-02T09:00:00Z'), toStatus: 'in_progress' },
            { signalId: row!.id, at: closedAt, fromStatus: 'in_progress', toStatus: status },
          ]);
      }
      return row!.id;
    };
    const closed25 = await signal('S-25', 'no_double_financing', new Date('2024-08-15T10:00:00Z'));
    await signal('S-23', 'allocation_ended', new Date('2024-10-15T10:00:00Z'));
    await signal('S-OPEN', 'in_progress', null);
    // A note after closing does not restart the term: it counts from the closing.
    await db()
      .insert(signalEvents)
      .values({ signalId: closed25, at: new Date('2026-01-10T10:00:00Z'), note: 'Nagebeld.' });

    const result = await eraseExpiredWmoData(systemContext(db(), NOW), DEFAULTS());
    expect(result).toEqual({ allocationVersions: 0, currentAllocations: 0, signals: 1 });
    const left = await db()
      .select({ number: doubleFinancingSignals.allocationNumber })
      .from(doubleFinancingSignals)
      .where(eq(doubleFinancingSignals.providerAgb, '42420088'))
      .orderBy(asc(doubleFinancingSignals.allocationNumber));
    expect(left.map((s) => s.number)).toEqual(['S-23', 'S-OPEN']);
    const events = await db()
      .select({ id: signalEvents.id })
      .from(signalEvents)
      .where(inArray(signalEvents.signalId, [closed25]));
    expect(events).toEqual([]);

    const [audit] = await db()
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'wmo.retention'), eq(auditEvents.entityId, 'retention')))
      .orderBy(asc(auditEvents.at))
      .offset(2);
    expect(audit!.after).toEqual({
      allocationVersions: 0,
      currentAllocations: 0,
      signals: 1,
      allocationMonths: 12,
      signalMonths: 24,
    });
  });
});

// Last: the audit rows of the tests above are counted by position.
describe('retention of a removed allocation', () => {
  it('deletes a removed allocation (RedenWijziging 13) with all its versions a year after it', async () => {
    const message = (id: string, assignedOn: string, removal: boolean) =>
      writeWmo301({
        identification: id,
        dated: assignedOn,
        providerAgb: '42420078',
        client: { bsn: '111222333', birthDate: '1958-04-12', surname: 'Jansen' },
        allocations: [
          {
            number: 901,
            category: '09',
            assignedOn,
            start: '2025-08-01',
            // A removal ends on its start day (rule CS335).
            end: removal ? '2025-08-01' : null,
            changeReason: removal ? '13' : null,
          },
        ],
      });
    await importFile('toewijzing.xml', message('RET901A', '2025-07-20', false), 'application/xml');
    await importFile('verwijderd.xml', message('RET901B', '2025-07-25', true), 'application/xml');
    const versionsOf901 = () =>
      db()
        .select({ current: wmoAllocations.current })
        .from(wmoAllocations)
        .where(eq(wmoAllocations.providerAgb, '42420078'));
    // Neither version counts, and both are kept until a year after the removal's end.
    expect(await versionsOf901()).toEqual([{ current: false }, { current: false }]);
    await eraseExpiredWmoData(systemContext(db(), new Date('2026-08-01T10:00:00Z')), DEFAULTS());
    expect(await versionsOf901()).toHaveLength(2);
    await eraseExpiredWmoData(systemContext(db(), new Date('2026-08-02T10:00:00Z')), DEFAULTS());
    expect(await versionsOf901()).toEqual([]);
  });
});
