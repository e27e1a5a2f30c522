/**
 * Time to complete (Awb 4:5) through the API: a request with a term, the applicant's answer,
 * and setting an application aside only after an unanswered term has passed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PDF_BYTES,
  completeContent,
  newApplicantOrganisation,
  openRound,
  submitApplication,
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
let admin: Session;
let applicant: Session;
let applicantB: Session;
let roundId: string;
const apps = {} as Record<'a' | 'b' | 'c', { id: string; reference: string }>;

const api = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

function answerWithFile(session: Session, applicationId: string, requestId: string) {
  const boundary = '----aanvulling';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\nHierbij de leesbare begroting.\r\n`,
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="begroting-2027.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    PDF_BYTES,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/applications/${applicationId}/completion-requests/${requestId}/answer`,
    headers: { ...as(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  now = new Date('2027-02-01T10:00:00Z');
  const own = (await api(applicant, 'GET', '/api/provisions')).json().items[0];
  apps.a = await submitApplication(ctx.app, applicant, roundId, own.id, completeContent());
  const b = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'b@wyck.example',
    category: 'living_room',
  });
  applicantB = b.session;
  apps.b = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());
  const c = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Huiskamer Heer',
    email: 'c@heer.example',
    category: 'living_room',
  });
  apps.c = await submitApplication(ctx.app, c.session, roundId, c.provisionId, completeContent());
  // Wednesday 3 March 2027, 10:00 in Amsterdam.
  now = new Date('2027-03-03T09:00:00Z');
});
afterAll(() => ctx.close());

describe('setting an application aside (Awb 4:5)', () => {
  it('is impossible without a request to complete', async () => {
    const response = await api(officer, 'POST', `/api/applications/${apps.c.id}/set-aside`, {});
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'COMPLETION_REQUEST_REQUIRED',
      message:
        'Een aanvraag kan pas buiten behandeling worden gesteld nadat de aanvrager is gevraagd haar aan te vullen en de termijn daarvoor ongebruikt is verstreken (artikel 4:5 Awb).',
    });
  });
});

describe('a request to complete', () => {
  let requestA: string;

  it('refuses a term shorter than a week, naming the field', async () => {
    const response = await api(
      officer,
      'POST',
      `/api/applications/${apps.a.id}/completion-requests`,
      {
        attachmentKind: 'budget',
        description: 'De begroting is onleesbaar gescand.',
        termDays: 3,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'termDays', message: 'De termijn is minstens 7 dagen.' },
    ]);
  });

  it('gives two weeks by default, and the applicant sees it and gets an e-mail', async () => {
    const response = await api(
      officer,
      'POST',
      `/api/applications/${apps.a.id}/completion-requests`,
      {
        attachmentKind: 'budget',
        description: 'De begroting is onleesbaar gescand; stuur een leesbare versie.',
      },
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      applicationReference: apps.a.reference,
      attachmentKind: 'budget',
      termDays: 14,
      requestedDay: '2027-03-03',
      dueDay: '2027-03-17',
      state: 'open',
    });
    requestA = response.json().id;
    const seen = (
      await api(applicant, 'GET', `/api/applications/${apps.a.id}/completion-requests`)
    ).json();
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]).toMatchObject({ id: requestA, dueDay: '2027-03-17', state: 'open' });
    const outbox = (await api(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    expect(outbox.items[0].subject).toBe(
      `Vul uw aanvraag ${apps.a.reference} aan vóór 17 maart 2027`,
    );
    // Another organisation does not see it.
    expect(
      (await api(applicantB, 'GET', `/api/applications/${apps.a.id}/completion-requests`))
        .statusCode,
    ).toBe(404);
  });

  it('shows on the policy officer’s list of open requests', async () => {
    const list = (await api(officer, 'GET', '/api/completion-requests')).json();
    expect(
      list.items.map((r: { applicationReference: string; state: string }) => [
        r.applicationReference,
        r.state,
      ]),
    ).toEqual([[apps.a.reference, 'open']]);
  });

  it('cannot lead to setting aside while its term runs, the last day included', async () => {
    now = new Date('2027-03-17T21:00:00Z'); // 17 March, 22:00 in Amsterdam
    const response = await api(officer, 'POST', `/api/applications/${apps.a.id}/set-aside`, {
      completionRequestId: requestA,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'COMPLETION_TERM_RUNNING',
      message:
        'De termijn om de aanvraag aan te vullen loopt tot en met 17 maart 2027. Pas daarna kan de aanvraag buiten behandeling worden gesteld.',
    });
    expect((await api(officer, 'GET', `/api/applications/${apps.a.id}`)).json().status).toBe(
      'submitted',
    );
  });

  it('answered with the document asked for, rules out setting aside', async () => {
    now = new Date('2027-03-04T09:00:00Z');
    const request = (
      await api(officer, 'POST', `/api/applications/${apps.b.id}/completion-requests`, {
        attachmentKind: 'budget',
        description: 'De begroting mist de huur van de ruimte.',
        termDays: 21,
      })
    ).json();
    expect(request.dueDay).toBe('2027-03-25');
    const withoutFile = await api(
      applicantB,
      'POST',
      `/api/applications/${apps.b.id}/completion-requests/${request.id}/answer`,
      { text: 'Zie bijlage.' },
    );
    expect(withoutFile.statusCode).toBe(400);
    expect(withoutFile.json().fields).toEqual([{ path: 'file', message: 'Voeg toe: begroting.' }]);
    const answered = await answerWithFile(applicantB, apps.b.id, request.id);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({
      state: 'answered',
      answerText: 'Hierbij de leesbare begroting.',
      answerAttachment: { filename: 'begroting-2027.pdf' },
    });
    const application = (await api(officer, 'GET', `/api/applications/${apps.b.id}`)).json();
    expect(
      application.attachments.filter((a: { kind: string }) => a.kind === 'budget'),
    ).toHaveLength(2);

    now = new Date('2027-04-01T09:00:00Z');
    const setAside = await api(officer, 'POST', `/api/applications/${apps.b.id}/set-aside`, {
      completionRequestId: request.id,
    });
    expect(setAside.statusCode).toBe(409);
    expect(setAside.json().code).toBe('COMPLETION_ANSWERED');
  });

  it('unanswered after its term, sets the application aside with a decision that gives the ground', async () => {
    now = new Date('2027-03-18T09:00:00Z');
    const response = await api(officer, 'POST', `/api/applications/${apps.a.id}/set-aside`, {
      completionRequestId: requestA,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({
      decisionReference: 'BS-2027-0001',
      sentDay: '2027-03-18',
      objectionDeadline: '2027-04-29',
    });
    expect((await api(applicant, 'GET', `/api/applications/${apps.a.id}`)).json().status).toBe(
      'set_aside',
    );
    const decision = (
      await api(applicant, 'GET', `/api/applications/${apps.a.id}/decision`)
    ).json();
    expect(decision).toMatchObject({
      reference: 'BS-2027-0001',
      outcome: 'set_aside',
      title: 'Aanvraag buiten behandeling gesteld: niet aangevuld',
      sentDay: '2027-03-18',
    });
    expect(decision.html).toContain(
      'Wij nemen uw aanvraag voor Huiskamer De Lindeboom niet in behandeling (artikel 4:5, eerste lid, aanhef en onder c, Algemene wet bestuursrecht).',
    );
    expect(decision.html).toContain(
      'Op 3 maart 2027 hebben wij u gevraagd uw aanvraag aan te vullen met begroting: De begroting is onleesbaar gescand; stuur een leesbare versie.. U kon dat doen tot en met 17 maart 2027. Wij hebben de aanvulling niet ontvangen.',
    );
    expect(decision.html).toContain('dus tot en met 29 april 2027, bezwaar maken');
    const pdf = await api(applicant, 'GET', `/api/applications/${apps.a.id}/decision.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const overview = (await api(officer, 'GET', `/api/rounds/${roundId}/overview`)).json();
    expect(
      overview.categories.find((c: { category: string }) => c.category === 'living_room').counts,
    ).toEqual({ draft: 0, submitted: 2, late: 0, withdrawn: 0, set_aside: 1 });
    // The application no longer takes part in the ranking: only B and C still wait for the chair.
    const simulation = (
      await api(officer, 'POST', `/api/rounds/${roundId}/categories/living_room/simulation`, {})
    ).json();
    expect(simulation.code).toBe('ASSESSMENT_INCOMPLETE');
    expect(simulation.fields.map((f: { path: string }) => f.path).sort()).toEqual(
      [apps.b.reference, apps.c.reference].sort(),
    );
    expect(
      simulation.details.missing.map((m: { reference: string }) => m.reference).sort(),
    ).toEqual([apps.b.reference, apps.c.reference].sort());
    const requests = (
      await api(applicant, 'GET', `/api/applications/${apps.a.id}/completion-requests`)
    ).json();
    expect(requests.items[0]).toMatchObject({
      state: 'set_aside',
      setAsideDecisionReference: 'BS-2027-0001',
    });
    // Too late to complete now.
    const late = await answerWithFile(applicant, apps.a.id, requestA);
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe(
      'De aanvraag is buiten behandeling gesteld; aanvullen kan niet meer.',
    );
  });

  it('leaves every step in the audit trail, without the free texts', async () => {
    const audit = (await api(admin, 'GET', `/api/audit?entityId=${apps.a.id}`)).json();
    const actions = audit.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['completion.request', 'application.set_aside']),
    );
    const serialised = JSON.stringify(audit.items);
    expect(serialised).toContain('"dueDay":"2027-03-17"');
    expect(serialised).not.toContain('onleesbaar');
    const auditB = (await api(admin, 'GET', `/api/audit?entityId=${apps.b.id}`)).json();
    expect(auditB.items.map((e: { action: string }) => e.action)).toContain('completion.answer');
    expect(JSON.stringify(auditB.items)).not.toContain('Hierbij de leesbare begroting');
  });
});

describe('an objection against setting aside', () => {
  it('when well-founded, takes the application back into process', async () => {
    now = new Date('2027-03-26T09:00:00Z');
    const registered = await api(officer, 'POST', `/api/applications/${apps.a.id}/objections`, {
      receivedDay: '2027-03-25',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    expect(registered.json()).toMatchObject({
      decisionReference: 'BS-2027-0001',
      deadlineDay: '2027-04-29',
      inTime: true,
    });
    const decided = await api(officer, 'POST', `/api/objections/${registered.json().id}/decision`, {
      outcome: 'well_founded',
      reasons:
        'De leesbare begroting lag al op 15 maart bij de gemeente, maar was verkeerd gearchiveerd.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().html).toContain(
      'Wij verklaren uw bezwaar gegrond. Wij herroepen beschikking BS-2027-0001 (artikel 7:11, tweede lid, Algemene wet bestuursrecht). Wij nemen uw aanvraag weer in behandeling; u ontvangt daarop een nieuwe beschikking.',
    );
    expect(decided.json().html).toContain(
      'aan het bezwaar volledig tegemoet wordt gekomen (artikel 7:3, aanhef en onder e',
    );
    expect((await api(applicant, 'GET', `/api/applications/${apps.a.id}`)).json().status).toBe(
      'submitted',
    );
  });
});
