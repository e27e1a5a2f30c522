/**
 * A tie on the total decided by lot, through the API: two living rooms with the same figures
 * and the same final scores, under a ceiling that does not hold both. Both letters must show
 * the seed and both hashes in the lot's order, say how to check it, and never say the other
 * "scored higher".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeContent,
  newApplicantOrganisation,
  openRound,
  scoreSheet,
  submitApplication,
  ALL_CONDITIONS_MET,
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
const ids: Record<string, string> = {};

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const SCORES = { samenwerking: 8, resultaat: 7, inclusie: 7, duurzaamheid: 7 };

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  const assessor = await loginAs(ctx.app, 'assessor@demo.example');
  const assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  const admin = await loginAs(ctx.app, 'admin@demo.example');
  const applicant = await loginAs(ctx.app, 'applicant@demo.example');
  const roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  // € 30.000 for living rooms, set before anyone applied: room for one and a half.
  const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
  await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
    ceilings: { ...round.ceilings, living_room: 3_000_000 },
    reason: 'Plafond voor de loting',
  });

  now = new Date('2027-02-01T10:00:00Z');
  // Both ask € 18.000 with € 16.000 fixed costs for the same reach: prijs 10 each, total 39.
  const own = (await api(applicant, 'GET', '/api/provisions')).json().items[0];
  const first = await submitApplication(ctx.app, applicant, roundId, own.id, completeContent());
  const other = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'b@wyck.example',
    category: 'living_room',
  });
  const second = await submitApplication(
    ctx.app,
    other.session,
    roundId,
    other.provisionId,
    completeContent(),
  );
  expect([first.reference, second.reference]).toEqual(['AV-2027-0001', 'AV-2027-0002']);
  ids['AV-2027-0001'] = first.id;
  ids['AV-2027-0002'] = second.id;

  now = new Date('2027-03-02T09:00:00Z');
  for (const id of [first.id, second.id]) {
    await api(officer, 'PUT', `/api/applications/${id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    await api(officer, 'PUT', `/api/applications/${id}/conditions`, { checks: ALL_CONDITIONS_MET });
    for (const session of [assessor, assessor2]) {
      await api(session, 'POST', `/api/assessments/${id}/submit`, {
        scores: scoreSheet(SCORES),
      });
    }
    const fixed = await api(officer, 'PUT', `/api/applications/${id}/final-scores`, {
      scores: scoreSheet(SCORES),
    });
    expect(fixed.statusCode).toBe(200);
  }
  const ranking = await api(
    officer,
    'POST',
    `/api/rounds/${roundId}/categories/living_room/rankings`,
    {},
  );
  expect(ranking.statusCode).toBe(201);
  // The lot: SHA-256("Testronde 2027 loting:AV-2027-0002") = 101f… comes before 7da1….
  expect(
    ranking
      .json()
      .output.applications.map((a: { reference: string; outcome: string; total: number }) => [
        a.reference,
        a.outcome,
        a.total,
      ]),
  ).toEqual([
    ['AV-2027-0002', 'granted', 39],
    ['AV-2027-0001', 'partially_granted', 39],
  ]);
  const job = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
  expect(job.statusCode).toBe(202);
  await ctx.app.jobs.kick();
});
afterAll(() => ctx.close());

async function letterText(reference: string): Promise<string> {
  const response = await api(officer, 'GET', `/api/applications/${ids[reference]}/decision`);
  expect(response.statusCode).toBe(200);
  return (response.json().html as string)
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replaceAll('\u00a0', ' ');
}

describe('a tie decided by lot, in both letters', () => {
  it('lists the seed and every tied reference with its SHA-256, in the order of the lot', async () => {
    for (const reference of ['AV-2027-0001', 'AV-2027-0002']) {
      const text = await letterText(reference);
      expect(text).toContain(
        'Uw aanvraag had hetzelfde totaal (39 punten) als 1 andere aanvraag. Bij een gelijk totaal bepaalt het lot de volgorde (artikel 9, derde lid, Subsidieregeling Algemene Voorzieningen 2020). Voor elke aanvraag is de SHA-256 berekend van de openbare tekst "Testronde 2027 loting", een dubbele punt en het kenmerk van de aanvraag',
      );
      const first = `Plaats 1: AV-2027-0002${reference === 'AV-2027-0002' ? ' (uw aanvraag)' : ''}, SHA-256 101f367ff5ad57cd81824246e129dc46cbdd805a1352335506be1c8893071708`;
      const second = `Plaats 2: AV-2027-0001${reference === 'AV-2027-0001' ? ' (uw aanvraag)' : ''}, SHA-256 7da1f12d0bdbc6867dd37c9d66e0140e087d3ec0d7f1caca818bdc35c394da63`;
      expect(text).toContain(first);
      expect(text).toContain(second);
      expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
      expect(text).toContain('npm run --silent cli -- tender rank <invoer.json>');
      expect(text).not.toMatch(/hoger scoor|scoorden hoger|meer punten/);
    }
  });

  it('grants the one the lot put second what is left, "voor zover" the ceiling allows', async () => {
    const text = await letterText('AV-2027-0001');
    expect(text).toContain(
      'Wij verlenen u voor Huiskamer De Lindeboom een subsidie van € 14.000,00 voor de periode 1 januari 2027 tot en met 31 december 2027. Voor het overige weigeren wij de subsidie.',
    );
    expect(text).toContain(
      'Subsidie wordt geweigerd voor zover door verstrekking van de subsidie het subsidieplafond zou worden overschreden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).',
    );
    expect(text).toContain(
      'U vroeg € 18.000,00. Daarvan komt € 16.000,00 voor subsidie in aanmerking, omdat in deze categorie alleen deze kosten subsidiabel zijn: Vaste lasten (huur, energie, verzekering, schoonmaak, telefoon/internet) (artikel 6 Subsidieregeling Algemene Voorzieningen 2020).',
    );
  });
});
