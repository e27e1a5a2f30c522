import { count, desc, eq, NoopLogger } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { DAY_PARTS, WEEKDAYS } from '../../../domain/day-parts.ts';
import type { Actor } from '../../platform/access.ts';
import {
  anonymousAttendance,
  attendance,
  auditEvents,
  participantConsents,
  participants,
  provisions,
} from '../../platform/db/schema.ts';
import { saveAttendanceWeek } from './attendance.service.ts';

let ctx: TestContext;
let coordinator: Session;
let applicant: Session;
let lindeboom: string;
let klusteam: string;
/** Participants of De Lindeboom by first name, and Kees of Klusteam. */
const id: Record<string, string> = {};

const MONDAY = '2026-11-30';
const WEDNESDAY = '2026-12-02';
const FRIDAY = '2026-12-04';

/** Registers a participant directly, with consent for registration unless `consent` is null. */
async function register(
  provisionId: string,
  name: string,
  startDate: string,
  consent: { givenOn: string; withdrawnOn?: string } | null = { givenOn: startDate },
  extra: Partial<typeof participants.$inferInsert> = {},
) {
  const db = ctx.handle.db;
  const [row] = await db
    .insert(participants)
    .values({ provisionId, displayName: name, startDate, clientRoute: 'self', ...extra })
    .returning({ id: participants.id });
  if (consent) {
    await db.insert(participantConsents).values({
      participantId: row!.id,
      scope: 'registration',
      givenOn: consent.givenOn,
      withdrawnOn: consent.withdrawnOn ?? null,
      method: 'written',
    });
  }
  return row!.id;
}

async function provisionId(name: string) {
  const [row] = await ctx.handle.db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.name, name));
  return row!.id;
}

async function attendanceRows() {
  const [row] = await ctx.handle.db.select({ n: count() }).from(attendance);
  return row!.n;
}

async function lastSaveAudit() {
  const [row] = await ctx.handle.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'attendance.save'))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row!;
}

const url = (provision: string, week?: string) =>
  `/api/provisions/${provision}/attendance${week ? `?week=${week}` : ''}`;

function put(session: Session, provision: string, payload: object) {
  return ctx.app.inject({ method: 'PUT', url: url(provision), headers: as(session), payload });
}

beforeAll(async () => {
  // Wednesday 2 December 2026, 23:30 in Amsterdam (22:30 UTC): week 49.
  ctx = await createTestApp({}, () => new Date('2026-12-02T22:30:00Z'));
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  lindeboom = await provisionId('Huiskamer De Lindeboom');
  klusteam = await provisionId('Klusteam Maas en Mergel');
  id.bram = await register(lindeboom, 'Bram de V.', '2026-09-01');
  id.anna = await register(lindeboom, 'Anna J.', '2026-10-12');
  id.cor = await register(lindeboom, 'Cor P.', '2026-11-02');
  // Consent withdrawn on Wednesday: registered on Monday and Tuesday only.
  id.eva = await register(lindeboom, 'Eva M.', '2026-06-01', {
    givenOn: '2026-06-01',
    withdrawnOn: WEDNESDAY,
  });
  // Starts next week; left before this week; no consent; erased.
  id.dirk = await register(lindeboom, 'Dirk S.', '2026-12-07');
  id.frits = await register(lindeboom, 'Frits K.', '2026-01-05', undefined, {
    endDate: '2026-11-27',
  });
  id.gerda = await register(lindeboom, 'Gerda L.', '2026-01-05', null);
  id.erased = await register(lindeboom, 'Hans W.', '2026-01-05', undefined, {
    erasedAt: new Date('2026-11-01T00:00:00Z'),
  });
  id.kees = await register(klusteam, 'Kees B.', '2026-01-05');
});
afterAll(() => ctx.close());

describe('the week grid of a provision', () => {
  it('shows the current week in Amsterdam, its open day parts and who is registered in it, by name', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: url(lindeboom),
      headers: as(coordinator),
    });
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      provision: { id: lindeboom, name: 'Huiskamer De Lindeboom' },
      weekStart: MONDAY,
      isoWeek: { year: 2026, week: 49 },
      days: [MONDAY, '2026-12-01', WEDNESDAY, '2026-12-03', FRIDAY, '2026-12-05', '2026-12-06'],
      openingDayParts: {
        monday: ['morning', 'afternoon'],
        wednesday: ['morning', 'afternoon'],
        friday: ['afternoon'],
      },
      present: [],
      anonymous: [],
    });
    expect(view.participants).toEqual([
      {
        id: id.anna,
        displayName: 'Anna J.',
        startDate: '2026-10-12',
        endDate: null,
        registeredDays: view.days,
      },
      {
        id: id.bram,
        displayName: 'Bram de V.',
        startDate: '2026-09-01',
        endDate: null,
        registeredDays: view.days,
      },
      {
        id: id.cor,
        displayName: 'Cor P.',
        startDate: '2026-11-02',
        endDate: null,
        registeredDays: view.days,
      },
      {
        id: id.eva,
        displayName: 'Eva M.',
        startDate: '2026-06-01',
        endDate: null,
        registeredDays: [MONDAY, '2026-12-01'],
      },
    ]);
  });

  it('logs the read of every listed participant, and of nobody else', async () => {
    const before = await ctx.handle.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'participant.read'));
    await ctx.app.inject({ method: 'GET', url: url(lindeboom, FRIDAY), headers: as(coordinator) });
    const reads = await ctx.handle.db
      .select({ entityId: auditEvents.entityId, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'participant.read'))
      .orderBy(desc(auditEvents.id))
      .limit(4);
    expect(reads.map((r) => r.entityId).sort()).toEqual([id.anna, id.bram, id.cor, id.eva].sort());
    expect(reads[0]!.after).toEqual({ what: 'attendance' });
    const after = await ctx.handle.db
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'participant.read'));
    expect(after[0]!.n - before[0]!.n).toBe(4);
  });

  it('saves a week with three participants and anonymous counts, and reads it back exactly', async () => {
    const saved = await put(coordinator, lindeboom, {
      weekStart: MONDAY,
      present: [
        { participantId: id.anna, day: MONDAY, dayPart: 'morning' },
        { participantId: id.anna, day: MONDAY, dayPart: 'afternoon' },
        { participantId: id.anna, day: WEDNESDAY, dayPart: 'morning' },
        { participantId: id.bram, day: MONDAY, dayPart: 'morning' },
        { participantId: id.bram, day: FRIDAY, dayPart: 'afternoon' },
        // A duplicate is harmless.
        { participantId: id.bram, day: FRIDAY, dayPart: 'afternoon' },
        { participantId: id.cor, day: WEDNESDAY, dayPart: 'afternoon' },
      ],
      anonymous: [
        { day: MONDAY, dayPart: 'morning', count: 2 },
        { day: WEDNESDAY, dayPart: 'afternoon', count: 3 },
        { day: FRIDAY, dayPart: 'afternoon', count: 0 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const read = await ctx.app.inject({
      method: 'GET',
      url: url(lindeboom, '2026-12-06'),
      headers: as(coordinator),
    });
    expect(read.json()).toEqual(saved.json());
    expect(read.json().present).toEqual([
      { participantId: id.anna, day: MONDAY, dayPart: 'morning' },
      { participantId: id.anna, day: MONDAY, dayPart: 'afternoon' },
      { participantId: id.anna, day: WEDNESDAY, dayPart: 'morning' },
      { participantId: id.bram, day: MONDAY, dayPart: 'morning' },
      { participantId: id.bram, day: FRIDAY, dayPart: 'afternoon' },
      { participantId: id.cor, day: WEDNESDAY, dayPart: 'afternoon' },
    ]);
    expect(read.json().anonymous).toEqual([
      { day: MONDAY, dayPart: 'morning', count: 2 },
      { day: WEDNESDAY, dayPart: 'afternoon', count: 3 },
    ]);
    expect(await attendanceRows()).toBe(6);

    const audit = await lastSaveAudit();
    expect(audit).toMatchObject({
      entityType: 'provision',
      entityId: lindeboom,
      actorEmail: 'coordinator@demo.example',
    });
    expect(audit.after).toMatchObject({
      weekStart: MONDAY,
      added: 6,
      removed: 0,
      anonymousBefore: 0,
      anonymousAfter: 5,
    });
  });

  it('audits a correction as the cells added and removed per participant id, without names', async () => {
    const current = (
      await ctx.app.inject({ method: 'GET', url: url(lindeboom), headers: as(coordinator) })
    ).json();
    const present = current.present
      .filter((c: { participantId: string }) => c.participantId !== id.cor)
      .concat([{ participantId: id.eva, day: MONDAY, dayPart: 'afternoon' }]);
    const saved = await put(coordinator, lindeboom, {
      weekStart: MONDAY,
      present,
      anonymous: [
        { day: MONDAY, dayPart: 'morning', count: 2 },
        { day: WEDNESDAY, dayPart: 'afternoon', count: 4 },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().present).toHaveLength(6);
    const audit = await lastSaveAudit();
    expect(audit.after).toEqual({
      weekStart: MONDAY,
      added: 1,
      removed: 1,
      anonymousBefore: 5,
      anonymousAfter: 6,
      changes: {
        [id.eva!]: { added: ['2026-11-30 afternoon'], removed: [] },
        [id.cor!]: { added: [], removed: ['2026-12-02 afternoon'] },
      },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Eva|Cor P/);
  });

  it('refuses attendance on Tuesday, when De Lindeboom is closed, and stores nothing', async () => {
    const rows = await attendanceRows();
    const response = await put(coordinator, lindeboom, {
      weekStart: MONDAY,
      present: [
        { participantId: id.anna, day: MONDAY, dayPart: 'morning' },
        { participantId: id.anna, day: '2026-12-01', dayPart: 'morning' },
      ],
      anonymous: [{ day: '2026-12-01', dayPart: 'afternoon', count: 1 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          path: 'present.1.dayPart',
          message: 'De voorziening is op dinsdag 1 december 2026 in de ochtend gesloten.',
        },
        {
          path: 'anonymous.0.dayPart',
          message: 'De voorziening is op dinsdag 1 december 2026 in de middag gesloten.',
        },
      ],
    });
    expect(await attendanceRows()).toBe(rows);
    const [anonymous] = await ctx.handle.db
      .select({ n: count() })
      .from(anonymousAttendance)
      .where(eq(anonymousAttendance.provisionId, lindeboom));
    expect(anonymous!.n).toBe(2);
  });

  it('refuses a day outside the week', async () => {
    const response = await put(coordinator, lindeboom, {
      weekStart: MONDAY,
      present: [{ participantId: id.anna, day: '2026-12-07', dayPart: 'morning' }],
      anonymous: [],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'present.0.day',
        message: '7 december 2026 valt niet in de week van 30 november – 6 december 2026.',
      },
    ]);
  });

  it('refuses a participant of another provision, before their start, or without consent on the day', async () => {
    const rows = await attendanceRows();
    const response = await put(coordinator, lindeboom, {
      weekStart: MONDAY,
      present: [
        { participantId: id.kees, day: MONDAY, dayPart: 'morning' },
        { participantId: id.dirk, day: MONDAY, dayPart: 'morning' },
        { participantId: id.eva, day: WEDNESDAY, dayPart: 'morning' },
        { participantId: id.frits, day: MONDAY, dayPart: 'morning' },
        { participantId: id.gerda, day: MONDAY, dayPart: 'morning' },
        { participantId: id.erased, day: MONDAY, dayPart: 'morning' },
      ],
      anonymous: [],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'present.0.participantId',
        message:
          'De deelnemer van aanwezigheid 1 in de lijst is geen deelnemer van deze voorziening.',
      },
      {
        path: 'present.1.participantId',
        message:
          'De deelnemer van aanwezigheid 2 in de lijst is pas vanaf 7 december 2026 ingeschreven, dus niet op maandag 30 november 2026.',
      },
      {
        path: 'present.2.participantId',
        message:
          'De deelnemer van aanwezigheid 3 in de lijst had op woensdag 2 december 2026 geen toestemming voor registratie. Tel deze persoon bij de deelnemers zonder registratie.',
      },
      {
        path: 'present.3.participantId',
        message:
          'De deelnemer van aanwezigheid 4 in de lijst is gestopt op 27 november 2026, dus niet meer ingeschreven op maandag 30 november 2026.',
      },
      {
        path: 'present.4.participantId',
        message:
          'De deelnemer van aanwezigheid 5 in de lijst had op maandag 30 november 2026 geen toestemming voor registratie. Tel deze persoon bij de deelnemers zonder registratie.',
      },
      {
        path: 'present.5.participantId',
        message:
          'De deelnemer van aanwezigheid 6 in de lijst is geen deelnemer van deze voorziening.',
      },
    ]);
    expect(await attendanceRows()).toBe(rows);
  });

  it('accepts Dirk from the week he starts', async () => {
    const response = await put(coordinator, lindeboom, {
      weekStart: '2026-12-07',
      present: [{ participantId: id.dirk, day: '2026-12-07', dayPart: 'morning' }],
      anonymous: [],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().participants.map((p: { id: string }) => p.id)).toContain(id.dirk);
    expect(response.json().isoWeek).toEqual({ year: 2026, week: 50 });
  });

  it('refuses an anonymous count of -1 and a week that does not start on Monday', async () => {
    const response = await put(coordinator, lindeboom, {
      weekStart: '2026-12-01',
      present: [],
      anonymous: [{ day: MONDAY, dayPart: 'morning', count: -1 }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'weekStart', message: 'Een week begint op maandag.' },
      { path: 'anonymous.0.count', message: 'Het aantal is 0 of meer.' },
    ]);
    const badWeek = await ctx.app.inject({
      method: 'GET',
      url: url(lindeboom, '2026-02-30'),
      headers: as(coordinator),
    });
    expect(badWeek.statusCode).toBe(400);
    expect(badWeek.json().fields[0].path).toBe('week');
  });

  it("is absent (404) for the coordinator of De Lindeboom at Klusteam's provision", async () => {
    const read = await ctx.app.inject({
      method: 'GET',
      url: url(klusteam),
      headers: as(coordinator),
    });
    expect(read.statusCode).toBe(404);
    const write = await put(coordinator, klusteam, {
      weekStart: MONDAY,
      present: [],
      anonymous: [],
    });
    expect(write.statusCode).toBe(404);
    // The service scopes too: called directly with the coordinator's scope, it finds nothing.
    const actor: Actor = {
      kind: 'user',
      userId: coordinator.me.id,
      email: coordinator.me.email,
      roles: ['coordinator'],
      organisationIds: [],
      provisionIds: [lindeboom],
    };
    await expect(
      saveAttendanceWeek(
        { db: ctx.handle.db, actor, scope: { kind: 'provisions', provisionIds: [lindeboom] } },
        { provisionId: klusteam, body: { weekStart: MONDAY, present: [], anonymous: [] } },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('saves a full grid of 30 participants × 7 days × 3 day parts with as many statements as one cell', async () => {
    // A provision of De Lindeboom's organisation that is open every day part of the week.
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(applicant),
      payload: {
        organisationId: applicant.me.organisations[0]!.id,
        name: 'Inloop De Lindeboom',
        category: 'living_room',
        openingDayParts: Object.fromEntries(WEEKDAYS.map((d) => [d, [...DAY_PARTS]])),
      },
    });
    const open = created.json().id as string;
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      ids.push(await register(open, `Deelnemer ${i + 1}`, '2026-01-05'));
    }
    const days = [
      MONDAY,
      '2026-12-01',
      WEDNESDAY,
      '2026-12-03',
      FRIDAY,
      '2026-12-05',
      '2026-12-06',
    ];
    const full = {
      weekStart: MONDAY,
      present: ids.flatMap((participantId) =>
        days.flatMap((day) => DAY_PARTS.map((dayPart) => ({ participantId, day, dayPart }))),
      ),
      anonymous: days.flatMap((day) => DAY_PARTS.map((dayPart) => ({ day, dayPart, count: 1 }))),
    };
    const actor: Actor = {
      kind: 'user',
      userId: applicant.me.id,
      email: applicant.me.email,
      roles: ['applicant'],
      organisationIds: [applicant.me.organisations[0]!.id],
      provisionIds: [],
    };
    const scope = { kind: 'organisations' as const, organisationIds: actor.organisationIds };
    const save = (week: typeof full) =>
      saveAttendanceWeek({ db: ctx.handle.db, actor, scope }, { provisionId: open, body: week });

    // Set-based: the number of statements does not grow with the grid (no statement per cell).
    const oneCell = await statementsOf(() =>
      save({
        weekStart: '2026-11-23',
        present: [{ participantId: ids[0]!, day: '2026-11-23', dayPart: 'morning' }],
        anonymous: [],
      }),
    );
    const fullGrid = await statementsOf(() => save(full));
    const halfGrid = await statementsOf(() =>
      save({ ...full, present: full.present.filter((_, i) => i % 2 === 0) }),
    );
    // Scope, lock, participants, presence, anonymous counts, the change of each, audit and read
    // log: 9 (and BEGIN and COMMIT on a PostgreSQL server).
    expect([9, 11]).toContain(oneCell.statements);
    expect(fullGrid.statements).toBe(oneCell.statements);
    expect(halfGrid.statements).toBe(oneCell.statements);

    const [stored] = await ctx.handle.db
      .select({ n: count() })
      .from(attendance)
      .where(eq(attendance.provisionId, open));
    expect(stored!.n).toBe(1 + 315);
    expect((await lastSaveAudit()).after).toMatchObject({ added: 0, removed: 315 });
  });
});

/** How many SQL statements `work` sends through Drizzle. */
async function statementsOf(work: () => Promise<unknown>): Promise<{ statements: number }> {
  const original = NoopLogger.prototype.logQuery.bind(NoopLogger.prototype);
  let statements = 0;
  NoopLogger.prototype.logQuery = () => {
    statements += 1;
  };
  try {
    await work();
  } finally {
    NoopLogger.prototype.logQuery = original;
  }
  return { statements };
}
