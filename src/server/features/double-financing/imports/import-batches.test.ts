/**
 * A large import is read in a worker thread and stored in small batches, so that other
 * requests are answered while it runs; it still counts whole or not at all: until it is
 * published its rows count for nothing, and a file refused late, or a reader that dies
 * mid-way, leaves nothing of it behind.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as WorkerThreads from 'node:worker_threads';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  TEST_PSEUDONYM_KEY,
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../../test/support/test-app.ts';
import {
  jobs,
  participantConsents,
  wmoImports,
  participants,
  provisions,
  wmoAllocationTally,
  wmoAllocations,
  wmoMessages,
} from '../../../platform/db/schema.ts';
import type { Actor } from '../../../platform/access.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';
import { systemContext } from '../../../platform/use-case.ts';
import type { ReaderMessage } from './allocation-reader.ts';
import type { WmoImport } from '../double-financing.schemas.ts';
import { queueImports, UPLOAD_DIR } from './wmo-imports.service.ts';
import { writeWmo301 } from './wmo301-writer.ts';

/** When set, the reader thread is stopped once it has sent this many more batches. */
const readerStops = vi.hoisted(() => ({ afterBatches: null as number | null, batches: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const original = await importOriginal<typeof WorkerThreads>();
  class StoppableWorker extends original.Worker {
    constructor(...args: ConstructorParameters<typeof original.Worker>) {
      super(...args);
      this.on('message', (message: ReaderMessage) => {
        if (message.type !== 'batch' || readerStops.afterBatches === null) return;
        readerStops.batches += 1;
        if (readerStops.batches === readerStops.afterBatches) void this.terminate();
      });
    }
  }
  return { ...original, Worker: StoppableWorker };
});

let ctx: TestContext;
let analyst: Session;
const NOW = new Date('2026-09-15T10:00:00Z');

beforeAll(async () => {
  ctx = await createTestApp({ WMO_IMPORT_LIMIT_BYTES: String(64 * 1024 * 1024) }, () => NOW);
  analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
});
afterAll(async () => {
  await ctx.close();
});

const db = () => ctx.handle.db;

/** `count` valid BSNs (11-proef) from a start. */
function validBsns(from: number, count: number): string[] {
  const result: string[] = [];
  for (let n = from; result.length < count; n += 1) {
    const digits = String(n).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i += 1) sum += Number(digits[i]) * (9 - i);
    if (sum % 11 < 10) result.push(`${digits}${sum % 11}`);
  }
  return result;
}

/** A CSV export of `rows` allocations of provider `agb`, numbered from 1; `line` may change a line. */
function allocationsCsv(agb: string, bsns: string[], line?: (n: number) => string | null): string {
  const lines = ['bsn,agb,allocationNumber,category,product,start,end'];
  bsns.forEach((bsn, k) => {
    const own = line?.(k + 2) ?? null;
    lines.push(own ?? `${bsn},${agb},${k + 1},${k % 2 === 0 ? '07' : '02'},,2026-01-01,`);
  });
  return `${lines.join('\n')}\n`;
}

async function upload(name: string, data: string | Uint8Array): Promise<WmoImport> {
  const boundary = '----import-batches-test';
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/wmo/imports',
    headers: { ...as(analyst), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(data),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  });
  expect(response.statusCode, response.body).toBe(202);
  return response.json<{ items: WmoImport[] }>().items[0]!;
}

async function importOf(id: string): Promise<WmoImport> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/wmo/imports/${id}`,
    headers: as(analyst),
  });
  return response.json<WmoImport>();
}

async function rowsOfImport(importId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(wmoAllocations)
    .where(eq(wmoAllocations.importId, importId));
  return row!.n;
}

/** Everything an import can leave: allocations, messages, the tally. */
async function storedState() {
  const [allocations] = await db().select({ n: count() }).from(wmoAllocations);
  const [messages] = await db().select({ n: count() }).from(wmoMessages);
  const tally = await db()
    .select()
    .from(wmoAllocationTally)
    .orderBy(wmoAllocationTally.category, wmoAllocationTally.productCode);
  return { allocations: allocations!.n, messages: messages!.n, tally };
}

/** Counts the rows of the import while it runs: the most seen at once. */
function watchRows(importId: string, until: Promise<unknown>): Promise<number> {
  return (async () => {
    let done = false;
    void until.finally(() => (done = true));
    let most = 0;
    while (!done) {
      most = Math.max(most, await rowsOfImport(importId));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return most;
  })();
}

describe('a large import', () => {
  it('is read off the main thread: the health check answers while 30,000 allocations are imported', async () => {
    const bsns = validBsns(20_000_000, 30_000);
    const queued = await upload('groot.csv', allocationsCsv('42420501', bsns));
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    const importing = ctx.app.jobs.kick().then(() => performance.now() - started);

    // A health check every 50 ms while the import runs, each timed from when it was due.
    const answers: { latencyMs: number; doneMs: number }[] = [];
    const pending: Promise<void>[] = [];
    let finished = false;
    void importing.then(() => (finished = true));
    for (let k = 0; !finished; k += 1) {
      // As requests arrive on a socket: all that are due are taken in at the next turn.
      const due = started + k * 50;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      pending.push(
        ctx.app.inject({ method: 'GET', url: '/api/health' }).then((response) => {
          expect(response.statusCode).toBe(200);
          const now = performance.now();
          answers.push({ latencyMs: now - due, doneMs: now - started });
        }),
      );
    }
    const importMs = await importing;
    await Promise.all(pending);
    loop.disable();

    const item = await importOf(queued.id);
    expect(item).toMatchObject({
      status: 'imported',
      recordsRead: 30_000,
      recordsImported: 30_000,
    });
    expect(await rowsOfImport(queued.id)).toBe(30_000);
    // Read in one go on the event loop and stored in one transaction, not one health check
    // came back before the import had finished: each waited for all of it. Now they keep
    // coming while it runs, and none waits more than a third of the import (nor 3 s; a
    // batch of 500 rows takes a fraction of that, also on a busy machine).
    const beforeTheImportEnded = answers.filter((a) => a.doneMs < importMs);
    expect(beforeTheImportEnded.length).toBeGreaterThanOrEqual(10);
    const longestWait = Math.max(...answers.map((a) => a.latencyMs));
    expect(longestWait).toBeLessThan(Math.min(importMs / 3, 3000));
    expect(loop.max / 1e6).toBeLessThan(Math.min(importMs / 3, 3000));
  }, 180_000);

  it('counts for nothing until it is published: a matching run meanwhile sees the allocations as before', async () => {
    const bsns = validBsns(30_000_000, 20_000);
    // A participant with consent whose allocation (category 07) is the file's first line.
    const [provision] = await db()
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    const [someone] = await db()
      .insert(participants)
      .values({
        provisionId: provision!.id,
        displayName: 'Deelnemer groot bestand',
        startDate: '2026-02-01',
        clientRoute: 'self',
        bsnPseudonym: pseudonymiseBsn(bsns[0]!, TEST_PSEUDONYM_KEY),
      })
      .returning({ id: participants.id });
    await db()
      .insert(participantConsents)
      .values([
        {
          participantId: someone!.id,
          scope: 'registration',
          givenOn: '2026-02-01',
          method: 'written',
        },
        { participantId: someone!.id, scope: 'matching', givenOn: '2026-02-01', method: 'written' },
      ]);
    const before = await ctx.app.inject({
      method: 'POST',
      url: '/api/wmo/runs',
      headers: as(analyst),
    });
    expect(before.statusCode, before.body).toBe(201);

    const queued = await upload('tussendoor.csv', allocationsCsv('42420601', bsns));
    const importing = ctx.app.jobs.kick();
    // Wait until batches of the import are stored, then run the matching.
    while ((await rowsOfImport(queued.id)) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const during = await ctx.app.inject({
      method: 'POST',
      url: '/api/wmo/runs',
      headers: as(analyst),
    });
    const storedDuring = await rowsOfImport(queued.id);
    await importing;
    const after = await ctx.app.inject({
      method: 'POST',
      url: '/api/wmo/runs',
      headers: as(analyst),
    });

    expect((await importOf(queued.id)).status).toBe('imported');
    // The run came between batches: rows of the import were stored, not yet all of them.
    expect(storedDuring).toBeGreaterThan(0);
    expect(storedDuring).toBeLessThan(20_000);
    expect(during.json().inputs.allocations).toBe(before.json().inputs.allocations);
    expect(during.json().counts.signals).toBe(before.json().counts.signals);
    // Published: 20,000 more current allocations (10,000 of them begeleiding groep, 07),
    // and one signal more.
    expect(after.json().inputs.allocations).toBe(before.json().inputs.allocations + 20_000);
    expect(after.json().inputs.allocationsInScope).toBe(
      before.json().inputs.allocationsInScope + 10_000,
    );
    expect(after.json().counts.signals).toBe(before.json().counts.signals + 1);
  }, 180_000);
});

describe('a large import that fails mid-way', () => {
  it('leaves nothing when the file is refused at line 19,990 after batches were stored', async () => {
    const before = await storedState();
    const bsns = validBsns(40_000_000, 20_000);
    const csv = allocationsCsv('42420701', bsns, (line) =>
      line === 19_990 ? `${bsns[19_988]},42420701,19989,07,,2026-02-30,` : null,
    );
    const queued = await upload('laat-fout.csv', csv);
    const importing = ctx.app.jobs.kick();
    const mostRowsSeen = await watchRows(queued.id, importing);
    await importing;

    const item = await importOf(queued.id);
    expect(item).toMatchObject({
      status: 'refused',
      recordsImported: 0,
      refused: [
        {
          file: 'laat-fout.csv',
          record: 19_990,
          field: 'start',
          reason:
            'laat-fout.csv, line 19990, field "start": "2026-02-30" is not a valid date (YYYY-MM-DD)',
        },
      ],
    });
    // Batches of the file were stored while it was read (9 of 2,000 rows before line
    // 19,990), and all of them were deleted again.
    expect(mostRowsSeen).toBeGreaterThan(0);
    expect(await rowsOfImport(queued.id)).toBe(0);
    expect(await storedState()).toEqual(before);
  }, 180_000);

  it('leaves nothing when the reader thread dies after two batches, and says the server failed', async () => {
    const before = await storedState();
    const bsns = validBsns(50_000_000, 20_000);
    const queued = await upload('afgebroken.csv', allocationsCsv('42420801', bsns));
    readerStops.afterBatches = 2;
    readerStops.batches = 0;
    try {
      const importing = ctx.app.jobs.kick();
      const mostRowsSeen = await watchRows(queued.id, importing);
      await importing;
      expect(mostRowsSeen).toBeGreaterThan(0);
    } finally {
      readerStops.afterBatches = null;
    }

    const item = await importOf(queued.id);
    expect(item).toMatchObject({
      status: 'refused',
      recordsImported: 0,
      refused: [
        {
          file: 'afgebroken.csv',
          record: null,
          field: null,
          reason:
            'afgebroken.csv: could not be imported because of an error on the server; nothing was imported. Try again later.',
        },
      ],
    });
    const [job] = await db()
      .select({ status: jobs.status, error: jobs.error })
      .from(jobs)
      .where(and(eq(jobs.kind, 'wmo.import'), sql`${jobs.params}->>'importId' = ${queued.id}`));
    expect(job).toEqual({
      status: 'failed',
      error: 'the reader of afgebroken.csv stopped unexpectedly (exit code 1)',
    });
    expect(await rowsOfImport(queued.id)).toBe(0);
    expect(await storedState()).toEqual(before);
  }, 180_000);
});

describe('an import interrupted mid-way', () => {
  it('starts again from the file when its job resumes, keeping nothing of the first attempt', async () => {
    const [tallyBefore] = await db()
      .select({ n: sql<number>`coalesce(sum(${wmoAllocationTally.currentCount}), 0)::int` })
      .from(wmoAllocationTally);
    const bsns = validBsns(80_000_000, 5000);
    const csv = Buffer.from(allocationsCsv('42421101', bsns));
    const id = randomUUID();
    await mkdir(UPLOAD_DIR, { recursive: true });
    const file = path.join(UPLOAD_DIR, id);
    await writeFile(file, csv);
    const actor: Actor = {
      kind: 'user',
      userId: analyst.me.id,
      email: analyst.me.email,
      roles: ['wmo_analyst'],
      organisationIds: [],
      provisionIds: [],
    };
    await queueImports(
      { ...systemContext(db(), NOW), actor },
      {
        uploads: [
          {
            id,
            fileName: 'onderbroken.csv',
            path: file,
            sizeBytes: csv.length,
            sha256: createHash('sha256').update(csv).digest('hex'),
            format: 'csv',
          },
        ],
      },
    );
    // As a server stopped mid-way leaves it: the job and the import running, 3 rows stored.
    await db().update(wmoImports).set({ status: 'running' }).where(eq(wmoImports.id, id));
    await db()
      .update(jobs)
      .set({ status: 'running' })
      .where(sql`${jobs.params}->>'importId' = ${id}`);
    await db()
      .insert(wmoAllocations)
      .values(
        [1, 2, 3].map((n) => ({
          importId: id,
          personPseudonym: pseudonymiseBsn(bsns[n - 1]!, TEST_PSEUDONYM_KEY),
          providerAgb: '42421101',
          allocationNumber: String(n),
          category: '07',
          startDate: '2026-01-01',
          versionAt: '2026-09-15 12:00:00',
          current: true,
          sourceLine: n + 1,
        })),
      );

    await ctx.app.jobs.kick();

    expect(await importOf(id)).toMatchObject({
      status: 'imported',
      recordsRead: 5000,
      recordsImported: 5000,
      versionsSuperseded: 0,
    });
    expect(await rowsOfImport(id)).toBe(5000);
    const [tallyAfter] = await db()
      .select({ n: sql<number>`coalesce(sum(${wmoAllocationTally.currentCount}), 0)::int` })
      .from(wmoAllocationTally);
    expect(tallyAfter!.n).toBe(tallyBefore!.n + 5000);
  }, 120_000);
});

describe('versions in different batches of one file', () => {
  it('counts the later line of a CSV export, 2,500 lines further on (IV013)', async () => {
    const bsns = validBsns(60_000_000, 2500);
    // Line 2,501 is allocation 1 again, now ending on 31 December: it counts, not line 2.
    const csv = allocationsCsv('42420901', bsns, (line) =>
      line === 2501 ? `${bsns[0]},42420901,1,07,,2026-01-01,2026-12-31` : null,
    );
    const queued = await upload('twee-keer.csv', csv);
    await ctx.app.jobs.kick();
    expect(await importOf(queued.id)).toMatchObject({
      status: 'imported',
      recordsRead: 2500,
      recordsImported: 2500,
      versionsSuperseded: 1,
    });
    const versions = await db()
      .select({ end: wmoAllocations.endDate, current: wmoAllocations.current })
      .from(wmoAllocations)
      .where(
        and(eq(wmoAllocations.providerAgb, '42420901'), eq(wmoAllocations.allocationNumber, '1')),
      )
      .orderBy(asc(wmoAllocations.id));
    expect(versions).toEqual([
      { end: null, current: false },
      { end: '2026-12-31', current: true },
    ]);
    const [current] = await db()
      .select({ n: count() })
      .from(wmoAllocations)
      .where(and(eq(wmoAllocations.importId, queued.id), eq(wmoAllocations.current, true)));
    expect(current!.n).toBe(2499);
  }, 120_000);

  it('refuses a zip whose message 1,050 contradicts message 1, naming both places', async () => {
    const before = await storedState();
    const bsns = validBsns(70_000_000, 1100);
    const files: Record<string, Uint8Array> = {};
    bsns.forEach((bsn, m) => {
      const contradicts = m === 1049;
      files[`m${String(m + 1).padStart(4, '0')}.xml`] = Buffer.from(
        writeWmo301({
          identification: `BATCH${m + 1}`,
          dated: '2026-02-01',
          providerAgb: '42421001',
          client: { bsn: contradicts ? bsns[0]! : bsn, birthDate: '1960-01-01', surname: 'Test' },
          allocations: [0, 1].map((k) => ({
            number: contradicts && k === 0 ? 1 : 2 * m + k + 1,
            category: '07',
            productCode: null,
            assignedOn: '2026-02-01',
            assignedAt: '10:00:00',
            start: '2026-01-01',
            end: contradicts && k === 0 ? '2026-03-31' : null,
          })),
        }),
      );
    });
    const queued = await upload('tegenstrijdig.zip', zipSync(files));
    await ctx.app.jobs.kick();
    const item = await importOf(queued.id);
    expect(item.status).toBe('refused');
    expect(item.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(
        /^tegenstrijdig\.zip:m1050\.xml, line [0-9]+, field "Toewijzingstijd": ToewijzingNummer 1 of AGB 42421001 has another version with the same Toewijzingsdatum and Toewijzingstijd \(2026-02-01T10:00:00\) but different contents in tegenstrijdig\.zip:m0001\.xml, line [0-9]+; rule IV013 cannot tell which one is current$/,
      ),
    ]);
    expect(await rowsOfImport(queued.id)).toBe(0);
    expect(await storedState()).toEqual(before);
  }, 120_000);
});
