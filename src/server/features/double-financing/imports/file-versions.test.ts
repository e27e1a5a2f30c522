/**
 * A file stored batch by batch gets the versions rule IV013 gives the whole file: the same
 * latest version of every allocation, the same number of versions set aside, and the same
 * conflict, wherever the batches begin and end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentVersions } from '../../../../domain/double-financing/allocation-versions.ts';
import { versionsOfBatch, type PlacedRecord } from './file-versions.ts';
import { sameAllocationContent, versionConflict } from './records.ts';

const key = (record: PlacedRecord) => `${record.providerAgb}/${record.allocationNumber}`;

function record(
  line: number,
  number: string,
  moment: string | null,
  end: string | null,
  file = 'batch.zip:a.xml',
): PlacedRecord {
  return {
    person: 'p',
    providerAgb: '42420001',
    allocationNumber: number,
    category: '07',
    product: null,
    start: '2026-01-01',
    end,
    assignedAt: moment,
    changeReason: null,
    line,
    file,
  };
}

/** Folds the batches as the import does: the stored latest version per allocation goes in. */
function fold(batches: PlacedRecord[][]) {
  const stored = new Map<string, PlacedRecord>();
  let setAside = 0;
  for (const batch of batches) {
    const earlier = [...new Set(batch.map(key))].flatMap((k) => stored.get(k) ?? []);
    const versions = versionsOfBatch(earlier, batch);
    if (versions.conflict) return { conflict: versions.conflict.message };
    setAside += versions.setAside;
    for (const version of versions.superseded) stored.delete(key(version));
    batch.forEach((r, k) => {
      if (versions.latest[k]) stored.set(key(r), r);
    });
  }
  return { latest: new Set(stored.values()), setAside };
}

function whole(records: PlacedRecord[]) {
  if (records.every((r) => r.assignedAt === null)) {
    const last = new Map(records.map((r) => [key(r), r]));
    return { latest: new Set(last.values()), setAside: records.length - last.size };
  }
  const versions = currentVersions(records, sameAllocationContent);
  const [conflict] = versions.conflicts;
  if (conflict) return { conflict: versionConflict(...conflict).message };
  return { latest: versions.latest, setAside: versions.superseded };
}

/** The records cut into batches at the given places. */
function cut(records: PlacedRecord[], places: number[]): PlacedRecord[][] {
  const ends = [...new Set(places.map((p) => p % (records.length + 1)))].sort((a, b) => a - b);
  const batches: PlacedRecord[][] = [];
  let from = 0;
  for (const end of [...ends, records.length]) {
    if (end > from) batches.push(records.slice(from, end));
    from = Math.max(from, end);
  }
  return batches;
}

describe('versions of a file stored batch by batch', () => {
  it('keeps the later CSV line of an allocation in a later batch, and sets one version aside', () => {
    const first = record(2, '7', null, '2026-06-30', 'export.csv');
    const other = record(3, '8', null, null, 'export.csv');
    const later = record(2500, '7', null, '2026-12-31', 'export.csv');
    expect(fold([[first, other], [later]])).toEqual({
      latest: new Set([other, later]),
      setAside: 1,
    });
  });

  it('names both places of two versions with the same moment in different batches', () => {
    const first = record(12, '7', '2026-02-01T10:00:00', '2026-06-30', 'b.zip:m0001.xml');
    const older = record(12, '7', '2026-02-01T09:00:00', null, 'b.zip:m1400.xml');
    const contradicting = record(12, '7', '2026-02-01T10:00:00', null, 'b.zip:m1401.xml');
    expect(fold([[first], [older, contradicting]])).toEqual({
      conflict:
        'b.zip:m1401.xml, line 12, field "Toewijzingstijd": ToewijzingNummer 7 of AGB 42420001 has another version with the same Toewijzingsdatum and Toewijzingstijd (2026-02-01T10:00:00) but different contents in b.zip:m0001.xml, line 12; rule IV013 cannot tell which one is current',
    });
  });

  it('agrees with rule IV013 on the whole file, wherever the batches are cut (property)', () => {
    const versioned = fc.boolean();
    const item = fc.record({
      number: fc.constantFrom('1', '2', '3'),
      minute: fc.integer({ min: 0, max: 3 }),
      end: fc.constantFrom(null, '2026-06-30', '2026-12-31'),
    });
    fc.assert(
      fc.property(
        versioned,
        fc.array(item, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (withVersions, items, places) => {
          const records = items.map((it, line) =>
            record(
              line + 1,
              it.number,
              withVersions ? `2026-02-01T10:0${it.minute}:00` : null,
              it.end,
            ),
          );
          expect(fold(cut(records, places))).toEqual(whole(records));
        },
      ),
      { numRuns: 500 },
    );
  });
});
