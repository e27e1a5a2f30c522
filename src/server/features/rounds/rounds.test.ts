import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachAll, completeContent, openRound } from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { mailSettings } from '../../platform/config.ts';
import { reminderKind, sendDeadlineReminders } from './deadline-reminders.ts';

let ctx: TestContext;
let now = new Date('2027-01-06T10:00:00Z');
let officer: Session;
let applicant: Session;
let admin: Session;
let roundId: string;

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  now = new Date('2026-12-01T10:00:00Z');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  now = new Date('2027-01-06T10:00:00Z');
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

describe('an opened round', () => {
  it('keeps its frozen form when the scheme changes afterwards', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0];
    scheme.definition.categories.living_room.eligibleKinds = ['fixed_costs', 'activities'];
    const updated = await api(officer, 'PUT', `/api/schemes/${scheme.id}`, {
      name: scheme.name,
      definition: scheme.definition,
    });
    expect(updated.statusCode).toBe(200);
    const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(round.formDefinition.categories.living_room.eligibleKinds).toEqual(['fixed_costs']);
  });

  it('refuses refreshments as an eligible kind', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0];
    scheme.definition.categories.services.eligibleKinds = ['fixed_costs', 'refreshments'];
    const response = await api(officer, 'PUT', `/api/schemes/${scheme.id}`, {
      name: scheme.name,
      definition: scheme.definition,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'definition.categories.services.eligibleKinds',
        message: 'Consumpties zijn nooit subsidiabel.',
      },
    ]);
  });

  it('refuses a scheme whose decision grounds leave an article empty', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0];
    const response = await api(officer, 'PUT', `/api/schemes/${scheme.id}`, {
      name: scheme.name,
      definition: {
        ...scheme.definition,
        legalGrounds: { ...scheme.definition.legalGrounds, price: '  ' },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'definition.legalGrounds.price',
        message: 'Vul het artikel in waarop deze grond berust.',
      },
    ]);
  });

  it('cannot be edited again, but its ceilings can, with a reason that is recorded', async () => {
    const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    const edit = await api(officer, 'PUT', `/api/rounds/${roundId}`, {
      schemeId: round.schemeId,
      name: 'Andere naam',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAtLocal: '2027-01-05T09:00',
      deadlineAtLocal: '2027-04-01T12:00',
      lotSeed: 'andere loting',
      ceilings: round.ceilings,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('ROUND_FROZEN');

    const noReason = await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: round.ceilings,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const changed = await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: { ...round.ceilings, services: 6_000_000 },
      reason: 'Raadsbesluit 12 februari 2027: extra budget diensten',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().ceilings.services).toBe(6_000_000);
    const trail = (
      await api(admin, 'GET', `/api/audit?action=round.change_ceilings&entityId=${roundId}`)
    ).json();
    expect(trail.items[0].before.ceilings.services).toBe(5_000_000);
    expect(trail.items[0].after).toMatchObject({
      reason: 'Raadsbesluit 12 februari 2027: extra budget diensten',
    });
  });

  it('may still lower a ceiling while nobody has submitted on time', async () => {
    const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    const lowered = await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: { ...round.ceilings, services: 5_500_000 },
      reason: 'Begrotingswijziging vóór de eerste aanvraag',
    });
    expect(lowered.statusCode).toBe(200);
    expect(lowered.json().ceilings.services).toBe(5_500_000);
  });

  it('is visible to applicants once opened, a round in preparation is not', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0].id;
    const hidden = await api(officer, 'POST', '/api/rounds', {
      schemeId: scheme,
      name: 'Ronde in voorbereiding',
      year: 2028,
      periodStart: '2028-01-01',
      periodEnd: '2028-12-31',
      opensAtLocal: '2028-01-05T09:00',
      deadlineAtLocal: '2028-03-01T12:00',
      lotSeed: 'loting 2028',
      ceilings: { living_room: 1, day_activities: 1, information_advice: 1, services: 1 },
    });
    const names = (await api(applicant, 'GET', '/api/rounds'))
      .json()
      .items.map((r: { name: string }) => r.name);
    expect(names).toContain('Testronde 2027');
    expect(names).not.toContain('Ronde in voorbereiding');
    expect((await api(applicant, 'GET', `/api/rounds/${hidden.json().id}`)).statusCode).toBe(404);
  });
});

describe('deadline reminders', () => {
  it('are due 7 days and 1 day before the deadline', () => {
    const deadline = new Date('2027-03-01T11:00:00Z');
    expect(reminderKind(deadline, new Date('2027-02-22T10:59:59Z'))).toBeNull();
    expect(reminderKind(deadline, new Date('2027-02-22T11:00:00Z'))).toBe('days_7');
    expect(reminderKind(deadline, new Date('2027-02-28T11:00:00Z'))).toBe('days_1');
    expect(reminderKind(deadline, new Date('2027-03-01T11:00:00Z'))).toBeNull();
  });

  it('go once to the applicants of organisations with a draft', async () => {
    const provisionId = (await api(applicant, 'GET', '/api/provisions')).json().items[0].id;
    const draft = await api(applicant, 'POST', '/api/applications', { roundId, provisionId });
    expect(draft.statusCode).toBe(201);
    const mail = mailSettings(ctx.app.config);

    expect(await sendDeadlineReminders(ctx.handle.db, mail, new Date('2027-02-20T10:00:00Z'))).toBe(
      0,
    );
    expect(await sendDeadlineReminders(ctx.handle.db, mail, new Date('2027-02-22T12:00:00Z'))).toBe(
      1,
    );
    expect(await sendDeadlineReminders(ctx.handle.db, mail, new Date('2027-02-23T12:00:00Z'))).toBe(
      0,
    );
    expect(await sendDeadlineReminders(ctx.handle.db, mail, new Date('2027-02-28T12:00:00Z'))).toBe(
      1,
    );
    expect(await sendDeadlineReminders(ctx.handle.db, mail, new Date('2027-02-28T13:00:00Z'))).toBe(
      0,
    );

    const outbox = (await api(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    const reminders = outbox.items.filter((m: { subject: string }) =>
      m.subject.startsWith('Herinnering'),
    );
    expect(reminders).toHaveLength(2);
    expect(reminders[0].subject).toBe(
      'Herinnering: uw aanvraag voor Testronde 2027 is nog niet ingediend',
    );
    expect(reminders[0].text).toContain('De deadline is 1 maart 2027 om 12:00 (Nederlandse tijd).');
  });
});

describe('the export of a round', () => {
  it('lists submitted applications in XLSX and CSV, not drafts', async () => {
    const provisionId = (await api(applicant, 'GET', '/api/provisions')).json().items[0].id;
    const list = (await api(applicant, 'GET', `/api/applications?roundId=${roundId}`)).json();
    const draft = list.items.find((a: { provisionId: string }) => a.provisionId === provisionId);
    const saved = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: 1,
      content: completeContent(),
    });
    await attachAll(ctx.app, applicant, draft.id);
    now = new Date('2027-02-01T10:00:00Z');
    const submitted = await api(applicant, 'POST', `/api/applications/${draft.id}/submit`, {
      version: saved.json().version,
    });
    expect(submitted.statusCode).toBe(200);

    // The default CSV is for Dutch Excel: a byte-order mark, semicolons, a decimal comma
    // and dd-mm-jjjj; received on 1 February 2027 at 11:00 Amsterdam time.
    const csv = await api(officer, 'GET', `/api/rounds/${roundId}/export?format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename=aanvragen-2027-[0-9a-f]{8}\.csv$/,
    );
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toEqual([
      'Kenmerk;Status;Categorie;Organisatie;KvK-nummer;Voorziening;Gevraagd (€);Begroting totaal (€);Subsidiabel (€);Deelnemers;Dagdelen per week;Weken per jaar;Tegenprestatie of vergoeding;Ontvangen (Nederlandse tijd)',
      'AV-2027-0001;Ingediend;Huiskamer;Stichting Huiskamer De Lindeboom;90000001;Huiskamer De Lindeboom;18000,00;19000,00;16000,00;35;5;48;;01-02-2027 11:00',
      '',
    ]);

    // The plain variant for programs: RFC 4180 with a decimal point and ISO 8601, no BOM.
    const plain = await api(officer, 'GET', `/api/rounds/${roundId}/export?format=rfc4180`);
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(plain.headers['content-disposition']).toMatch(
      /^attachment; filename=aanvragen-2027-[0-9a-f]{8}-rfc4180\.csv$/,
    );
    expect(plain.rawPayload[0]).toBe('K'.charCodeAt(0));
    expect(plain.body.split('\r\n')).toEqual([
      'Kenmerk,Status,Categorie,Organisatie,KvK-nummer,Voorziening,Gevraagd (€),Begroting totaal (€),Subsidiabel (€),Deelnemers,Dagdelen per week,Weken per jaar,Tegenprestatie of vergoeding,Ontvangen (Nederlandse tijd)',
      'AV-2027-0001,Ingediend,Huiskamer,Stichting Huiskamer De Lindeboom,90000001,Huiskamer De Lindeboom,18000.00,19000.00,16000.00,35,5,48,,2027-02-01T11:00+01:00',
      '',
    ]);

    // In XLSX the amounts are numbers in a euro format and the moment of receipt a date.
    const xlsx = await api(officer, 'GET', `/api/rounds/${roundId}/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Aanvragen')!;
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('AV-2027-0001');
    expect(row.getCell(7).value).toBe(18000);
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(7).numFmt).toBe('"€" #,##0.00;"€" -#,##0.00');
    expect(row.getCell(9).value).toBe(16000);
    expect(row.getCell(14).type).toBe(ExcelJS.ValueType.Date);
    // Excel dates have no time zone: the cell holds the Amsterdam wall-clock time.
    expect(row.getCell(14).value).toEqual(new Date('2027-02-01T11:00:00Z'));
    expect(row.getCell(14).numFmt).toBe('dd-mm-yyyy hh:mm');

    expect(
      (await api(applicant, 'GET', `/api/rounds/${roundId}/export?format=csv`)).statusCode,
    ).toBe(403);
  });
});

describe('the ceilings after the first on-time submission', () => {
  // The export test above submitted AV-2027-0001 (a living room) on time, on 1 February 2027.
  it('refuse to be lowered, naming the category, and change nothing', async () => {
    const before = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(before.ceilings.living_room).toBe(20_000_000);
    const refused = await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: { ...before.ceilings, living_room: 15_000_000, services: 7_000_000 },
      reason: 'Bezuiniging na de voorjaarsnota',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CEILING_LOWERING_AFTER_SUBMISSION');
    expect(refused.json().message).toContain('alleen nog worden verhoogd');
    expect(refused.json().fields).toEqual([
      {
        path: 'ceilings.living_room',
        message:
          'Het plafond Huiskamer kan niet lager worden dan €\u00a0200.000,00: er zijn al aanvragen ingediend. Alleen verhogen is nog mogelijk.',
      },
    ]);
    const after = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    expect(after.ceilings).toEqual(before.ceilings);
    const trail = (
      await api(admin, 'GET', `/api/audit?action=round.change_ceilings&entityId=${roundId}`)
    ).json();
    expect(
      trail.items.some(
        (item: { after: { reason?: string } }) =>
          item.after.reason === 'Bezuiniging na de voorjaarsnota',
      ),
    ).toBe(false);
  });

  it('may still be raised, and the raise is recorded with its reason', async () => {
    const before = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    const raised = await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: { ...before.ceilings, living_room: 25_000_000 },
      reason: 'Raadsbesluit 1 maart 2027: extra budget huiskamers',
    });
    expect(raised.statusCode).toBe(200);
    expect(raised.json().ceilings.living_room).toBe(25_000_000);
    const trail = (
      await api(admin, 'GET', `/api/audit?action=round.change_ceilings&entityId=${roundId}`)
    ).json();
    expect(trail.items[0].before.ceilings.living_room).toBe(20_000_000);
    expect(trail.items[0].after).toMatchObject({
      ceilings: { living_room: 25_000_000 },
      reason: 'Raadsbesluit 1 maart 2027: extra budget huiskamers',
    });
  });
});
