import { parse } from 'content-disposition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PDF_BYTES,
  attachAll,
  completeContent,
  openRound,
  upload,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let now = new Date('2026-12-01T10:00:00Z');
let officer: Session;
let applicant: Session;
let applicant2: Session;
let admin: Session;
let roundId: string;
let provisionId: string;

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  // Deadline 1 March 2027 at 12:00 Amsterdam = 11:00 UTC (winter time).
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  const provisions = (
    await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(applicant) })
  ).json();
  provisionId = provisions.items[0].id;
});
afterAll(() => ctx.close());

const api = (
  session: Session,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) => ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function newDraft(session: Session, forProvision = provisionId) {
  const response = await api(session, 'POST', '/api/applications', {
    roundId,
    provisionId: forProvision,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('a round', () => {
  it('shows its deadline in Amsterdam time', async () => {
    const round = (await api(applicant, 'GET', `/api/rounds/${roundId}`)).json();
    expect(round.deadlineAt).toBe('2027-03-01T11:00:00.000Z');
    expect(round.deadlineAtLocal).toBe('2027-03-01T12:00');
    expect(round.deadlineDisplay).toBe('1 maart 2027 om 12:00 (Nederlandse tijd)');
    expect(round.status).toBe('scheduled');
    expect(round.formDefinition.categories.living_room.eligibleKinds).toEqual(['fixed_costs']);
  });

  it('refuses a zero ceiling and a deadline in the past, naming them', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0].id;
    const zero = await api(officer, 'POST', '/api/rounds', {
      schemeId: scheme,
      name: 'Ronde zonder geld',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAtLocal: '2026-11-01T09:00',
      deadlineAtLocal: '2026-11-15T12:00',
      lotSeed: 'loting nul',
      ceilings: { living_room: 0, day_activities: 1, information_advice: 1, services: 1 },
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().fields).toEqual([
      { path: 'ceilings.living_room', message: 'Het plafond moet groter zijn dan € 0.' },
    ]);

    const past = await api(officer, 'POST', '/api/rounds', {
      schemeId: scheme,
      name: 'Ronde in het verleden',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAtLocal: '2026-11-01T09:00',
      deadlineAtLocal: '2026-11-15T12:00',
      lotSeed: 'loting verleden',
      ceilings: { living_room: 1, day_activities: 1, information_advice: 1, services: 1 },
    });
    expect(past.statusCode).toBe(201);
    const checklist = (await api(officer, 'GET', `/api/rounds/${past.json().id}/checklist`)).json();
    expect(checklist.canOpen).toBe(false);
    expect(
      checklist.items.filter((i: { ok: boolean }) => !i.ok).map((i: { label: string }) => i.label),
    ).toEqual(['De deadline ligt in de toekomst.']);
    expect(checklist.warnings.join(' ')).toContain('onder de 6 scoren');
    const open = await api(officer, 'POST', `/api/rounds/${past.json().id}/open`);
    expect(open.statusCode).toBe(409);
    expect(open.json()).toMatchObject({
      code: 'ROUND_NOT_READY',
      fields: [{ message: 'De deadline ligt in de toekomst.' }],
    });
  });

  it('cannot be applied to before it opens', async () => {
    const response = await api(applicant, 'POST', '/api/applications', { roundId, provisionId });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ROUND_NOT_OPEN');
  });
});

describe('an application', () => {
  let draft: { id: string; version: number };

  it('starts as a draft for an own provision, prefilled with the round period', async () => {
    now = new Date('2027-01-10T09:00:00Z');
    draft = await newDraft(applicant);
    expect(draft).toMatchObject({
      status: 'draft',
      reference: null,
      category: 'living_room',
      version: 1,
    });
    expect((draft as unknown as { content: { periodStart: string } }).content.periodStart).toBe(
      '2027-01-01',
    );
    const problems = (draft as unknown as { problems: { path: string }[] }).problems.map(
      (p) => p.path,
    );
    expect(problems).toContain('requestedCents');
    expect(problems).toContain('attachments.statutes');
  });

  it('is invisible to another organisation and, as a draft, to the municipality', async () => {
    expect((await api(applicant2, 'GET', `/api/applications/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await api(applicant2, 'PUT', `/api/applications/${draft.id}`, { version: 1, content: {} }))
        .statusCode,
    ).toBe(404);
    expect((await api(officer, 'GET', `/api/applications/${draft.id}`)).statusCode).toBe(404);
    const overview = (await api(officer, 'GET', `/api/rounds/${roundId}/overview`)).json();
    expect(
      overview.categories.find((c: { category: string }) => c.category === 'living_room').counts,
    ).toEqual({
      draft: 1,
      submitted: 0,
      late: 0,
      withdrawn: 0,
      set_aside: 0,
    });
  });

  it('refuses a provision of another organisation', async () => {
    const response = await api(applicant2, 'POST', '/api/applications', { roundId, provisionId });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'provisionId', message: 'Kies een voorziening van uw eigen organisatie.' },
    ]);
  });

  it('saves drafts with a version, and tells a second editor about the conflict', async () => {
    const first = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: 1,
      content: { ...completeContent(), requestedCents: 1_500_000 },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    expect(first.json().totals).toEqual({
      totalCents: 1_900_000,
      eligibleCents: 1_600_000,
      grantableCents: 1_500_000,
    });

    const stale = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: 1,
      content: { ...completeContent(), requestedCents: 999 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'EDIT_CONFLICT',
      details: { currentVersion: 2, updatedBy: 'Karin Dassen' },
    });
    const kept = (await api(applicant, 'GET', `/api/applications/${draft.id}`)).json();
    expect(kept.content.requestedCents).toBe(1_500_000);
    draft = kept;
  });

  it('refuses bad amounts and lines with field paths, keeping what was saved', async () => {
    const response = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: {
        ...completeContent(),
        requestedCents: -5,
        budgetLines: [
          { kind: 'fixed_costs', description: 'Huur', cents: 12.5 },
          { kind: 'travel', description: 'Reizen', cents: 100 },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(
      response.json().fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields['content.requestedCents']).toBe('Een bedrag kan niet negatief zijn.');
    expect(fields['content.budgetLines.0.cents']).toBe(
      'Een bedrag heeft hoogstens twee decimalen.',
    );
    expect(Object.keys(fields)).toContain('content.budgetLines.1.kind');
    const kept = (await api(applicant, 'GET', `/api/applications/${draft.id}`)).json();
    expect(kept.content.requestedCents).toBe(1_500_000);

    const tooMany = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: {
        ...completeContent(),
        budgetLines: Array.from({ length: 1001 }, () => ({ kind: 'other', cents: 1 })),
      },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().fields[0]).toEqual({
      path: 'content.budgetLines',
      message: 'Een begroting heeft hoogstens 1000 regels.',
    });
  });

  it('accepts PDF and images by their content, not their name', async () => {
    const exe = await upload(
      ctx.app,
      applicant,
      draft.id,
      'statutes',
      'statuten.pdf',
      Buffer.from('MZ\x90\x00 not a pdf'),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toBe(
      'statuten.pdf is geen PDF-bestand of afbeelding (PNG, JPEG). Alleen die kunnen worden toegevoegd.',
    );
    const pdf = await upload(ctx.app, applicant, draft.id, 'statutes', 'statuten.pdf', PDF_BYTES);
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      kind: 'statutes',
      contentType: 'application/pdf',
      sizeBytes: PDF_BYTES.length,
    });
    expect(pdf.json().sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives an attachment back under its own name, accents and all', async () => {
    const name = 'Beschikking Stichting Één & Co.pdf';
    const uploaded = await upload(ctx.app, applicant, draft.id, 'statutes', name, PDF_BYTES);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json().filename).toBe(name);
    const download = await ctx.app.inject({
      method: 'GET',
      url: `/api/applications/${draft.id}/attachments/${uploaded.json().id}`,
      headers: as(applicant),
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Beschikking Stichting Een & Co.pdf"; filename*=UTF-8''Beschikking%20Stichting%20%C3%89%C3%A9n%20%26%20Co.pdf`,
    );
    expect(parse(download.headers['content-disposition']!).parameters.filename).toBe(name);
  });

  it('refuses a file over the upload limit', async () => {
    const small = await createTestApp({ UPLOAD_LIMIT_BYTES: '1000' }, () => now);
    try {
      const session = await loginAs(small.app, 'applicant@demo.example');
      const officerThere = await loginAs(small.app, 'policy_officer@demo.example');
      const round = await openRound(small.app, officerThere, {
        opensLocal: '2027-01-05T09:00',
        deadlineLocal: '2027-03-01T12:00',
      });
      const provision = (
        await small.app.inject({ method: 'GET', url: '/api/provisions', headers: as(session) })
      ).json().items[0].id;
      const created = await small.app.inject({
        method: 'POST',
        url: '/api/applications',
        headers: as(session),
        payload: { roundId: round, provisionId: provision },
      });
      const big = Buffer.concat([PDF_BYTES, Buffer.alloc(5000, 32)]);
      const response = await upload(
        small.app,
        session,
        created.json().id,
        'budget',
        'begroting.pdf',
        big,
      );
      expect(response.statusCode).toBe(413);
      expect(response.json().fields).toEqual([
        { path: 'file', message: 'Kies een kleiner bestand (hoogstens 10 MB).' },
      ]);
    } finally {
      await small.close();
    }
  });

  it('cannot be submitted while incomplete, and says what is missing', async () => {
    const response = await api(applicant, 'POST', `/api/applications/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('SUBMISSION_INCOMPLETE');
    expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'attachments.budget',
      'attachments.annual_accounts',
    ]);
  });

  it('is submitted one millisecond before the deadline, with a reference, a receipt and an e-mail', async () => {
    await attachAll(ctx.app, applicant, draft.id);
    now = new Date('2027-03-01T10:59:59.999Z');
    const response = await api(applicant, 'POST', `/api/applications/${draft.id}/submit`, {
      version: draft.version,
    });
    expect(response.statusCode, response.body).toBe(200);
    const submitted = response.json();
    expect(submitted.status).toBe('submitted');
    expect(submitted.reference).toBe('AV-2027-0001');
    expect(submitted.submittedAt).toBe('2027-03-01T10:59:59.999Z');

    const receipt = await api(applicant, 'GET', `/api/applications/${draft.id}/receipt`);
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(receipt.headers['content-disposition']).toBe(
      'attachment; filename=ontvangstbevestiging-AV-2027-0001.pdf',
    );

    const outbox = (await api(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    expect(outbox.items[0]).toMatchObject({
      to: 'applicant@demo.example',
      subject: 'Ontvangstbevestiging aanvraag AV-2027-0001',
      status: 'outbox',
      attachments: [
        { filename: 'ontvangstbevestiging-AV-2027-0001.pdf', contentType: 'application/pdf' },
      ],
    });
    expect(outbox.items[0].text).toContain('1 maart 2027 om 11:59 (Nederlandse tijd)');
  });

  it('is read-only once submitted, for everyone', async () => {
    const current = (await api(applicant, 'GET', `/api/applications/${draft.id}`)).json();
    const save = await api(applicant, 'PUT', `/api/applications/${draft.id}`, {
      version: current.version,
      content: completeContent(),
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().code).toBe('APPLICATION_NOT_EDITABLE');
    expect(
      (await upload(ctx.app, applicant, draft.id, 'statutes', 'x.pdf', PDF_BYTES)).statusCode,
    ).toBe(409);
    expect(
      (
        await api(officer, 'PUT', `/api/applications/${draft.id}`, {
          version: current.version,
          content: completeContent(),
        })
      ).statusCode,
    ).toBe(403);
    // The municipality now sees it.
    expect((await api(officer, 'GET', `/api/applications/${draft.id}`)).json().reference).toBe(
      'AV-2027-0001',
    );
  });

  it('submitted at the deadline moment is kept as late, with its own reference, and excluded', async () => {
    now = new Date('2027-02-01T10:00:00Z');
    const second = await api(applicant, 'POST', '/api/provisions', {
      organisationId: applicant.me.organisations[0]!.id,
      name: 'Huiskamer De Lindeboom – avond',
      category: 'living_room',
      neighbourhoodCode: 'BU09350201',
      openingDayParts: { tuesday: ['evening'] },
    });
    expect(second.statusCode).toBe(201);
    const late = await newDraft(applicant, second.json().id);
    const saved = await api(applicant, 'PUT', `/api/applications/${late.id}`, {
      version: 1,
      content: completeContent(),
    });
    await attachAll(ctx.app, applicant, late.id);
    now = new Date('2027-03-01T11:00:00.000Z');
    const response = await api(applicant, 'POST', `/api/applications/${late.id}/submit`, {
      version: saved.json().version,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'DEADLINE_PASSED',
      message:
        'De deadline is verstreken. Uw aanvraag is bewaard als te laat ingediend en doet niet mee in deze ronde.',
      details: { reference: 'AV-2027-0002', status: 'late' },
    });
    const kept = (await api(officer, 'GET', `/api/applications/${late.id}`)).json();
    expect(kept).toMatchObject({ status: 'late', reference: 'AV-2027-0002' });
    const lateList = (
      await api(officer, 'GET', `/api/applications?roundId=${roundId}&status=late`)
    ).json();
    expect(lateList.items.map((a: { reference: string }) => a.reference)).toEqual(['AV-2027-0002']);
    const overview = (await api(officer, 'GET', `/api/rounds/${roundId}/overview`)).json();
    const livingRoom = overview.categories.find(
      (c: { category: string }) => c.category === 'living_room',
    );
    expect(livingRoom).toMatchObject({
      counts: { draft: 0, submitted: 1, late: 1, withdrawn: 0, set_aside: 0 },
      requestedCents: 1_500_000,
      ceilingCents: 20_000_000,
    });
  });

  it('can be withdrawn before the deadline, not after', async () => {
    now = new Date('2027-02-15T10:00:00Z');
    const provision = await api(applicant, 'POST', '/api/provisions', {
      organisationId: applicant.me.organisations[0]!.id,
      name: 'Huiskamer De Lindeboom – zaterdag',
      category: 'living_room',
    });
    const draftToWithdraw = await newDraft(applicant, provision.json().id);
    const withdrawn = await api(
      applicant,
      'POST',
      `/api/applications/${draftToWithdraw.id}/withdraw`,
      { reason: 'Dubbel aangemaakt' },
    );
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    const trail = (
      await api(
        admin,
        'GET',
        `/api/audit?entityId=${draftToWithdraw.id}&action=application.withdraw`,
      )
    ).json();
    expect(trail.items[0].after).toEqual({ status: 'withdrawn', reason: 'Dubbel aangemaakt' });

    now = new Date('2027-03-02T10:00:00Z');
    const afterDeadline = await api(
      applicant,
      'POST',
      `/api/applications/${draft.id}/withdraw`,
      {},
    );
    expect(afterDeadline.statusCode).toBe(409);
    expect(afterDeadline.json().code).toBe('DEADLINE_PASSED');
  });
});

describe('a deadline on the day summer time starts', () => {
  it('is 03:00 Amsterdam = 01:00 UTC on 28 March 2027', async () => {
    now = new Date('2027-03-10T10:00:00Z');
    const dstRound = await openRound(ctx.app, officer, {
      opensLocal: '2027-03-09T09:00',
      deadlineLocal: '2027-03-28T03:00',
      name: 'Ronde zomertijd',
    });
    const round = (await api(applicant2, 'GET', `/api/rounds/${dstRound}`)).json();
    expect(round.deadlineAt).toBe('2027-03-28T01:00:00.000Z');
    const provision = (await api(applicant2, 'GET', '/api/provisions')).json().items[0].id;
    const created = await api(applicant2, 'POST', '/api/applications', {
      roundId: dstRound,
      provisionId: provision,
    });
    const content = { ...completeContent(), returnService: 'tegenprestatie' };
    const saved = await api(applicant2, 'PUT', `/api/applications/${created.json().id}`, {
      version: 1,
      content,
    });
    await attachAll(ctx.app, applicant2, created.json().id);
    now = new Date('2027-03-28T00:59:59.999Z');
    const submitted = await api(
      applicant2,
      'POST',
      `/api/applications/${created.json().id}/submit`,
      {
        version: saved.json().version,
      },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().reference).toBe('AV-2027-0003');
  });

  it('refuses 02:30 on that day, which does not exist', async () => {
    const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0].id;
    const response = await api(officer, 'POST', '/api/rounds', {
      schemeId: scheme,
      name: 'Ronde met een ontbrekend uur',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAtLocal: '2027-03-20T09:00',
      deadlineAtLocal: '2027-03-28T02:30',
      lotSeed: 'loting zomertijd',
      ceilings: { living_room: 1, day_activities: 1, information_advice: 1, services: 1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'deadlineAtLocal',
        message:
          'Deadline: dit tijdstip bestaat niet, omdat de klok dan een uur vooruit gaat. Kies een ander tijdstip.',
      },
    ]);
  });
});

describe('a double click on submit', () => {
  it('is submitted once when the button is pressed twice at the same moment', async () => {
    now = new Date('2027-03-15T10:00:00Z');
    const springRound = await openRound(ctx.app, officer, {
      opensLocal: '2027-03-14T09:00',
      deadlineLocal: '2027-04-01T12:00',
      name: 'Voorjaarsronde',
    });
    const provision = await api(applicant, 'POST', '/api/provisions', {
      organisationId: applicant.me.organisations[0]!.id,
      name: 'Huiskamer De Lindeboom – dubbelklik',
      category: 'living_room',
    });
    const created = await api(applicant, 'POST', '/api/applications', {
      roundId: springRound,
      provisionId: provision.json().id,
    });
    const twice = created.json();
    const saved = await api(applicant, 'PUT', `/api/applications/${twice.id}`, {
      version: 1,
      content: completeContent(),
    });
    await attachAll(ctx.app, applicant, twice.id);
    const version = saved.json().version as number;
    const answers = await Promise.all([
      api(applicant, 'POST', `/api/applications/${twice.id}/submit`, { version }),
      api(applicant, 'POST', `/api/applications/${twice.id}/submit`, { version }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const outbox = (await api(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    const reference = answers.find((a) => a.statusCode === 200)!.json().reference;
    expect(
      outbox.items.filter((m: { subject: string }) => m.subject.endsWith(reference)),
    ).toHaveLength(1);
  });
});

describe('the scope of the regulation and volunteers’ VOG (docs/rules/scope-of-the-regulation.md)', () => {
  let scopeRoundId: string;
  beforeAll(async () => {
    now = new Date('2027-06-01T10:00:00Z');
    scopeRoundId = await openRound(ctx.app, officer, {
      opensLocal: '2027-06-02T09:00',
      deadlineLocal: '2027-09-01T12:00',
      year: 2028,
    });
    now = new Date('2027-07-01T10:00:00Z');
  });
  const draftIn2028 = async () => {
    const own = (await api(applicant2, 'GET', '/api/provisions')).json().items[0];
    const response = await api(applicant2, 'POST', '/api/applications', {
      roundId: scopeRoundId,
      provisionId: own.id,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  it('asks the board to declare the initiative is not run by a professional organisation', async () => {
    const draft = await draftIn2028();
    const conditions = draft.formDefinition.generalConditions.map(
      (c: { code: string; label: string }) => [c.code, c.label],
    );
    expect(conditions).toEqual([
      ['not_professional', 'Initiatief van vrijwilligers of inwoners'],
      ['board', 'Behoorlijke bestuurssamenstelling'],
      ['vog', 'Verklaring omtrent het gedrag (VOG) van vrijwilligers'],
      ['administration', 'Deugdelijke administratie'],
      ['open_to_everyone', 'Algemeen toegankelijk'],
    ]);
    const content = completeContent(2028);
    const saved = await api(applicant2, 'PUT', `/api/applications/${draft.id}`, {
      version: 1,
      content: {
        ...content,
        returnService: 'tegenprestatie',
        declarations: { ...content.declarations, not_professional: false },
      },
    });
    await attachAll(ctx.app, applicant2, draft.id);
    const submitted = await api(applicant2, 'POST', `/api/applications/${draft.id}/submit`, {
      version: saved.json().version,
    });
    expect(submitted.statusCode).toBe(400);
    expect(submitted.json().code).toBe('SUBMISSION_INCOMPLETE');
    expect(submitted.json().fields).toEqual([
      {
        path: 'declarations.not_professional',
        message:
          'Verklaar dat de organisatie voldoet aan: initiatief van vrijwilligers of inwoners.',
      },
    ]);
    await api(applicant2, 'POST', `/api/applications/${draft.id}/withdraw`, { reason: '' });
  });

  it('collects no copies of VOGs: the board declares them instead', async () => {
    const draft = await draftIn2028();
    const vog = draft.formDefinition.generalConditions.find(
      (c: { code: string }) => c.code === 'vog',
    );
    expect(vog.explanation).toContain('Stuur geen kopieën van VOG’s mee');
    expect(draft.problems.map((p: { path: string }) => p.path)).not.toContain('attachments.vog');
    const refused = await upload(ctx.app, applicant2, draft.id, 'vog', 'vog-jan.pdf', PDF_BYTES);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      {
        path: 'kind',
        message:
          'Kies de soort bijlage: statuten, begroting of jaarrekening. Kopieën van VOG’s verzamelt de gemeente niet; het bestuur verklaart dat de vrijwilligers er een hebben.',
      },
    ]);
    expect(
      (await api(applicant2, 'GET', `/api/applications/${draft.id}`)).json().attachments,
    ).toEqual([]);
    await api(applicant2, 'POST', `/api/applications/${draft.id}/withdraw`, { reason: '' });
  });
});
