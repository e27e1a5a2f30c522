/**
 * Demo Wmo allocations, so that the double-financing check shows something on a fresh demo:
 * one imported CSV export with allocations of begeleiding groep (category 07) for three demo
 * participants who consented to matching, and allocations that do not count (another
 * category, one that ended before the participation, people who are no participant). The
 * Wmo analyst's first run then finds three signals, one of which is already in progress.
 * Stored as the import stores them: pseudonyms only, marked current, counted in the tally.
 */
import { eq } from 'drizzle-orm';
import { addDays } from '../../domain/participants/attendance.ts';
import { toAmsterdamLocal } from '../../domain/dates.ts';
import type { Actor } from '../platform/access.ts';
import type { Database } from '../platform/db/database.ts';
import {
  doubleFinancingSignals,
  users,
  wmoAllocations,
  wmoImports,
} from '../platform/db/schema.ts';
import { pseudonymiseBsn } from '../platform/pseudonym.ts';
import { runMatching } from '../features/double-financing/matching.service.ts';
import { changeStatus } from '../features/double-financing/signals.service.ts';
import { supersedeOlderVersions } from '../features/double-financing/wmo-imports.repository.ts';

interface DemoAllocation {
  /** The n-th demo BSN (demoBsn); 1–n are the participants with consent for matching. */
  person: number;
  providerAgb: string;
  allocationNumber: string;
  category: string;
  productCode: string;
  /** Days from today. */
  start: number;
  end: number | null;
}

const ALLOCATIONS: readonly DemoAllocation[] = [
  // Begeleiding groep while taking part: three signals.
  {
    person: 1,
    providerAgb: '42420001',
    allocationNumber: 'TW-2026-0001',
    category: '07',
    productCode: '07A01',
    start: -200,
    end: null,
  },
  {
    person: 2,
    providerAgb: '42420001',
    allocationNumber: 'TW-2025-0417',
    category: '07',
    productCode: '07A01',
    start: -400,
    end: -30,
  },
  {
    person: 4,
    providerAgb: '42420002',
    allocationNumber: 'TW-2026-0112',
    category: '07',
    productCode: '07A05',
    start: -60,
    end: 120,
  },
  // Not counted: another category, an allocation that ended before the participation, and
  // people who take part in no general provision.
  {
    person: 3,
    providerAgb: '42420001',
    allocationNumber: 'TW-2026-0020',
    category: '02',
    productCode: '02A04',
    start: -300,
    end: null,
  },
  {
    person: 5,
    providerAgb: '42420002',
    allocationNumber: 'TW-2024-0990',
    category: '07',
    productCode: '07A01',
    start: -700,
    end: -200,
  },
  {
    person: 900,
    providerAgb: '42420002',
    allocationNumber: 'TW-2026-0201',
    category: '07',
    productCode: '07A01',
    start: -90,
    end: null,
  },
  {
    person: 901,
    providerAgb: '42420003',
    allocationNumber: 'TW-2026-0202',
    category: '07',
    productCode: '07A05',
    start: -45,
    end: 300,
  },
];

export async function loadDemoAllocations(
  db: Database,
  now: Date,
  pseudonymKey: string,
  demoBsn: (n: number) => string,
): Promise<void> {
  const [analyst] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, 'wmo_analyst@demo.example'));
  if (!analyst) return;
  const today = toAmsterdamLocal(now).slice(0, 10);
  await db.transaction(async (tx) => {
    const [file] = await tx
      .insert(wmoImports)
      .values({
        format: 'csv',
        fileName: 'demo-toewijzingen.csv',
        sha256: 'demo',
        sizeBytes: 0,
        status: 'imported',
        recordsRead: ALLOCATIONS.length,
        recordsImported: ALLOCATIONS.length,
        createdBy: analyst.id,
        createdAt: now,
        finishedAt: now,
      })
      .returning({ id: wmoImports.id });
    await tx.insert(wmoAllocations).values(
      ALLOCATIONS.map((a) => ({
        importId: file!.id,
        personPseudonym: pseudonymiseBsn(demoBsn(a.person), pseudonymKey),
        providerAgb: a.providerAgb,
        allocationNumber: a.allocationNumber,
        category: a.category,
        productCode: a.productCode,
        startDate: addDays(today, a.start),
        endDate: a.end === null ? null : addDays(today, a.end),
      })),
    );
    await supersedeOlderVersions(tx, file!.id);
  });

  const actor: Actor = {
    kind: 'user',
    userId: analyst.id,
    email: analyst.email,
    roles: ['wmo_analyst'],
    organisationIds: [],
    provisionIds: [],
  };
  await runMatching(db, actor, now);
  const [ending] = await db
    .select({ id: doubleFinancingSignals.id })
    .from(doubleFinancingSignals)
    .where(eq(doubleFinancingSignals.allocationNumber, 'TW-2025-0417'));
  if (ending) {
    await changeStatus(
      db,
      actor,
      ending.id,
      {
        status: 'in_progress',
        note: 'Aanbieder gebeld: de toewijzing loopt af, de deelnemer blijft in de huiskamer.',
      },
      now,
    );
  }
}
