/**
 * Grants through the API, on the demo: last year's issued granting decisions each have one
 * grant with its tier, report due day and monthly advances; the organisation sees only its
 * own; issuing again makes nothing twice; the policy officer changes a schedule until the
 * first term goes into a payment run (the demo's run paid all but Heer's, which lacks an IBAN).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { decisions, grantTerms, grants } from '../../platform/db/schema.ts';
import { createGrantsForDecisions } from './grants.service.ts';

let ctx: TestContext;
let officer: Session;
let finance: Session;
let applicant: Session;
let applicant2: Session;
let assessor: Session;

const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });
const put = (session: Session, url: string, payload: object) =>
  ctx.app.inject({ method: 'PUT', url, headers: as(session), payload });

interface Summary {
  id: string;
  reference: string;
  organisationName: string;
  category: string;
  grantedCents: number;
  roundId: string;
}
let all: Summary[];
const grantOf = (organisation: string) => all.find((g) => g.organisationName === organisation)!;

beforeAll(async () => {
  ctx = await createTestApp();
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  finance = await loginAs(ctx.app, 'finance@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  all = (await get(officer, '/api/grants')).json().items;
});
afterAll(() => ctx.close());

describe('grants from issued decisions', () => {
  it('gives each of the five granting decisions of 2025 one grant', () => {
    expect(all.map((g) => [g.reference, g.organisationName, g.category, g.grantedCents])).toEqual([
      ['SB-2025-0001', 'Stichting Dagbesteding Het Jekerpad', 'day_activities', 3_500_000],
      ['SB-2025-0002', 'Stichting Huiskamer Het Trefpunt', 'living_room', 1_400_000],
      ['SB-2025-0003', 'Stichting Huiskamer De Lindeboom', 'living_room', 1_600_000],
      ['SB-2025-0004', 'Stichting Ontmoetingshuis Heer', 'living_room', 1_000_000],
      ['SB-2025-0005', 'Vereniging Klusteam Maas en Mergel', 'services', 900_000],
    ]);
  });

  it('states the tier, the report due day and twelve monthly advances that add up', async () => {
    const heer = grantOf('Stichting Ontmoetingshuis Heer');
    const grant = (await get(finance, `/api/grants/${heer.id}`)).json();
    expect(grant.periodStart).toBe('2025-01-01');
    expect(grant.periodEnd).toBe('2025-12-31');
    // € 10,000 is above € 5,000: an activity report.
    expect(grant.accountabilityTier).toBe('activity_report');
    // 13 weeks after 31 December 2025.
    expect(grant.reportDueDay).toBe('2026-04-01');
    // Heer has no IBAN: none of its advances has been paid.
    expect(grant.status).toBe('granted');
    expect(grant.scheduleKind).toBe('monthly');
    expect(grant.terms).toHaveLength(12);
    expect(grant.terms[0]).toMatchObject({
      dueDay: '2025-01-01',
      amountCents: 83_333,
      paid: false,
    });
    // € 10,000 / 12 = € 833.33, the rest in the last term: € 833.37.
    expect(grant.terms[11]).toMatchObject({ dueDay: '2025-12-01', amountCents: 83_337 });
    expect(
      grant.terms.reduce((sum: number, t: { amountCents: number }) => sum + t.amountCents, 0),
    ).toBe(1_000_000);
    expect(grant.timeline).toEqual([
      expect.objectContaining({ kind: 'granted', actorName: 'Sanne Willems' }),
    ]);
  });

  it('lets the policy officer and finance filter by round and category', async () => {
    const roundId = all[0]!.roundId;
    const living = (
      await get(finance, `/api/grants?roundId=${roundId}&category=living_room`)
    ).json();
    expect(living.items).toHaveLength(3);
    const services = (await get(officer, `/api/grants?category=services`)).json();
    expect(services.items.map((g: Summary) => g.reference)).toEqual(['SB-2025-0005']);
  });

  it('makes nothing twice when the decisions are issued again or the issuing is resumed', async () => {
    const roundId = all[0]!.roundId;
    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/rounds/${roundId}/decisions/issue`,
      headers: as(officer),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().issued).toBe(0);
    // As a resumed issue run would: the same decisions handed in once more.
    const decisionIds = (await ctx.app.db.select({ id: decisions.id }).from(decisions)).map(
      (d) => d.id,
    );
    const made = await changeWithAudit(ctx.app.db, SYSTEM_ACTOR, (tx, audit) =>
      createGrantsForDecisions(
        { db: tx, actor: SYSTEM_ACTOR, now: new Date() },
        { decisionIds, audit },
      ),
    );
    expect(made).toBe(0);
    const [count] = await ctx.app.db.select({ n: sql<number>`count(*)::int` }).from(grants);
    expect(count!.n).toBe(5);
    const [terms] = await ctx.app.db.select({ n: sql<number>`count(*)::int` }).from(grantTerms);
    expect(terms!.n).toBe(5 * 12);
  });
});

describe('who sees which grant', () => {
  it('shows the organisation only its own grant', async () => {
    const own = (await get(applicant, '/api/grants')).json().items;
    expect(own.map((g: Summary) => g.reference)).toEqual(['SB-2025-0003']);
    const other = grantOf('Vereniging Klusteam Maas en Mergel');
    expect((await get(applicant, `/api/grants/${other.id}`)).statusCode).toBe(404);
    expect((await get(applicant2, `/api/grants/${other.id}`)).statusCode).toBe(200);
  });

  it('shows finance and the policy officer all five, and an assessor none', async () => {
    expect((await get(finance, '/api/grants')).json().items).toHaveLength(5);
    expect((await get(assessor, '/api/grants')).statusCode).toBe(403);
  });
});

describe('changing the schedule of advances', () => {
  it('plans quarterly terms for the policy officer, and refuses the others', async () => {
    const id = grantOf('Stichting Ontmoetingshuis Heer').id;
    expect(
      (await put(finance, `/api/grants/${id}/schedule`, { kind: 'quarterly' })).statusCode,
    ).toBe(403);
    expect(
      (await put(applicant, `/api/grants/${id}/schedule`, { kind: 'quarterly' })).statusCode,
    ).toBe(403);
    const changed = await put(officer, `/api/grants/${id}/schedule`, { kind: 'quarterly' });
    expect(changed.statusCode).toBe(200);
    expect(
      changed
        .json()
        .terms.map((t: { dueDay: string; amountCents: number }) => [t.dueDay, t.amountCents]),
    ).toEqual([
      ['2025-01-01', 250_000],
      ['2025-04-01', 250_000],
      ['2025-07-01', 250_000],
      ['2025-10-01', 250_000],
    ]);
    expect(changed.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'granted',
      'schedule_changed',
    ]);
  });

  it('names the field of each problem in a schedule of its own', async () => {
    const id = grantOf('Stichting Ontmoetingshuis Heer').id;
    const refused = await put(officer, `/api/grants/${id}/schedule`, {
      kind: 'custom',
      terms: [
        { dueDay: '2025-03-01', amountCents: 600_000 },
        { dueDay: '2026-02-01', amountCents: 500_000 },
      ],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      { path: 'terms.1.dueDay', message: 'Een voorschot wordt betaald binnen de subsidieperiode.' },
      { path: 'terms', message: 'De voorschotten zijn samen meer dan de verleende subsidie.' },
    ]);
    const accepted = await put(officer, `/api/grants/${id}/schedule`, {
      kind: 'custom',
      terms: [
        { dueDay: '2025-03-01', amountCents: 600_000 },
        { dueDay: '2025-09-01', amountCents: 400_000 },
      ],
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().scheduleKind).toBe('custom');
    expect(accepted.json().terms).toHaveLength(2);
  });

  it('is refused once a term is paid', async () => {
    // The demo's run BT-2025-0001 paid Klusteam's advances up to November.
    const id = grantOf('Vereniging Klusteam Maas en Mergel').id;
    const refused = await put(officer, `/api/grants/${id}/schedule`, { kind: 'single' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('SCHEDULE_LOCKED');
    const grant = (await get(officer, `/api/grants/${id}`)).json();
    expect(grant.scheduleChangeable).toBe(false);
    expect(grant.terms).toHaveLength(12);
  });
});
