/**
 * Demo Wmo allocations, so that the double-financing check shows something on a fresh demo:
 * one zip of iWmo 3.2 WMO301 messages, written as a municipality's back office sends them
 * and imported as the Wmo analyst imports them (pseudonyms only). It holds allocations of
 * begeleiding groep (category 07) for three demo participants who consented to matching,
 * allocations that do not count (another category, one that ended before the
 * participation, people who are no participant), a second version of an allocation that
 * shortens it, and an allocation that was removed (RedenWijziging 13). The Wmo analyst's
 * first run then finds three signals, one of which is already in progress.
 */
import { eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { addDays, amsterdamDay } from '../../domain/dates.ts';
import type { Actor } from '../platform/access.ts';
import type { Database } from '../platform/db/database.ts';
import { doubleFinancingSignals, users } from '../platform/db/schema.ts';
import { systemContext } from '../platform/use-case.ts';
import { runMatching } from '../features/double-financing/matching/matching.service.ts';
import { changeStatus } from '../features/double-financing/signals/signals.service.ts';
import { importAllocationsNow } from '../features/double-financing/imports/wmo-imports.service.ts';
import {
  writeWmo301,
  type Wmo301Allocation,
} from '../features/double-financing/imports/wmo301-writer.ts';

interface DemoMessage {
  /** The n-th demo BSN (demoBsn); 1–n are the participants with consent for matching. */
  person: number;
  providerAgb: string;
  /** Days from today on which the municipality sent it. */
  sent: number;
  allocations: (Omit<Wmo301Allocation, 'assignedOn' | 'start' | 'end'> & {
    start: number;
    end: number | null;
  })[];
}

/** The allocation in progress in the demo: its second version ends it a month ago. */
const ENDING_ALLOCATION = '20250417';

const MESSAGES: readonly DemoMessage[] = [
  // Begeleiding groep while taking part: three signals.
  {
    person: 1,
    providerAgb: '42420001',
    sent: -200,
    allocations: [
      { number: '20260001', category: '07', productCode: '07A01', start: -200, end: null },
    ],
  },
  {
    person: 2,
    providerAgb: '42420001',
    sent: -400,
    allocations: [
      { number: ENDING_ALLOCATION, category: '07', productCode: '07A01', start: -400, end: 365 },
    ],
  },
  {
    // The second version: the allocation ends earlier (herbeoordeling: verkorting).
    person: 2,
    providerAgb: '42420001',
    sent: -35,
    allocations: [
      {
        number: ENDING_ALLOCATION,
        category: '07',
        productCode: '07A01',
        start: -400,
        end: -30,
        changeReason: '05',
      },
    ],
  },
  {
    person: 4,
    providerAgb: '42420002',
    sent: -60,
    allocations: [
      { number: '20260112', category: '07', productCode: '07A05', start: -60, end: 120 },
    ],
  },
  // Not counted: another category, an allocation that ended before the participation, an
  // allocation that was removed, and people who take part in no general provision.
  {
    person: 3,
    providerAgb: '42420001',
    sent: -300,
    allocations: [
      { number: '20260020', category: '02', productCode: '02A04', start: -300, end: null },
    ],
  },
  {
    person: 3,
    providerAgb: '42420001',
    sent: -100,
    allocations: [
      { number: '20260021', category: '07', productCode: '07A01', start: -90, end: null },
    ],
  },
  {
    // Sent by mistake and removed: treated as never sent (rule IV013).
    person: 3,
    providerAgb: '42420001',
    sent: -98,
    allocations: [
      {
        number: '20260021',
        category: '07',
        productCode: '07A01',
        start: -90,
        end: -90,
        changeReason: '13',
      },
    ],
  },
  {
    person: 5,
    providerAgb: '42420002',
    sent: -700,
    allocations: [
      { number: '20240990', category: '07', productCode: '07A01', start: -700, end: -200 },
    ],
  },
  {
    person: 900,
    providerAgb: '42420002',
    sent: -90,
    allocations: [
      { number: '20260201', category: '07', productCode: '07A01', start: -90, end: null },
    ],
  },
  {
    person: 901,
    providerAgb: '42420003',
    sent: -45,
    allocations: [
      { number: '20260202', category: '07', productCode: '07A05', start: -45, end: 300 },
    ],
  },
];

/** The messages of the demo as one zip, the way a batch from the back office arrives. */
export function demoAllocationsZip(today: string, demoBsn: (n: number) => string): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  MESSAGES.forEach((message, k) => {
    const sent = addDays(today, message.sent);
    const identification = `DEMO${String(k + 1).padStart(4, '0')}`;
    files[`toewijzing-${identification}.xml`] = strToU8(
      writeWmo301({
        identification,
        dated: sent,
        providerAgb: message.providerAgb,
        client: {
          bsn: demoBsn(message.person),
          birthDate: `19${40 + (message.person % 50)}-0${1 + (message.person % 9)}-15`,
          surname: 'Demo',
          initials: 'D',
        },
        allocations: message.allocations.map((a) => ({
          ...a,
          assignedOn: sent,
          assignedAt: '10:00:00',
          start: addDays(today, a.start),
          end: a.end === null ? null : addDays(today, a.end),
        })),
      }),
    );
  });
  return zipSync(files);
}

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
  const today = amsterdamDay(now);
  const actor: Actor = {
    kind: 'user',
    userId: analyst.id,
    email: analyst.email,
    roles: ['wmo_analyst'],
    organisationIds: [],
    provisionIds: [],
  };
  // The demo's analyst does what the analyst would do, so the audit log names her.
  const context = { ...systemContext(db, now), actor };
  const imported = await importAllocationsNow(context, {
    fileName: 'toewijzingen-gemeente-maastricht.zip',
    bytes: demoAllocationsZip(today, demoBsn),
    pseudonymKey,
  });
  if (imported.status !== 'imported') {
    throw new Error(`The demo allocations were not imported: ${JSON.stringify(imported.refused)}`);
  }
  await runMatching(context);
  const [ending] = await db
    .select({ id: doubleFinancingSignals.id })
    .from(doubleFinancingSignals)
    .where(eq(doubleFinancingSignals.allocationNumber, ENDING_ALLOCATION));
  if (ending) {
    await changeStatus(context, {
      signalId: ending.id,
      status: 'in_progress',
      note: 'Aanbieder gebeld: de toewijzing loopt af, de deelnemer blijft in de huiskamer.',
    });
  }
}
