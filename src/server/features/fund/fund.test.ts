/**
 * The Sociaal Investeringsfonds' ledger through the API, on the demo: a deposit of the 2024
 * annual result counts, a health insurer's contribution awaits a second finance user; nobody
 * approves their own booking, refused bookings book nothing, and twenty commitments at the
 * same moment on a fund with room for five book exactly five.
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
import { TEMPLATE_MOMENT } from '../../../../test/support/template-moment.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { systemContext } from '../../platform/use-case.ts';
import type { Fund } from './fund.schemas.ts';
import * as service from './fund.service.ts';

let ctx: TestContext;
const now = new Date(TEMPLATE_MOMENT.getTime() + 3_600_000);
const sessions: Record<string, Session> = {};

const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(sessions[who]!), ...(payload ? { payload } : {}) });
const fund = async (): Promise<Fund> => (await call('finance', 'GET', '/api/fund')).json();
const bookingCount = async () =>
  Number(
    (
      (await ctx.handle.db.execute(sql`select count(*)::int as n from fund_bookings`)) as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );
const aGrantId = async () =>
  (
    (await ctx.handle.db.execute(sql`select id from grants order by reference limit 1`)) as {
      rows: { id: string }[];
    }
  ).rows[0]!.id;

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  for (const who of ['finance', 'finance2', 'policy_officer', 'applicant', 'assessor'])
    sessions[who] = await loginAs(ctx.app, `${who}@demo.example`);
});
afterAll(() => ctx.close());

describe("the demo's fund", () => {
  it('holds the approved deposit of the 2024 annual result, and a pending contribution first in the list', async () => {
    const f = await fund();
    expect(f.name).toBe('Sociaal Investeringsfonds');
    expect(f.balances).toEqual({
      depositedCents: 50_000_000,
      committedCents: 0,
      paidCents: 0,
      reclaimedCents: 0,
      freeCents: 50_000_000,
      openCents: 0,
    });
    expect(f.series).toHaveLength(1);
    expect(f.series[0]!.freeCents).toBe(50_000_000);
    expect(f.total).toBe(2);
    expect(
      f.bookings.map((b) => [b.kind, b.amountCents, b.sourceYear, b.description, b.pending]),
    ).toEqual([
      ['deposit', 5_000_000, null, 'Bijdrage zorgverzekeraar', true],
      ['deposit', 50_000_000, 2024, 'Positief resultaat jaarrekening 2024', false],
    ]);
    expect(f.bookings[1]).toMatchObject({
      bookedByName: 'Petra Lemmens',
      approvedByName: 'Ruud Vroemen',
    });
  });
});

describe('who may do what', () => {
  it('lets finance and the policy officer read, only finance book, nobody else anything', async () => {
    const statuses: Record<string, number[]> = {};
    for (const who of ['finance', 'policy_officer', 'applicant', 'assessor']) {
      statuses[who] = [
        (await call(who, 'GET', '/api/fund')).statusCode,
        // An empty body: a role that may book gets 400 (nothing booked), others 403.
        (await call(who, 'POST', '/api/fund/deposits', {})).statusCode,
        (await call(who, 'POST', '/api/fund/corrections', {})).statusCode,
      ];
    }
    expect(statuses).toEqual({
      finance: [200, 400, 400],
      policy_officer: [200, 403, 403],
      applicant: [403, 403, 403],
      assessor: [403, 403, 403],
    });
    expect(await bookingCount()).toBe(2);
  });
});

describe('four eyes', () => {
  it('refuses the proposer approving their own deposit, and lets a colleague approve it once', async () => {
    const pending = (await fund()).bookings[0]!;
    const own = await call('finance', 'POST', `/api/fund/bookings/${pending.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({
      code: 'FUND_OWN_APPROVAL',
      message:
        'U hebt deze boeking zelf voorgesteld. Een andere financieel medewerker moet haar goedkeuren (vier ogen).',
    });
    expect((await fund()).balances.depositedCents).toBe(50_000_000);
    const byPolicyOfficer = await call(
      'policy_officer',
      'POST',
      `/api/fund/bookings/${pending.id}/approve`,
    );
    expect(byPolicyOfficer.statusCode).toBe(403);

    const approved = await call('finance2', 'POST', `/api/fund/bookings/${pending.id}/approve`);
    expect(approved.statusCode).toBe(200);
    const after = await fund();
    expect(after.balances).toMatchObject({ depositedCents: 55_000_000, freeCents: 55_000_000 });
    expect(after.bookings.find((b) => b.id === pending.id)).toMatchObject({
      pending: false,
      approvedByName: 'Ruud Vroemen',
    });
    const again = await call('finance2', 'POST', `/api/fund/bookings/${pending.id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('FUND_BOOKING_STATE');
  });

  it('counts a correction only once a colleague approved it, lowering the kind it corrects', async () => {
    const contribution = (await fund()).bookings.find((b) => b.amountCents === 5_000_000)!;
    const proposed = await call('finance2', 'POST', '/api/fund/corrections', {
      correctsId: contribution.id,
      amountCents: 1_000_000,
      reason: 'De zorgverzekeraar droeg € 40.000,00 bij, niet € 50.000,00.',
    });
    expect(proposed.statusCode).toBe(201);
    expect((await fund()).balances.depositedCents).toBe(55_000_000);
    expect(
      (await call('finance2', 'POST', `/api/fund/bookings/${proposed.json().id}/approve`))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('finance', 'POST', `/api/fund/bookings/${proposed.json().id}/approve`))
        .statusCode,
    ).toBe(200);
    const after = await fund();
    expect(after.balances).toMatchObject({ depositedCents: 54_000_000, freeCents: 54_000_000 });
    expect(after.bookings[0]).toMatchObject({
      kind: 'correction',
      correctsId: contribution.id,
      correctsKind: 'deposit',
      amountCents: 1_000_000,
    });
  });
});

describe('refused bookings', () => {
  it('book nothing and name the field in Dutch', async () => {
    const before = await bookingCount();
    const noSource = await call('finance', 'POST', '/api/fund/deposits', {
      amountCents: 100_000,
    });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().fields).toEqual([
      {
        path: 'description',
        message:
          'Vul de bron van de storting in: het jaar van het jaarrekeningresultaat of een omschrijving van de andere bron.',
      },
    ]);
    const zero = await call('finance', 'POST', '/api/fund/deposits', {
      amountCents: 0,
      sourceYear: 2025,
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().fields).toEqual([
      { path: 'amountCents', message: 'Het bedrag moet groter zijn dan € 0,00.' },
    ]);
    const contribution = (await fund()).bookings.find((b) => b.amountCents === 5_000_000)!;
    // € 10.000,00 of the € 50.000,00 was corrected already: € 40.000,00 is left.
    const tooMuch = await call('finance', 'POST', '/api/fund/corrections', {
      correctsId: contribution.id,
      amountCents: 4_000_001,
      reason: 'Nogmaals gecorrigeerd',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json()).toMatchObject({
      code: 'FUND_BOOKING_REFUSED',
      message:
        'Van deze boeking is nog € 40.000,00 te corrigeren; de correctie mag niet groter zijn.',
      fields: [{ path: 'amountCents' }],
    });
    expect(await bookingCount()).toBe(before);
  });

  it('refuse a commitment above the free balance and a payment above the commitment', async () => {
    const grantId = await aGrantId();
    const context = systemContext(ctx.handle.db, now);
    const before = await bookingCount();
    await expect(
      service.book(context, { kind: 'commitment', grantId, amountCents: 54_000_001 }),
    ).rejects.toMatchObject({
      code: 'FUND_BOOKING_REFUSED',
      message:
        'Deze boeking maakt het vrij te besteden saldo negatief: er is nog € 540.000,00 vrij.',
    });
    await expect(
      service.book(context, { kind: 'payment', grantId, amountCents: 1 }),
    ).rejects.toBeInstanceOf(AppError);
    expect(await bookingCount()).toBe(before);

    await service.book(context, { kind: 'commitment', grantId, amountCents: 4_000_000 });
    await service.book(context, { kind: 'payment', grantId, amountCents: 1_500_000 });
    await expect(
      service.book(context, { kind: 'payment', grantId, amountCents: 2_500_001 }),
    ).rejects.toMatchObject({ code: 'FUND_BOOKING_REFUSED' });
    await service.book(context, { kind: 'release', grantId, amountCents: 500_000 });
    expect((await fund()).balances).toEqual({
      depositedCents: 54_000_000,
      committedCents: 3_500_000,
      paidCents: 1_500_000,
      reclaimedCents: 0,
      freeCents: 50_500_000,
      openCents: 2_000_000,
    });
  });

  it('refuse a correction that would leave less committed than is paid', async () => {
    const commitment = (await fund()).bookings.find(
      (b) => b.kind === 'commitment' && b.amountCents === 4_000_000,
    )!;
    const before = await bookingCount();
    // Committed € 35.000,00 (€ 40.000,00 − € 5.000,00 released), paid € 15.000,00.
    const refused = await call('finance', 'POST', '/api/fund/corrections', {
      correctsId: commitment.id,
      amountCents: 2_000_001,
      reason: 'Te hoog vastgelegd',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      'Er wordt nooit meer betaald of vrijgegeven dan vastgelegd en nog niet betaald is: dat is € 20.000,00.',
    );
    expect(await bookingCount()).toBe(before);
    const allowed = await call('finance', 'POST', '/api/fund/corrections', {
      correctsId: commitment.id,
      amountCents: 2_000_000,
      reason: 'Te hoog vastgelegd',
    });
    expect(allowed.statusCode).toBe(201);
    // Awaiting approval, it counts for nothing yet.
    expect((await fund()).balances.committedCents).toBe(3_500_000);
  });

  it('refuse changing or removing a booking in the database itself', async () => {
    const refusal = (statement: ReturnType<typeof sql>) =>
      ctx.handle.db.execute(statement).then(
        () => 'changed',
        (e: Error & { cause?: Error }) => (e.cause ?? e).message,
      );
    expect(await refusal(sql`update fund_bookings set amount_cents = 1`)).toBe(
      'fund_bookings is append-only: UPDATE is not allowed',
    );
    expect(await refusal(sql`delete from fund_bookings`)).toBe(
      'fund_bookings is append-only: DELETE is not allowed',
    );
  });
});

describe('bookings at the same moment', () => {
  it('of twenty commitments on a fund with room for five, book exactly five', async () => {
    const grantId = await aGrantId();
    const free = (await fund()).balances.freeCents;
    // Five fit, a sixth does not: 5 × amount ≤ free < 6 × amount.
    const amountCents = Math.floor(free / 5);
    const actor: Actor = systemContext(ctx.handle.db, now).actor;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        service.book(
          { db: ctx.handle.db, actor, scope: { kind: 'all' }, now },
          { kind: 'commitment', grantId, amountCents },
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const refusals = results.filter((r) => r.status === 'rejected');
    expect(refusals).toHaveLength(15);
    for (const r of refusals) expect(r.reason).toMatchObject({ code: 'FUND_BOOKING_REFUSED' });
    const after = (await fund()).balances;
    expect(after.freeCents).toBe(free - 5 * amountCents);
    expect(after.freeCents).toBeGreaterThanOrEqual(0);
  });
});
