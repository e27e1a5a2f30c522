import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentVersions,
  parseVersionMoment,
  type AllocationVersion,
} from './allocation-versions.ts';

type Version = AllocationVersion & { end: string };
const v = (
  number: string,
  assignedAt: string | null,
  changeReason: string | null = null,
  end = '2026-12-31',
): Version => ({
  providerAgb: '42420001',
  allocationNumber: number,
  assignedAt,
  changeReason,
  end,
});
const same = (a: Version, b: Version) => a.end === b.end && a.changeReason === b.changeReason;

describe('the moment of a version', () => {
  it('joins Toewijzingsdatum and Toewijzingstijd into a text that sorts as the moments do', () => {
    expect(parseVersionMoment('2026-01-05', '09:00:00')).toBe('2026-01-05T09:00:00');
    expect(parseVersionMoment('2026-01-05', '09:00:00.50')).toBe('2026-01-05T09:00:00.5');
    expect(parseVersionMoment('2026-01-05', '09:00:00.000')).toBe('2026-01-05T09:00:00');
    expect(parseVersionMoment('2026-01-05', '09:00:00.1234567')).toBe('2026-01-05T09:00:00.123456');
    expect('2026-01-05T09:00:00' < '2026-01-05T09:00:00.5').toBe(true);
    expect('2026-01-05T09:00:00.25' < '2026-01-05T09:00:00.5').toBe(true);
  });

  it('refuses a time with a zone or out of range', () => {
    for (const time of ['09:00:00Z', '09:00:00+01:00', '24:00:00', '9:00:00', '09:60:00', '']) {
      expect({ time, moment: parseVersionMoment('2026-01-05', time) }).toEqual({
        time,
        moment: null,
      });
    }
  });
});

describe('which version counts (IV013)', () => {
  it('keeps the latest version of each allocation and drops one whose latest is a removal', () => {
    const result = currentVersions(
      [
        v('1', '2026-01-05T09:00:00'),
        v('1', '2026-02-01T08:00:00', '05', '2026-03-31'),
        v('2', '2026-01-05T09:00:00'),
        v('2', '2026-01-06T09:00:00', '13', '2026-01-01'),
        v('3', null),
        v('3', null, null, '2026-06-30'),
      ],
      same,
    );
    expect(result.current).toEqual([
      v('1', '2026-02-01T08:00:00', '05', '2026-03-31'),
      v('3', null),
      v('3', null, null, '2026-06-30'),
    ]);
    expect(result.superseded).toBe(2);
    expect(result.removed).toBe(1);
    expect(result.conflicts).toEqual([]);
  });

  it('takes identical versions at one moment as one, and reports different ones as a conflict', () => {
    const a = v('1', '2026-01-05T09:00:00');
    expect(currentVersions([a, { ...a }], same).conflicts).toEqual([]);
    const b = v('1', '2026-01-05T09:00:00', null, '2026-06-30');
    expect(currentVersions([a, b], same).conflicts).toEqual([[a, b]]);
  });

  it('gives the same current versions whatever the order (property)', () => {
    const version = fc.record({
      providerAgb: fc.constantFrom('42420001', '42420002'),
      allocationNumber: fc.constantFrom('1', '2', '3'),
      assignedAt: fc
        .integer({ min: 0, max: 50 })
        .map((n) => `2026-01-01T10:${String(n).padStart(2, '0')}:00`),
      changeReason: fc.constantFrom(null, '05', '13'),
      end: fc.constant('2026-12-31'),
    });
    const versionsAndShuffle = fc
      .uniqueArray(version, {
        selector: (x) => `${x.providerAgb}${x.allocationNumber}${x.assignedAt}`,
      })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      );
    fc.assert(
      fc.property(versionsAndShuffle, ([versions, shuffled]) => {
        const key = (x: Version) => `${x.providerAgb}/${x.allocationNumber}/${x.assignedAt}`;
        const current = (list: Version[]) => currentVersions(list, same).current.map(key).sort();
        expect(current(shuffled)).toEqual(current(versions));
        // Never more than one current version per allocation, and never a removal.
        const kept = currentVersions(versions, same).current;
        expect(new Set(kept.map((x) => `${x.providerAgb}/${x.allocationNumber}`)).size).toBe(
          kept.length,
        );
        expect(kept.every((x) => x.changeReason !== '13')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
