/**
 * A matching run and the follow-up of its signals through the API: the overlaps found, every
 * view audited, statuses, the letter and e-mail to the provider, and the dashboard.
 */
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  ALLOCATIONS_CSV,
  B,
  C,
  D,
  E,
  fixture,
  message,
  validBsn,
  wmoTestApp,
} from '../../../../../test/support/wmo-test-app.ts';
import { TEST_PSEUDONYM_KEY, type Session } from '../../../../../test/support/test-app.ts';
import {
  auditEvents,
  mailMessages,
  wmoAllocations,
  wmoImports,
} from '../../../platform/db/schema.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';
import type { Signal } from '../double-financing.schemas.ts';
import { replaceEarlierVersions } from '../imports/wmo-imports.repository.ts';

let now = new Date('2026-09-15T10:00:00Z');
const app = wmoTestApp(() => now);
const { api, auditCount, db, importFiles, participant, provisionId, signalRows, signals } = app;
let analyst: Session;
let officer: Session;
beforeAll(() => {
  analyst = app.analyst();
  officer = app.officer();
});

// The allocations the matching below is about, as the analyst imports them: a WMO301 message
// (A: 101–103) and a CSV export (C, D, E: 301–303), then a zip with B's message (201, 202)
// and one more (901).
beforeAll(async () => {
  const first = await importFiles([
    { name: 'wmo301-dagbesteding.xml', data: fixture('wmo301-dagbesteding.xml') },
    { name: 'toewijzingen.csv', data: ALLOCATIONS_CSV },
  ]);
  const zip = zipSync({
    'berichten/wmo301-open-einde.xml': fixture('wmo301-open-einde.xml'),
    'berichten/nieuw.xml': Buffer.from(
      message('TOEW2026900', validBsn(45678900), [
        { number: '901', category: '07', start: '2026-01-01' },
      ]),
    ),
  });
  const second = await importFiles([{ name: 'batch.zip', data: zip }]);
  expect([...first, ...second].map((i) => [i.fileName, i.status, i.recordsImported])).toEqual([
    ['wmo301-dagbesteding.xml', 'imported', 3],
    ['toewijzingen.csv', 'imported', 3],
    ['batch.zip', 'imported', 3],
  ]);
});

describe('matching and signals', () => {
  let lindeboom: string;
  let klusteam: string;
  let firstRunSignals: Signal[];

  beforeAll(async () => {
    lindeboom = await provisionId('Huiskamer De Lindeboom');
    klusteam = await provisionId('Klusteam Maas en Mergel');
    // A: consent, participating since 2026-02-01: overlaps allocation 101 (2026-01-01 to
    // 2026-06-30, category 07), not 102 (category 02) nor 103 (ended 2025-12-31).
    await participant(lindeboom, A, { start: '2026-02-01' }, { givenOn: '2026-02-01' });
    // B: no consent for matching (only for registration): never matched.
    await participant(lindeboom, B, { start: '2026-01-01' }, null);
    // C: consent withdrawn: never matched.
    await participant(
      klusteam,
      C,
      { start: '2026-01-01' },
      { givenOn: '2026-01-01', withdrawnOn: '2026-05-01' },
    );
    // D: starts on the last day of allocation 302: exactly one day of overlap.
    await participant(klusteam, D, { start: '2026-06-30' }, { givenOn: '2026-06-30' });
    // E: erased: never matched.
    await participant(
      klusteam,
      E,
      { start: '2026-01-01' },
      { givenOn: '2026-01-01' },
      {
        erasedAt: new Date('2026-08-01T00:00:00Z'),
      },
    );
  });

  it('finds the overlaps of participants with consent, with known numbers', async () => {
    const response = await api(analyst, 'POST', '/api/wmo/runs');
    expect(response.statusCode, response.body).toBe(201);
    const run = response.json();
    expect(run.scope).toEqual({ categories: ['07'], productCodes: [] });
    expect(run.inputs).toEqual({
      // The XML, the CSV and the zip; refused and duplicate imports bring nothing.
      imports: 3,
      // 101-103, 301-303, 201, 202, 901.
      allocations: 9,
      allocationsInScope: 8,
      participants: 4,
      participantsWithConsent: 2,
    });
    expect(run.counts).toEqual({
      signals: 2,
      newSignals: 2,
      changedSignals: 0,
      notFoundSignals: 0,
      stillOpen: 2,
    });

    firstRunSignals = await signals();
    expect(
      firstRunSignals.map((s) => [
        s.providerAgb,
        s.allocationNumber,
        s.provisionName,
        s.category,
        s.productCategory,
        s.productCode,
        s.overlapStart,
        s.overlapEnd,
        s.status,
      ]),
    ).toEqual([
      [
        '42420001',
        '101',
        'Huiskamer De Lindeboom',
        'living_room',
        '07',
        '07A12',
        '2026-02-01',
        '2026-06-30',
        'new',
      ],
      [
        '42420003',
        '302',
        'Klusteam Maas en Mergel',
        'services',
        '07',
        null,
        '2026-06-30',
        '2026-06-30',
        'new',
      ],
    ]);
    const body = JSON.stringify(firstRunSignals);
    for (const secret of [A, D, pseudonymiseBsn(A, TEST_PSEUDONYM_KEY), 'Deelnemer']) {
      expect(body).not.toContain(secret);
    }
    const list = (await api(analyst, 'GET', '/api/wmo/signals')).json();
    expect(list.byProvider).toEqual([
      { providerAgb: '42420001', count: 1, open: 1 },
      { providerAgb: '42420003', count: 1, open: 1 },
    ]);
    expect(
      list.byProvision.map((p: { provisionName: string; count: number }) => [
        p.provisionName,
        p.count,
      ]),
    ).toEqual([
      ['Huiskamer De Lindeboom', 1],
      ['Klusteam Maas en Mergel', 1],
    ]);
    expect((await signals(`?providerAgb=42420003`)).map((s) => s.allocationNumber)).toEqual([
      '302',
    ]);
    expect((await signals(`?provisionId=${lindeboom}`)).map((s) => s.allocationNumber)).toEqual([
      '101',
    ]);
    expect(await signals('?status=in_progress')).toEqual([]);
  });

  it('audits every view of signals with the filter and the count', async () => {
    const before = await auditCount('wmo.signals.view');
    await signals('?providerAgb=42420001');
    await api(analyst, 'GET', `/api/wmo/signals/${firstRunSignals[0]!.id}`);
    expect(await auditCount('wmo.signals.view')).toBe(before + 2);
    const rows = await db()
      .select({ entityId: auditEvents.entityId, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'wmo.signals.view'))
      .orderBy(sql`${auditEvents.id} DESC`)
      .limit(2);
    expect(rows.reverse()).toEqual([
      { entityId: 'list', after: { filter: { providerAgb: '42420001' }, count: 1 } },
      { entityId: firstRunSignals[0]!.id, after: null },
    ]);
  });

  it('keeps statuses and makes no duplicates when run again', async () => {
    const signal = firstRunSignals[1]!;
    const started = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'in_progress',
      note: 'Aanbieder gebeld.',
    });
    expect(started.statusCode, started.body).toBe(200);
    const again = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(again.counts).toEqual({
      signals: 2,
      newSignals: 0,
      changedSignals: 0,
      notFoundSignals: 0,
      stillOpen: 2,
    });
    expect(await signalRows()).toBe(2);
    const after = await signals();
    expect(after.map((s) => [s.id, s.status])).toEqual([
      [firstRunSignals[0]!.id, 'new'],
      [signal.id, 'in_progress'],
    ]);
    const runs = (await api(analyst, 'GET', '/api/wmo/runs')).json().items;
    expect(runs).toHaveLength(2);
  });

  it('never changes the signals by adding unrelated allocations (other persons, other categories)', async () => {
    const baseline = (await signals()).map((s) => [s.id, s.overlapStart, s.overlapEnd, s.status]);
    let serial = 0;
    const day = fc
      .integer({ min: 0, max: 1500 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const unrelated = fc.record({
      // Someone else entirely, or a participant with an allocation out of scope.
      person: fc.oneof(
        fc
          .integer({ min: 10_000_000, max: 99_999_999 })
          .map((n) => pseudonymiseBsn(validBsn(n), 'other')),
        fc.constantFrom(A, C, D).map((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY)),
      ),
      category: fc.constantFrom('01', '02', '03', '06', '08', '10'),
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(unrelated, { minLength: 1, maxLength: 8 }), async (extra) => {
        const [holder] = await db()
          .insert(wmoImports)
          .values({
            format: 'csv',
            fileName: 'eigenschap.csv',
            sha256: 'property',
            sizeBytes: 0,
            status: 'imported',
          })
          .returning({ id: wmoImports.id });
        const rows = extra.map((e) => {
          serial += 1;
          const end =
            e.length === null
              ? null
              : new Date(Date.parse(`${e.start}T00:00:00Z`) + e.length * 86_400_000)
                  .toISOString()
                  .slice(0, 10);
          return {
            importId: holder!.id,
            personPseudonym: e.person,
            providerAgb: '49999999',
            allocationNumber: `U-${serial}`,
            // Another person may have begeleiding groep (07); a participant only something else.
            category: [A, C, D].some((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY) === e.person)
              ? e.category
              : '07',
            productCode: null,
            startDate: e.start,
            endDate: end,
            versionAt: '2026-01-05 09:00:00',
            current: true,
          };
        });
        await db().insert(wmoAllocations).values(rows);
        // The import's last step, which keeps the tally of current allocations.
        await replaceEarlierVersions(db(), holder!.id);
        const run = (await api(analyst, 'POST', '/api/wmo/runs')).json();
        expect(run.counts.signals).toBe(2);
        const current = (await signals()).map((s) => [
          s.id,
          s.overlapStart,
          s.overlapEnd,
          s.status,
        ]);
        expect(current).toEqual(baseline);
      }),
      { numRuns: 25 },
    );
  });

  it('moves through the statuses with Dutch messages, writing history and audit', async () => {
    const signal = firstRunSignals[1]!;
    const wrong = await api(analyst, 'POST', `/api/wmo/signals/${firstRunSignals[0]!.id}/status`, {
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({
      code: 'CONFLICT',
      message:
        'Een signaal met de status "nieuw" kan niet naar "afbouw afgesproken". Dat kan alleen naar "in behandeling".',
    });
    const noDate = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'phase_out_agreed',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().fields).toEqual([
      { path: 'phaseOutDate', message: 'Vul de datum in waarop de afbouw klaar is.' },
    ]);
    const noReason = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'no_double_financing',
    });
    expect(noReason.json().fields).toEqual([
      { path: 'reason', message: 'Vul de reden in waarom er geen dubbele financiering is.' },
    ]);

    const audits = await auditCount('wmo.signal.status');
    now = new Date('2026-10-02T09:00:00Z');
    const agreed = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
      note: 'Afbouw in drie maanden, terugvalafspraak gemaakt.',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
      updatedAt: now.toISOString(),
    });
    const note = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/notes`, {
      note: 'Bevestiging per brief ontvangen.',
    });
    expect(note.statusCode).toBe(201);
    expect(await auditCount('wmo.signal.status')).toBe(audits + 1);

    const closed = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'in_progress',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toBe(
      'Dit signaal is afgesloten (afbouw afgesproken) en kan niet meer van status veranderen.',
    );

    const detail = (await api(analyst, 'GET', `/api/wmo/signals/${signal.id}`)).json();
    expect(
      detail.events.map(
        (e: { actorName: string; fromStatus: string; toStatus: string; note: string }) => [
          e.actorName,
          e.fromStatus,
          e.toStatus,
          e.note,
        ],
      ),
    ).toEqual([
      ['Tom Vluggen', 'new', 'in_progress', 'Aanbieder gebeld.'],
      [
        'Tom Vluggen',
        'in_progress',
        'phase_out_agreed',
        'Afbouw in drie maanden, terugvalafspraak gemaakt.',
      ],
      ['Tom Vluggen', null, null, 'Bevestiging per brief ontvangen.'],
    ]);
    // Notes stay out of the audit log.
    const logged = JSON.stringify(await db().select().from(auditEvents));
    expect(logged).not.toContain('terugvalafspraak');
    expect(logged).not.toContain('Bevestiging');
  });

  it('writes a letter and an e-mail to the provider with allocation numbers only', async () => {
    const pdf = await api(analyst, 'GET', '/api/wmo/providers/42420001/letter.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const mail = await api(analyst, 'POST', '/api/wmo/providers/42420001/email', {
      to: 'Wmo@Aanbieder.example',
    });
    expect(mail.statusCode, mail.body).toBe(202);
    expect(mail.json()).toEqual({ queued: true, to: 'wmo@aanbieder.example', allocations: 1 });
    const [queued] = await db()
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.to, 'wmo@aanbieder.example'));
    expect(queued!.subject).toBe(
      'Toewijzingen begeleiding groep en algemene voorzieningen (AGB-code 42420001)',
    );
    expect(queued!.text).toContain(
      '- Toewijzingsnummer 101: samen met een algemene voorziening 1 februari 2026 tot en met 30 juni 2026',
    );
    expect(queued!.text).toContain(
      'afspraken voor het geval het minder goed gaat met de inwoner (terugval)',
    );
    for (const secret of [A, pseudonymiseBsn(A, TEST_PSEUDONYM_KEY), 'Deelnemer', 'Voorbeeld']) {
      expect(queued!.text).not.toContain(secret);
      expect(pdf.rawPayload.toString('latin1')).not.toContain(secret);
    }
    expect(await auditCount('wmo.provider.letter')).toBe(1);
    expect(await auditCount('wmo.provider.email')).toBe(1);

    // Provider 42420003 has no open signal left: no letter.
    const none = await api(analyst, 'GET', '/api/wmo/providers/42420003/letter.pdf');
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe(
      'Er zijn geen open signalen voor de zorgaanbieder met AGB-code 42420003; er is dus geen brief te maken.',
    );
    expect((await api(officer, 'GET', '/api/wmo/providers/42420001/letter.pdf')).statusCode).toBe(
      403,
    );
  });

  it('counts signals by status, provision, category and month on the dashboard', async () => {
    const response = await api(analyst, 'GET', '/api/wmo/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect(dashboard.byStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'in_progress', count: 0 },
      { status: 'phase_out_agreed', count: 1 },
      { status: 'allocation_ended', count: 0 },
      { status: 'no_double_financing', count: 0 },
      { status: 'closed', count: 0 },
    ]);
    expect(
      dashboard.byProvision.map((p: { provisionName: string; total: number }) => [
        p.provisionName,
        p.total,
      ]),
    ).toEqual([
      ['Huiskamer De Lindeboom', 1],
      ['Klusteam Maas en Mergel', 1],
    ]);
    expect(
      dashboard.byCategory.map((c: { category: string; total: number }) => [c.category, c.total]),
    ).toEqual([
      ['living_room', 1],
      ['services', 1],
    ]);
    expect(dashboard.overTime).toEqual([
      { month: '2026-09', new: 2, closed: 0 },
      { month: '2026-10', new: 0, closed: 1 },
    ]);
  });
});
