/**
 * Which version of a Wmo allocation counts (iWmo rule IV013; docs/rules/iwmo-wmo301.md).
 * A municipality sends an allocation again whenever it changes it: every version carries
 * the same provider AGB code and ToewijzingNummer, and the moment the municipality fixed it
 * (Toewijzingsdatum + Toewijzingstijd). Only the version with the latest moment is current,
 * whatever the order in which files arrive. When the current version has RedenWijziging 13
 * (verwijderd) the allocation is treated as never sent.
 */

/** RedenWijziging 13: the allocation was removed and counts as never sent. */
export const REMOVED = '13';

const TIME = /^([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]+))?$/;

/**
 * The moment of a version as `YYYY-MM-DDThh:mm:ss[.fff…]`, a text that sorts as the moments
 * do: the fraction of a second without trailing zeros (so 10:15:00.50 and 10:15:00.5 are the
 * same moment), at most six digits (what the database keeps). Null for a time that is not
 * an xs:time without time zone. The day is checked by the caller.
 */
export function parseVersionMoment(day: string, time: string): string | null {
  const match = TIME.exec(time);
  if (!match) return null;
  const fraction = (match[4] ?? '').slice(0, 6).replace(/0+$/, '');
  return `${day}T${match[1]}:${match[2]}:${match[3]}${fraction === '' ? '' : `.${fraction}`}`;
}

export interface AllocationVersion {
  providerAgb: string;
  allocationNumber: string;
  /** The version's moment (parseVersionMoment); null when the source has no versions (CSV). */
  assignedAt: string | null;
  changeReason: string | null;
}

export interface CurrentVersions<T> {
  /** The versions that count, in the order they were given. */
  current: T[];
  /** The latest version of each versioned allocation, removals included. */
  latest: Set<T>;
  /** Versions that a later version of the same allocation replaced. */
  superseded: number;
  /** Allocations whose current version is RedenWijziging 13, so that none of it counts. */
  removed: number;
  /** Two versions of one allocation with the same moment but different contents. */
  conflicts: [T, T][];
}

/**
 * Keeps, per allocation (provider AGB and ToewijzingNummer), only its latest version, and
 * drops allocations whose latest version is a removal. Records without a moment (CSV rows)
 * are each current. `sameContent` tells whether two versions with the same moment say the
 * same (then either is current); two that differ are a conflict for the caller to refuse,
 * since no order can say which one counts.
 */
export function currentVersions<T extends AllocationVersion>(
  records: readonly T[],
  sameContent: (a: T, b: T) => boolean,
): CurrentVersions<T> {
  const latest = new Map<string, { record: T; index: number }>();
  const conflicts: [T, T][] = [];
  let versioned = 0;
  records.forEach((record, index) => {
    if (record.assignedAt === null) return;
    versioned += 1;
    const key = `${record.providerAgb}\u0000${record.allocationNumber}`;
    const known = latest.get(key);
    if (known === undefined || record.assignedAt > (known.record.assignedAt as string)) {
      latest.set(key, { record, index });
    } else if (
      record.assignedAt === known.record.assignedAt &&
      !sameContent(known.record, record)
    ) {
      conflicts.push([known.record, record]);
    }
  });
  const keep = new Set<number>();
  let removed = 0;
  for (const { record, index } of latest.values()) {
    if (record.changeReason === REMOVED) removed += 1;
    else keep.add(index);
  }
  return {
    current: records.filter((record, index) => record.assignedAt === null || keep.has(index)),
    latest: new Set([...latest.values()].map(({ record }) => record)),
    superseded: versioned - latest.size,
    removed,
    conflicts,
  };
}
