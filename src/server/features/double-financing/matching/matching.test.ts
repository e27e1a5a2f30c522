/**
 * Matching through the API: the scope of begeleiding groep, and which version of an
 * allocation the matching counts (IV013), also when consent is withdrawn.
 */
import { and, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fixture,
  message,
  validBsn,
  wmoTestApp,
} from '../../../../../test/support/wmo-test-app.ts';
import { type Session } from '../../../../../test/support/test-app.ts';
import { participantConsents, wmoAllocations } from '../../../platform/db/schema.ts';

const now = new Date('2026-09-15T10:00:00Z');
const app = wmoTestApp(() => now);
const {
  allocationRows,
  api,
  auditCount,
  currentAllocations,
  db,
  importFiles,
  overlapsOf,
  participant,
  provisionId,
  signals,
} = app;
let analyst: Session;
beforeAll(() => {
  analyst = app.analyst();
});

describe('the scope of begeleiding groep', () => {
  it('is category 07 by default and can be changed by the analyst, audited', async () => {
    const initial = await api(analyst, 'GET', '/api/wmo/scope');
    expect(initial.json()).toMatchObject({ categories: ['07'], productCodes: [] });
    const wrong = await api(analyst, 'PUT', '/api/wmo/scope', {
      categories: ['7'],
      productCodes: [],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      {
        path: 'categories.0',
        message: 'Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.',
      },
    ]);
    const audits = await auditCount('wmo.scope');
    const changed = await api(analyst, 'PUT', '/api/wmo/scope', {
      categories: ['07'],
      productCodes: ['02a03'],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      categories: ['07'],
      productCodes: ['02A03'],
      updatedAt: now.toISOString(),
    });
    expect(await auditCount('wmo.scope')).toBe(audits + 1);
    // Back to the default for the matching below.
    await api(analyst, 'PUT', '/api/wmo/scope', { categories: ['07'], productCodes: [] });
  });
});

describe('versions of an allocation', () => {
  it('counts the WMO301 version with the latest Toewijzingsdatum and -tijd, whatever the order of imports (IV013)', async () => {
    const G = validBsn(47474700);
    await participant(
      await provisionId('Huiskamer De Lindeboom'),
      G,
      { start: '2026-02-01' },
      { givenOn: '2026-02-01' },
    );
    const agb = '42420011';
    type Product = Parameters<typeof message>[2][number];
    const version = (id: string, product: Omit<Product, 'start'> & { start?: string }) =>
      message(id, G, [{ category: '07', ...product, start: product.start ?? '2026-01-01' }], agb);
    const rowsBefore = await allocationRows();
    // The second version (an end on 30 April) arrives before the first.
    const [newer] = await importFiles([
      {
        name: 'versie-2.xml',
        data: version('IV2026002', {
          number: '700',
          end: '2026-04-30',
          assignedOn: '2026-03-01',
          assignedAt: '10:00:00',
          changeReason: '05',
        }),
      },
    ]);
    expect(newer).toMatchObject({
      status: 'imported',
      versionsSuperseded: 0,
      allocationsRemoved: 0,
    });
    const [older] = await importFiles([
      {
        name: 'versie-1.xml',
        data: version('IV2026001', {
          number: '700',
          assignedOn: '2026-02-01',
          assignedAt: '10:00:00',
        }),
      },
    ]);
    // Imported (it is a real message) but superseded at once: it changes nothing.
    expect(older).toMatchObject({
      status: 'imported',
      recordsImported: 1,
      versionsSuperseded: 1,
      allocationsRemoved: 0,
    });
    // Allocation 701 was removed (RedenWijziging 13) after it was sent; again the removal first.
    const [removal] = await importFiles([
      {
        name: 'verwijderd.xml',
        data: version('IV2026004', {
          number: '701',
          start: '2026-03-01',
          end: '2026-03-01',
          assignedOn: '2026-02-15',
          assignedAt: '08:00:00',
          changeReason: '13',
        }),
      },
    ]);
    expect(removal).toMatchObject({ status: 'imported', allocationsRemoved: 1 });
    const [sentBefore] = await importFiles([
      {
        name: 'verstuurd.xml',
        data: version('IV2026003', {
          number: '701',
          start: '2026-03-01',
          assignedOn: '2026-02-10',
          assignedAt: '08:00:00',
        }),
      },
    ]);
    expect(sentBefore).toMatchObject({ status: 'imported', versionsSuperseded: 1 });
    expect(await allocationRows()).toBe(rowsBefore + 4);

    const versions = await db()
      .select({
        number: wmoAllocations.allocationNumber,
        end: wmoAllocations.endDate,
        reason: wmoAllocations.changeReason,
        current: wmoAllocations.current,
      })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.providerAgb, agb))
      .orderBy(wmoAllocations.id);
    expect(versions).toEqual([
      { number: '700', end: '2026-04-30', reason: '05', current: true },
      { number: '700', end: null, reason: null, current: false },
      { number: '701', end: '2026-03-01', reason: '13', current: false },
      { number: '701', end: null, reason: null, current: false },
    ]);
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().inputs.allocations).toBe(await currentAllocations());
    // One signal: 700 as its latest version has it; 701 counts as never sent.
    expect(await overlapsOf(agb)).toEqual([['700', '2026-02-01', '2026-04-30']]);

    // A different version fixed at the same moment as one imported before: refused whole.
    const [conflict] = await importFiles([
      {
        name: 'tegenstrijdig.xml',
        data: version('IV2026005', {
          number: '700',
          end: '2026-05-31',
          assignedOn: '2026-03-01',
          assignedAt: '10:00:00',
          changeReason: '05',
        }),
      },
    ]);
    expect(conflict).toMatchObject({
      status: 'refused',
      recordsImported: 0,
      refused: [
        {
          file: 'tegenstrijdig.xml',
          record: 45,
          field: 'Toewijzingstijd',
          reason:
            'tegenstrijdig.xml, line 45, field "Toewijzingstijd": ToewijzingNummer 700 of AGB 42420011 was imported before with the same Toewijzingsdatum and Toewijzingstijd (2026-03-01T10:00:00) but different contents; rule IV013 cannot tell which version is current, so nothing of this file was imported',
        },
      ],
    });
    expect(await allocationRows()).toBe(rowsBefore + 4);
  });

  it('leaves the same versions current whatever the order of imports (property)', async () => {
    const H = validBsn(48484800);
    let serial = 0;
    const version = fc.record({
      number: fc.constantFrom('801', '802'),
      minute: fc.integer({ min: 0, max: 59 }),
      end: fc.constantFrom(null, '2026-06-30', '2026-12-31'),
      removed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(version, {
            minLength: 1,
            maxLength: 4,
            selector: (v) => `${v.number}:${v.minute}`,
          })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        async ([versions, shuffled]) => {
          serial += 1;
          const stateAfter = async (order: typeof versions, agb: string) => {
            for (const v of order) {
              serial += 1;
              const [item] = await importFiles([
                {
                  name: `v${serial}.xml`,
                  data: message(
                    `PV${serial}`,
                    H,
                    [
                      {
                        number: v.number,
                        category: '07',
                        start: '2026-01-01',
                        end: v.removed ? '2026-01-01' : (v.end ?? undefined),
                        assignedOn: '2026-02-01',
                        assignedAt: `11:${String(v.minute).padStart(2, '0')}:00`,
                        changeReason: v.removed ? '13' : undefined,
                      },
                    ],
                    agb,
                  ),
                },
              ]);
              expect(item!.status).toBe('imported');
            }
            const rows = await db()
              .select({ number: wmoAllocations.allocationNumber, end: wmoAllocations.endDate })
              .from(wmoAllocations)
              .where(and(eq(wmoAllocations.providerAgb, agb), eq(wmoAllocations.current, true)))
              .orderBy(wmoAllocations.allocationNumber);
            return rows;
          };
          const agb = (k: number) => `4249${String(serial).padStart(3, '0')}${k}`;
          const inOrder = await stateAfter(versions, agb(1));
          const reordered = await stateAfter(shuffled, agb(2));
          expect(reordered).toEqual(inOrder);
          // The model: per number the latest version, unless it is a removal.
          const expected = ['801', '802'].flatMap((number) => {
            const latest = versions
              .filter((v) => v.number === number)
              .sort((a, b) => b.minute - a.minute)[0];
            return latest && !latest.removed ? [{ number, end: latest.end }] : [];
          });
          expect(inOrder).toEqual(expected);
        },
      ),
      { numRuns: 6 },
    );
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.json().inputs.allocations).toBe(await currentAllocations());
  });

  it('imports the message inside a StUF-GGk envelope', async () => {
    const [item] = await importFiles([
      { name: 'ggk-envelop-wmo301.xml', data: fixture('ggk-envelop-wmo301.xml') },
    ]);
    expect(item).toMatchObject({
      format: 'iwmo301',
      status: 'imported',
      messageIds: ['TOEW2026401'],
      recordsRead: 1,
      recordsImported: 1,
    });
    const [stored] = await db()
      .select({ number: wmoAllocations.allocationNumber, versionAt: wmoAllocations.versionAt })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.importId, item!.id));
    expect(stored).toEqual({ number: '401', versionAt: '2026-01-12 16:45:10.25' });
  });

  it('matches only the latest version: a later import replaces an earlier one, and within a file the last record', async () => {
    const F = validBsn(45678900);
    await participant(
      await provisionId('Huiskamer De Lindeboom'),
      F,
      { start: '2026-02-01' },
      { givenOn: '2026-02-01' },
    );
    const currentBefore = await currentAllocations();
    const header = 'bsn,agb,allocationNumber,category,product,start,end';
    const [first] = await importFiles([
      {
        name: 'versies-1.csv',
        data: [
          header,
          `${F},42420009,V1,07,,2026-01-01,`,
          `${F},42420009,V2,07,,2026-01-01,2026-12-31`,
          '',
        ].join('\n'),
      },
    ]);
    expect(first!.status).toBe('imported');
    const firstRun = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    // Two allocations more, both in scope, and both overlap F's participation.
    expect(firstRun.inputs.allocations).toBe(currentBefore + 2);
    expect(firstRun.counts.changedSignals).toBe(0);
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', null],
      ['V2', '2026-02-01', '2026-12-31'],
    ]);
    // V1 now ends before F starts; V2 is corrected twice in one file, the last one counts.
    const [second] = await importFiles([
      {
        name: 'versies-2.csv',
        data: [
          header,
          `${F},42420009,V2,07,,2026-01-01,2026-05-31`,
          `${F},42420009,V1,07,,2026-01-01,2026-01-31`,
          `${F},42420009,V2,07,,2026-01-01,2026-03-31`,
          '',
        ].join('\n'),
      },
    ]);
    expect(second!.status).toBe('imported');

    const versions = await db()
      .select({
        number: wmoAllocations.allocationNumber,
        end: wmoAllocations.endDate,
        current: wmoAllocations.current,
      })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.providerAgb, '42420009'))
      .orderBy(wmoAllocations.id);
    expect(versions).toEqual([
      { number: 'V1', end: null, current: false },
      { number: 'V2', end: '2026-12-31', current: false },
      { number: 'V2', end: '2026-05-31', current: false },
      { number: 'V1', end: '2026-01-31', current: true },
      { number: 'V2', end: '2026-03-31', current: true },
    ]);

    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    // Five rows more, three of them replaced: still two current allocations more. The run's
    // numbers come from the tally the import keeps, and agree with a count of the rows.
    expect(run.json().inputs.allocations).toBe(currentBefore + 2);
    expect(await currentAllocations()).toBe(currentBefore + 2);
    // V2's overlap changed (one known signal written); V1 no longer overlaps, so it is not
    // found: its signal stays for the follow-up, marked with the moment of this run.
    expect(run.json().counts).toMatchObject({
      newSignals: 0,
      changedSignals: 1,
      notFoundSignals: 1,
    });
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', null],
      ['V2', '2026-02-01', '2026-03-31'],
    ]);
    const notFound = async () =>
      Object.fromEntries(
        (await signals('?providerAgb=42420009')).map((s) => [s.allocationNumber, s.notFoundSince]),
      );
    expect(await notFound()).toEqual({ V1: run.json().startedAt, V2: null });

    // A run on the same data changes nothing: V1 stays "not found since" the earlier run.
    const same = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(same.counts).toMatchObject({ newSignals: 0, changedSignals: 0, notFoundSignals: 0 });
    expect(await notFound()).toEqual({ V1: run.json().startedAt, V2: null });

    // V1 extended to the end of the year: found again, with its new overlap.
    const [third] = await importFiles([
      {
        name: 'versies-3.csv',
        data: [header, `${F},42420009,V1,07,,2026-01-01,2026-12-31`, ''].join('\n'),
      },
    ]);
    expect(third!.status).toBe('imported');
    const again = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(again.counts).toMatchObject({ newSignals: 0, changedSignals: 1, notFoundSignals: 0 });
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', '2026-12-31'],
      ['V2', '2026-02-01', '2026-03-31'],
    ]);
    expect(await notFound()).toEqual({ V1: null, V2: null });
  });

  it('marks a signal "not found since" when the consent for matching is withdrawn', async () => {
    const G = validBsn(56789012);
    const participantId = await participant(
      await provisionId('Huiskamer De Lindeboom'),
      G,
      { start: '2026-03-01' },
      { givenOn: '2026-03-01' },
    );
    const header = 'bsn,agb,allocationNumber,category,product,start,end';
    const [imported] = await importFiles([
      { name: 'intrekking.csv', data: `${header}\n${G},42420010,W1,07,,2026-01-01,\n` },
    ]);
    expect(imported!.status).toBe('imported');
    const first = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(first.counts.newSignals).toBe(1);
    await db()
      .update(participantConsents)
      .set({ withdrawnOn: '2026-06-01' })
      .where(
        and(
          eq(participantConsents.participantId, participantId),
          eq(participantConsents.scope, 'matching'),
        ),
      );
    const second = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(second.counts).toMatchObject({ newSignals: 0, notFoundSignals: 1 });
    const [signal] = await signals('?providerAgb=42420010');
    expect(signal).toMatchObject({ allocationNumber: 'W1', status: 'new' });
    expect(signal!.notFoundSince).toBe(second.startedAt);
  });
});
