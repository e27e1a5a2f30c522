/**
 * The data of bench/double-financing, the same in JavaScript (import files) and in the
 * benchmark's SQL (bulk load): persons with valid BSNs, two allocations each, 5 % of them
 * begeleiding groep. The WMO301 messages are written as a back office writes them; a test
 * holds a sample of them against the official schema and validation stylesheet.
 */
import { writeWmo301 } from '../src/server/features/double-financing/imports/wmo301-writer.ts';

export const CATEGORIES = ['02', '03', '04', '06', '08', '10'];

/** Valid BSNs (11-proef) in a fixed order: person n has BSN number n. */
export function validBsns(count: number): string[] {
  const result: string[] = [];
  for (let prefix = 10_000_000; result.length < count; prefix++) {
    const digits = String(prefix);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    const check = sum % 11;
    if (check < 10) result.push(`${digits}${check}`);
  }
  return result;
}

/** Allocation k of `persons` persons with `providers` providers. */
export function allocationData(persons: number, providers: number) {
  /** The person of allocation k: pairs of allocations, spread over all persons. */
  const personOf = (k: number) => Number((BigInt(Math.floor(k / 2)) * 7919n) % BigInt(persons));
  /** 5 % of the allocations are begeleiding groep (category 07). */
  const categoryOf = (k: number) =>
    k % 2 === 1 && Math.floor(k / 2) % 10 === 0 ? '07' : CATEGORIES[k % 6]!;
  const productOf = (k: number) => `${categoryOf(k)}A${String(k % 50).padStart(2, '0')}`;
  const providerOf = (k: number) => `42${String(Math.floor(k / 2) % providers).padStart(6, '0')}`;
  const DAY_MS = 86_400_000;
  const ALLOCATION_BASE = Date.UTC(2022, 5, 1);
  const dayText = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  function periodOf(k: number): { start: string; end: string | null } {
    const start = ALLOCATION_BASE + ((k * 53) % 1200) * DAY_MS;
    const end = k % 4 === 0 ? null : start + (90 + ((k * 17) % 700)) * DAY_MS;
    return { start: dayText(start), end: end === null ? null : dayText(end) };
  }

  /** Message m: the allocations 2m and 2m+1 of one client, as a back office writes them. */
  function wmo301Message(m: number, bsn: string): string {
    return writeWmo301(
      {
        identification: `BENCH${m}`,
        dated: '2022-05-01',
        providerAgb: providerOf(2 * m),
        client: { bsn, birthDate: '1950-01-01', gender: '2', surname: 'Bench', initials: 'B' },
        allocations: [2 * m, 2 * m + 1].map((k) => ({
          number: k,
          category: categoryOf(k),
          productCode: productOf(k),
          assignedOn: '2022-05-01',
          assignedAt: '09:00:00',
          ...periodOf(k),
        })),
      },
      { indent: false },
    );
  }

  return { personOf, categoryOf, productOf, providerOf, periodOf, wmo301Message };
}
