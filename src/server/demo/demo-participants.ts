/**
 * Demo participants, so that the participant pages, reports and the double-financing check
 * show something on a fresh demo: three provisions with participants (one with only three,
 * which the municipality's report shows as "<5"), sixteen weeks of attendance, positive-health
 * measurements at the start and now, two outflows and a pending referral; then Wmo
 * allocations and a first matching run (demo-allocations.ts). All names are
 * made up; BSNs exist only as pseudonyms, of numbers generated to pass the 11-proef.
 * Not part of the test database: tests build the data they assert on themselves.
 */
import { eq, inArray } from 'drizzle-orm';
import { isValidBsn } from '../../domain/bsn.ts';
import { addDays, amsterdamDay } from '../../domain/dates.ts';
import { DAY_PARTS, type OpeningDayParts } from '../../domain/day-parts.ts';
import { daysOfWeek, isOpen, mondayOf } from '../../domain/participants/attendance.ts';
import { HEALTH_DIMENSIONS } from '../../domain/participants/positive-health.ts';
import type { ClientRoute, ConsentScope } from '../../domain/participants/registration.ts';
import { SYSTEM_ACTOR } from '../platform/access.ts';
import { changeWithAudit } from '../platform/audit.ts';
import type { Database, Queryable } from '../platform/db/database.ts';
import {
  anonymousAttendance,
  attendance,
  measurements,
  participantConsents,
  participantOutflows,
  participants,
  provisions,
  referrals,
  users,
} from '../platform/db/schema.ts';
import { pseudonymiseBsn } from '../platform/pseudonym.ts';
import { notifyReferral } from '../features/notifications/notifications.service.ts';
import { loadDemoAllocations } from './demo-allocations.ts';

/** A small deterministic generator: the demo is the same on every machine. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th nine-digit number from a seed that passes the 11-proef. */
export function demoBsn(n: number): string {
  for (let candidate = 100000000 + n * 7919; ; candidate += 1) {
    const text = String(candidate);
    if (isValidBsn(text)) return text;
  }
}

interface DemoProvision {
  name: string;
  people: string[];
  routes: ClientRoute[];
  /** How likely a participant comes on an open day part. */
  presence: number;
  anonymousPerDayPart: number;
}

const DEMO = [
  {
    name: 'Huiskamer De Lindeboom',
    people: [
      'Anna J.',
      'Bert L.',
      'Carla M.',
      'Dirk S.',
      'Els V.',
      'Frans H.',
      'Gerda P.',
      'Hans K.',
      'Ilse D.',
      'Jan W.',
      'Karin B.',
      'Leo R.',
      'Mia T.',
      'Nico G.',
    ],
    routes: ['self', 'social_team', 'self', 'social_services', 'other_organisation'],
    presence: 0.6,
    anonymousPerDayPart: 3,
  },
  {
    name: 'Dagactiviteit Het Jekerpad',
    people: [
      'Olga F.',
      'Piet C.',
      'Quinten A.',
      'Rosa N.',
      'Sjef M.',
      'Truus E.',
      'Umar Y.',
      'Vera O.',
      'Wim Z.',
    ],
    routes: ['social_team', 'social_services', 'self'],
    presence: 0.75,
    anonymousPerDayPart: 0,
  },
  {
    name: 'Klusteam Maas en Mergel',
    people: ['Xandra I.', 'Yvonne U.', 'Zeger Q.'],
    routes: ['self'],
    presence: 0.5,
    anonymousPerDayPart: 1,
  },
] as const satisfies readonly DemoProvision[];

const WEEKS = 16;

/**
 * Het Trefpunt's participants of last year, all gone by its end: its accountability report
 * on last year's grant (demo-year.ts) pulls its reach from them. Nine people, so the
 * municipality sees the counts (and the change in positive health) instead of "<5".
 */
const LAST_YEAR_TREFPUNT = {
  name: 'Huiskamer Het Trefpunt',
  people: [
    'Ans B.',
    'Bep C.',
    'Cor D.',
    'Door E.',
    'Ed F.',
    'Fien G.',
    'Ger H.',
    'Hetty I.',
    'Jo K.',
  ],
  routes: ['self', 'social_team', 'self', 'other_organisation', 'social_team'],
  outflow: ['stopped', 'volunteer_work', 'other_provision', 'stopped', 'moved'],
  presence: 0.35,
} as const;

export async function loadDemoParticipants(
  db: Database,
  now: Date,
  pseudonymKey: string | null,
): Promise<void> {
  const random = generator(935);
  const today = amsterdamDay(now);
  const firstMonday = addDays(mondayOf(today), -7 * WEEKS);
  const [coordinator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@demo.example'));
  const [socialWorker] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'social_worker@demo.example'));
  const provisionRows = await db
    .select({
      id: provisions.id,
      name: provisions.name,
      openingDayParts: provisions.openingDayParts,
      neighbourhoodCode: provisions.neighbourhoodCode,
    })
    .from(provisions)
    .where(
      inArray(
        provisions.name,
        DEMO.map((d) => d.name),
      ),
    );

  await changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
    let registered = 0;
    let bsnNumber = 0;
    for (const demo of DEMO) {
      const provision = provisionRows.find((p) => p.name === demo.name);
      if (!provision) continue;
      const opening = provision.openingDayParts as OpeningDayParts;
      for (const [index, displayName] of demo.people.entries()) {
        // Most started at the beginning of the period, a few joined later.
        const startDate = addDays(firstMonday, index % 4 === 3 ? 7 * (4 + index) : 0);
        const scopes: ConsentScope[] =
          index % 3 === 2 ? ['registration'] : ['registration', 'measurements', 'matching'];
        const leaves =
          demo.name === 'Huiskamer De Lindeboom' && (index === 4 || index === 9)
            ? { kind: index === 4 ? 'volunteer_work' : 'maatwerk', onDate: addDays(today, -20) }
            : null;
        const [row] = await tx
          .insert(participants)
          .values({
            provisionId: provision.id,
            displayName,
            birthYear: 1940 + Math.floor(random() * 45),
            neighbourhoodCode: provision.neighbourhoodCode,
            startDate,
            endDate: leaves?.onDate ?? null,
            clientRoute: demo.routes[index % demo.routes.length]!,
            referringOrganisation:
              demo.routes[index % demo.routes.length] === 'other_organisation'
                ? 'Huisartsenpraktijk Mariaberg'
                : null,
            bsnPseudonym:
              scopes.includes('matching') && pseudonymKey
                ? pseudonymiseBsn(demoBsn((bsnNumber += 1)), pseudonymKey)
                : null,
          })
          .returning({ id: participants.id });
        const participantId = row!.id;
        registered += 1;
        await tx.insert(participantConsents).values(
          scopes.map((scope) => ({
            participantId,
            scope,
            givenOn: startDate,
            method: 'written',
            recordedBy: coordinator?.id ?? null,
          })),
        );
        const cells: {
          participantId: string;
          provisionId: string;
          day: string;
          dayPart: string;
        }[] = [];
        for (let week = 0; week < WEEKS; week += 1) {
          for (const day of daysOfWeek(addDays(firstMonday, 7 * week))) {
            if (day < startDate || day >= today || (leaves && day > leaves.onDate)) continue;
            for (const dayPart of DAY_PARTS) {
              if (isOpen(opening, day, dayPart) && random() < demo.presence) {
                cells.push({ participantId, provisionId: provision.id, day, dayPart });
              }
            }
          }
        }
        if (cells.length > 0) await tx.insert(attendance).values(cells);
        if (scopes.includes('measurements')) {
          const base = HEALTH_DIMENSIONS.map(() => 3 + Math.floor(random() * 4));
          const measure = (respondent: string, measuredOn: string, lift: number) => {
            const scores = base.map((s, i) =>
              Math.min(10, s + lift + (respondent === 'coordinator' ? (i % 2) - 1 : 0)),
            );
            return {
              participantId,
              provisionId: provision.id,
              respondent,
              measuredOn,
              bodilyFunctions: scores[0]!,
              mentalWellbeing: scores[1]!,
              meaning: scores[2]!,
              qualityOfLife: scores[3]!,
              participation: scores[4]!,
              dailyFunctioning: scores[5]!,
              talkAbout: lift === 0 ? ['participation'] : index % 2 === 0 ? ['meaning'] : [],
              satisfaction: respondent === 'participant' ? 6 + lift + (index % 3) : null,
              recordedBy: respondent === 'coordinator' ? (coordinator?.id ?? null) : null,
            };
          };
          const later = leaves ? addDays(leaves.onDate, -7) : addDays(today, -3);
          await tx
            .insert(measurements)
            .values([
              measure('participant', addDays(startDate, 3), 0),
              measure('coordinator', addDays(startDate, 3), 0),
              measure('participant', later, 1 + (index % 3)),
              measure('coordinator', later, 1 + (index % 2)),
            ]);
        }
        if (leaves) {
          await tx.insert(participantOutflows).values({
            participantId,
            provisionId: provision.id,
            kind: leaves.kind,
            onDate: leaves.onDate,
            recordedBy: coordinator?.id ?? null,
          });
        }
      }
      if (demo.anonymousPerDayPart > 0) {
        const counts: { provisionId: string; day: string; dayPart: string; count: number }[] = [];
        for (let week = 0; week < WEEKS; week += 1) {
          for (const day of daysOfWeek(addDays(firstMonday, 7 * week))) {
            if (day >= today) continue;
            for (const dayPart of DAY_PARTS) {
              if (isOpen(opening, day, dayPart)) {
                counts.push({
                  provisionId: provision.id,
                  day,
                  dayPart,
                  count: Math.floor(random() * (demo.anonymousPerDayPart + 1)),
                });
              }
            }
          }
        }
        if (counts.length > 0) await tx.insert(anonymousAttendance).values(counts);
      }
    }
    registered += await registerLastYear(tx, {
      lastYear: Number(today.slice(0, 4)) - 1,
      recordedBy: coordinator?.id ?? null,
    });
    const lindeboom = provisionRows.find((p) => p.name === 'Huiskamer De Lindeboom');
    if (lindeboom && socialWorker) {
      await tx.insert(referrals).values({
        provisionId: lindeboom.id,
        referredBy: socialWorker.id,
        route: 'social_team',
        residentName: 'Paula S.',
        residentContact: '06 12345678',
        birthYear: 1951,
        neighbourhoodCode: lindeboom.neighbourhoodCode,
        note: 'Woont sinds kort alleen en zoekt aanspraak in de buurt.',
        consentGivenOn: addDays(today, -2),
        consentMethod: 'verbal',
      });
      // The coordinator finds it under the bell, as after a referral made in the product.
      await notifyReferral({ db: tx, now }, { provisionId: lindeboom.id });
    }
    await audit({
      action: 'demo.participants',
      entityType: 'municipality',
      entityId: '0935',
      after: { participants: registered, referrals: 1 },
    });
  });
  // Without a pseudonym key no BSN can be matched, so there is nothing to check.
  if (pseudonymKey) await loadDemoAllocations(db, now, pseudonymKey, demoBsn);
}

/**
 * Het Trefpunt's year before this one: each participant starts in the first months and
 * leaves in the last two, with an outflow; attendance on its open day parts, and a first and
 * a last measurement by the participant. A generator of its own, so the rest of the demo
 * stays as it was.
 */
async function registerLastYear(
  tx: Queryable,
  { lastYear, recordedBy }: { lastYear: number; recordedBy: string | null },
): Promise<number> {
  const [provision] = await tx
    .select({
      id: provisions.id,
      openingDayParts: provisions.openingDayParts,
      neighbourhoodCode: provisions.neighbourhoodCode,
    })
    .from(provisions)
    .where(eq(provisions.name, LAST_YEAR_TREFPUNT.name));
  if (!provision) return 0;
  const random = generator(1935);
  const opening = provision.openingDayParts as OpeningDayParts;
  const cells: { participantId: string; provisionId: string; day: string; dayPart: string }[] = [];
  for (const [index, displayName] of LAST_YEAR_TREFPUNT.people.entries()) {
    const startDate = addDays(mondayOf(`${lastYear}-01-15`), 7 * ((index * 3) % 10));
    const endDate = addDays(`${lastYear}-11-06`, 5 * index);
    const [row] = await tx
      .insert(participants)
      .values({
        provisionId: provision.id,
        displayName,
        birthYear: 1938 + Math.floor(random() * 40),
        neighbourhoodCode: provision.neighbourhoodCode,
        startDate,
        endDate,
        clientRoute: LAST_YEAR_TREFPUNT.routes[index % LAST_YEAR_TREFPUNT.routes.length]!,
        referringOrganisation:
          LAST_YEAR_TREFPUNT.routes[index % LAST_YEAR_TREFPUNT.routes.length] ===
          'other_organisation'
            ? 'Huisartsenpraktijk Mariaberg'
            : null,
      })
      .returning({ id: participants.id });
    const participantId = row!.id;
    await tx.insert(participantConsents).values(
      (['registration', 'measurements'] as const).map((scope) => ({
        participantId,
        scope,
        givenOn: startDate,
        method: 'written',
        recordedBy,
      })),
    );
    for (let monday = mondayOf(startDate); monday <= endDate; monday = addDays(monday, 7)) {
      for (const day of daysOfWeek(monday)) {
        if (day < startDate || day > endDate) continue;
        for (const dayPart of DAY_PARTS) {
          if (isOpen(opening, day, dayPart) && random() < LAST_YEAR_TREFPUNT.presence) {
            cells.push({ participantId, provisionId: provision.id, day, dayPart });
          }
        }
      }
    }
    const base = HEALTH_DIMENSIONS.map(() => 3 + Math.floor(random() * 4));
    const measure = (measuredOn: string, lift: number) => {
      const scores = base.map((score) => Math.min(10, score + lift));
      return {
        participantId,
        provisionId: provision.id,
        respondent: 'participant',
        measuredOn,
        bodilyFunctions: scores[0]!,
        mentalWellbeing: scores[1]!,
        meaning: scores[2]!,
        qualityOfLife: scores[3]!,
        participation: scores[4]!,
        dailyFunctioning: scores[5]!,
        talkAbout: [],
        satisfaction: 7 + (index % 3),
        recordedBy: null,
      };
    };
    await tx
      .insert(measurements)
      .values([measure(addDays(startDate, 3), 0), measure(addDays(endDate, -10), 1 + (index % 2))]);
    await tx.insert(participantOutflows).values({
      participantId,
      provisionId: provision.id,
      kind: LAST_YEAR_TREFPUNT.outflow[index % LAST_YEAR_TREFPUNT.outflow.length]!,
      onDate: endDate,
      recordedBy,
    });
  }
  if (cells.length > 0) await tx.insert(attendance).values(cells);
  return LAST_YEAR_TREFPUNT.people.length;
}
