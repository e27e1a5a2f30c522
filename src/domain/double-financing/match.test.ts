import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlap } from '../periods.ts';
import type { MatchingScope } from './scope.ts';
import {
  compareCodePoints,
  compareSignals,
  matchSignals,
  type MatchedAllocation,
  type MatchedParticipant,
  type Signal,
} from './match.ts';

const DAGBESTEDING: MatchingScope = { categories: ['07'], productCodes: [] };

function participant(over: Partial<MatchedParticipant> = {}): MatchedParticipant {
  return {
    provision: 'Inloop Het Trefpunt',
    consent: true,
    person: 'aaa',
    start: '2026-01-01',
    end: null,
    ...over,
  };
}
function allocation(over: Partial<MatchedAllocation> = {}): MatchedAllocation {
  return {
    person: 'aaa',
    providerAgb: '42420001',
    allocationNumber: '1',
    category: '07',
    product: '07A12',
    start: '2026-01-01',
    end: null,
    ...over,
  };
}

describe('matching participants against allocations', () => {
  it('signals overlaps of at least one day, ends inclusive, open only when both are open', () => {
    const result = matchSignals(
      [
        participant({ person: 'aaa', start: '2026-02-01', end: null }),
        participant({ person: 'bbb', start: '2026-06-30', end: '2026-09-30' }),
        participant({ person: 'ccc', start: '2026-07-01', end: '2026-09-30' }),
      ],
      [
        allocation({
          person: 'aaa',
          allocationNumber: '1',
          start: '2026-01-01',
          end: '2026-06-30',
        }),
        allocation({ person: 'aaa', allocationNumber: '2', start: '2026-05-01', end: null }),
        // Touches bbb's participation on exactly one day, 2026-06-30.
        allocation({
          person: 'bbb',
          allocationNumber: '3',
          start: '2026-01-01',
          end: '2026-06-30',
        }),
        // Ends the day before ccc starts: adjacent, not overlapping.
        allocation({
          person: 'ccc',
          allocationNumber: '4',
          start: '2026-01-01',
          end: '2026-06-30',
        }),
      ],
      DAGBESTEDING,
    );
    expect(
      result.signals.map((s) => [s.person, s.allocationNumber, s.overlapStart, s.overlapEnd]),
    ).toEqual([
      ['aaa', '1', '2026-02-01', '2026-06-30'],
      ['aaa', '2', '2026-05-01', null],
      ['bbb', '3', '2026-06-30', '2026-06-30'],
    ]);
    expect(result.counts).toEqual({
      participants: 3,
      withoutConsent: 0,
      allocations: 4,
      allocationsInScope: 4,
      signals: 3,
    });
  });

  it('never matches participants without consent or records without a person, but counts them', () => {
    const result = matchSignals(
      [
        participant({ consent: false, person: null }),
        // Consent recorded but the person given as no consent: the consent decides.
        participant({ consent: false, person: 'aaa' }),
        participant({ consent: true, person: null }),
      ],
      [allocation({ person: 'aaa' }), allocation({ person: null })],
      DAGBESTEDING,
    );
    expect(result.signals).toEqual([]);
    expect(result.counts).toEqual({
      participants: 3,
      withoutConsent: 2,
      allocations: 2,
      allocationsInScope: 2,
      signals: 0,
    });
  });

  it('takes only allocations whose category or product code is in scope', () => {
    const allocations = [
      allocation({ allocationNumber: 'cat07', category: '07', product: null }),
      allocation({ allocationNumber: 'cat02', category: '02', product: '02A03' }),
      allocation({ allocationNumber: 'code', category: null, product: '07A12' }),
      allocation({ allocationNumber: 'none', category: null, product: null }),
    ];
    const numbers = (scope: MatchingScope) => {
      const result = matchSignals([participant()], allocations, scope);
      return [result.signals.map((s) => s.allocationNumber), result.counts.allocationsInScope];
    };
    expect(numbers(DAGBESTEDING)).toEqual([['cat07'], 1]);
    expect(numbers({ categories: ['07', '02'], productCodes: [] })).toEqual([
      ['cat02', 'cat07'],
      2,
    ]);
    expect(numbers({ categories: ['07'], productCodes: ['07A12'] })).toEqual([
      ['cat07', 'code'],
      2,
    ]);
    expect(numbers({ categories: [], productCodes: [] })).toEqual([[], 0]);
  });

  it('sorts by provision, person, allocation number and overlap start, byte by byte', () => {
    const result = matchSignals(
      [
        participant({ provision: 'b', person: 'p2', start: '2026-01-01' }),
        participant({ provision: 'b', person: 'p1', start: '2026-03-01', end: '2026-03-31' }),
        participant({ provision: 'b', person: 'p1', start: '2026-01-01', end: '2026-01-31' }),
        participant({ provision: 'B', person: 'p1' }),
        participant({ provision: 'a, b', person: 'p1' }),
      ],
      [
        allocation({ person: 'p1', allocationNumber: '20' }),
        allocation({ person: 'p1', allocationNumber: '100' }),
        allocation({ person: 'p2', allocationNumber: '1' }),
      ],
      DAGBESTEDING,
    );
    expect(
      result.signals.map((s) => [s.provision, s.person, s.allocationNumber, s.overlapStart]),
    ).toEqual([
      ['B', 'p1', '100', '2026-01-01'],
      ['B', 'p1', '20', '2026-01-01'],
      ['a, b', 'p1', '100', '2026-01-01'],
      ['a, b', 'p1', '20', '2026-01-01'],
      ['b', 'p1', '100', '2026-01-01'],
      ['b', 'p1', '100', '2026-03-01'],
      ['b', 'p1', '20', '2026-01-01'],
      ['b', 'p1', '20', '2026-03-01'],
      ['b', 'p2', '1', '2026-01-01'],
    ]);
  });

  it('reports an allocation that is in two files once', () => {
    const result = matchSignals([participant()], [allocation(), allocation()], DAGBESTEDING);
    expect(result.signals).toHaveLength(1);
    expect(result.counts.allocations).toBe(2);
  });

  it('agrees with the overlap rule of domain/periods.ts on random data', () => {
    const day = fc
      .integer({ min: 0, max: 120 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const period = fc
      .tuple(day, fc.option(day, { nil: null }))
      .map(([a, b]) =>
        b === null ? { start: a, end: null } : a <= b ? { start: a, end: b } : { start: b, end: a },
      );
    const person = fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null, freq: 6 });
    const participants = fc.array(
      fc
        .record({
          provision: fc.constantFrom('Inloop', 'Dagactiviteit'),
          consent: fc.boolean(),
          person,
          period,
        })
        .map(({ period: p, ...rest }) => ({ ...rest, ...p })),
      { maxLength: 12 },
    );
    const allocations = fc.array(
      fc
        .record({
          person,
          providerAgb: fc.constantFrom('42420001', '42420002'),
          allocationNumber: fc.constantFrom('1', '2', '3', '10'),
          category: fc.constantFrom('07', '02', null),
          product: fc.constantFrom('07A12', '02A03', null),
          period,
        })
        .map(({ period: p, ...rest }) => ({ ...rest, ...p })),
      { maxLength: 12 },
    );

    fc.assert(
      fc.property(participants, allocations, (ps, as) => {
        const scope = { categories: ['07'], productCodes: ['02A03'] };
        const expected = new Map<string, Signal>();
        for (const p of ps) {
          for (const a of as) {
            const inScope =
              (a.category !== null && scope.categories.includes(a.category)) ||
              (a.product !== null && scope.productCodes.includes(a.product));
            const shared = overlap(p, a);
            if (!p.consent || p.person === null || p.person !== a.person || !inScope || !shared)
              continue;
            const signal: Signal = {
              provision: p.provision,
              person: p.person,
              allocationNumber: a.allocationNumber,
              providerAgb: a.providerAgb,
              category: a.category,
              product: a.product,
              overlapStart: shared.start,
              overlapEnd: shared.end,
            };
            expected.set(JSON.stringify(signal), signal);
          }
        }
        const { signals } = matchSignals(ps, as, scope);
        const key = (s: Signal) => JSON.stringify(s);
        expect(signals.map(key).sort()).toEqual([...expected.keys()].sort());
        // And in the promised order.
        const order = (s: Signal) => [s.provision, s.person, s.allocationNumber, s.overlapStart];
        const sorted = [...signals].sort((x, y) => {
          const [a, b] = [order(x), order(y)];
          for (let i = 0; i < a.length; i += 1)
            if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
          return 0;
        });
        expect(signals.map(order)).toEqual(sorted.map(order));
      }),
      { numRuns: 60 },
    );
  });

  it('matches tens of thousands of records, each person with only their own allocations', () => {
    const participants = Array.from({ length: 20_000 }, (_, i) =>
      participant({
        person: `person-${i}`,
        provision: `Voorziening ${i % 40}`,
        start: '2026-01-01',
        end: i % 2 ? null : '2026-12-31',
      }),
    );
    const allocations = Array.from({ length: 30_000 }, (_, i) =>
      allocation({
        person: `person-${i * 2}`,
        allocationNumber: String(i),
        category: i % 3 === 0 ? '07' : '02',
        start: '2026-06-01',
      }),
    );
    const result = matchSignals(participants, allocations, DAGBESTEDING);
    // Persons person-0, -6, -12, … up to person-19998 have a participation and a 07 allocation.
    expect(result.counts).toEqual({
      participants: 20_000,
      withoutConsent: 0,
      allocations: 30_000,
      allocationsInScope: 10_000,
      signals: 3334,
    });
    expect(result.signals[0]).toMatchObject({ person: 'person-0', allocationNumber: '0' });
    expect(
      result.signals.every((s) => s.person === `person-${Number(s.allocationNumber) * 2}`),
    ).toBe(true);
  });
});

describe('the order of signals', () => {
  it('compares code points, as UTF-8 bytes do: beyond U+FFFF after U+E000, capitals first', () => {
    const names = ['\u{1F600}', '\uE000', 'a', 'B', 'é', 'e'];
    expect([...names].sort(compareCodePoints)).toEqual(['B', 'a', 'e', 'é', '\uE000', '\u{1F600}']);
    // UTF-16 units would put the emoji (D83D DE00) before U+E000.
    expect([...names].sort()).toEqual(['B', 'a', 'e', 'é', '\u{1F600}', '\uE000']);
    expect(compareCodePoints('ab', 'a')).toBeGreaterThan(0);
    expect(compareCodePoints('a', 'ab')).toBeLessThan(0);
    expect(compareCodePoints('', '')).toBe(0);
  });

  it('puts an open overlap after a closed one of the same start, and no category before one', () => {
    const base: Signal = {
      provision: 'Inloop',
      person: 'p1',
      allocationNumber: '1',
      providerAgb: '42420001',
      category: '07',
      product: null,
      overlapStart: '2026-01-01',
      overlapEnd: null,
    };
    const closed = { ...base, overlapEnd: '2026-01-31' };
    const withoutCategory = { ...base, category: null };
    expect([base, closed].sort(compareSignals)).toEqual([closed, base]);
    expect([base, withoutCategory].sort(compareSignals)).toEqual([withoutCategory, base]);
  });
});
