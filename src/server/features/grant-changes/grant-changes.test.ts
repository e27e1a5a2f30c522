/**
 * Changes of a grant through the API, on the demo (last year's five grants; the run of
 * November paid eleven monthly advances of each but Heer's, which has no IBAN): the
 * organisation asks for its own grant only, the policy officer decides with a letter, lowers
 * and withdraws (Awb 4:48); terms in a payment run that is not exported block a change until
 * finance cancels it; a withdrawn grant pays nothing more; nothing changes after settlement.
 */
import { eq, sql } from 'drizzle-orm';
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
import { auditEvents, grantChanges, grants } from '../../platform/db/schema.ts';
import { followNewDecision } from './grant-changes.service.ts';

let ctx: TestContext;
let officer: Session;
let finance: Session;
let applicant: Session;
let applicant2: Session;
let assessor: Session;

const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
const text = (html: string) => html.replaceAll('\u00a0', ' ');

interface Term {
  dueDay: string;
  amountCents: number;
  paid: boolean;
}
let ids: Record<string, string>;
const grant = async (reference: string) =>
  (await call(officer, 'GET', `/api/grants/${ids[reference]}`)).json();
const sum = (terms: Term[]) => terms.reduce((s, t) => s + t.amountCents, 0);

const REASONS =
  'De huiskamer is van april tot en met juni gesloten geweest wegens een verbouwing.\n\nDe activiteiten hebben in die maanden niet plaatsgevonden.';

beforeAll(async () => {
  ctx = await createTestApp();
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  finance = await loginAs(ctx.app, 'finance@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  const items = (await call(officer, 'GET', '/api/grants')).json().items as {
    id: string;
    reference: string;
  }[];
  ids = Object.fromEntries(items.map((g) => [g.reference, g.id]));
});
afterAll(() => ctx.close());

// SB-2025-0003 is Lindeboom's (applicant@demo.example), SB-2025-0005 Klusteam's (applicant2).
const LINDEBOOM = 'SB-2025-0003';
const KLUSTEAM = 'SB-2025-0005';
const HEER = 'SB-2025-0004';
const JEKERPAD = 'SB-2025-0001';
const TREFPUNT = 'SB-2025-0002';

describe('who may do what', () => {
  const activity = {
    kind: 'activity',
    activity: 'De kookochtend op dinsdag wordt een wandelochtend met koffie.',
    explanation: 'De keuken is afgekeurd; buiten lopen kan wel.',
  };

  it('lets the organisation ask for its own grant only, and nobody else ask', async () => {
    expect(
      (await call(applicant, 'POST', `/api/grants/${ids[KLUSTEAM]}/changes`, activity)).statusCode,
    ).toBe(404);
    for (const session of [officer, finance, assessor]) {
      expect(
        (await call(session, 'POST', `/api/grants/${ids[LINDEBOOM]}/changes`, activity)).statusCode,
      ).toBe(403);
    }
    const asked = await call(applicant, 'POST', `/api/grants/${ids[LINDEBOOM]}/changes`, activity);
    expect(asked.statusCode, asked.body).toBe(201);
    // The demo's own request of De Lindeboom is WB-2026-0001.
    expect(asked.json()).toMatchObject({
      reference: 'WB-2026-0002',
      kind: 'activity',
      status: 'pending',
    });
  });

  it('shows the organisation only its own changes, and the policy officer what waits', async () => {
    expect((await call(applicant, 'GET', `/api/grants/${ids[KLUSTEAM]}/changes`)).statusCode).toBe(
      404,
    );
    expect(
      (await call(applicant2, 'GET', `/api/grants/${ids[KLUSTEAM]}/changes`)).json().items,
    ).toEqual([]);
    const pending = (await call(officer, 'GET', '/api/grant-changes/pending')).json().items;
    expect(
      pending.map((c: { reference: string; grantReference: string }) => [
        c.reference,
        c.grantReference,
      ]),
    ).toEqual([
      ['WB-2026-0001', LINDEBOOM],
      ['WB-2026-0002', LINDEBOOM],
    ]);
    expect((await call(applicant, 'GET', '/api/grant-changes/pending')).statusCode).toBe(403);
  });

  it('lets only the policy officer decide, lower and withdraw', async () => {
    const change = (await call(applicant, 'GET', `/api/grants/${ids[LINDEBOOM]}/changes`))
      .json()
      .items.find((c: { kind: string }) => c.kind === 'activity');
    const decision = {
      outcome: 'granted',
      reasons: 'Een wandelochtend dient hetzelfde doel: ontmoeting.',
    };
    const lowering = { kind: 'lowering', newCents: 100_000, ground: 'a', reasons: REASONS };
    for (const session of [applicant, finance, assessor]) {
      expect(
        (
          await call(
            session,
            'POST',
            `/api/grants/${ids[LINDEBOOM]}/changes/${change.id}/decision`,
            decision,
          )
        ).statusCode,
      ).toBe(403);
      expect(
        (await call(session, 'POST', `/api/grants/${ids[LINDEBOOM]}/lowering`, lowering))
          .statusCode,
      ).toBe(403);
    }
    const decided = await call(
      officer,
      'POST',
      `/api/grants/${ids[LINDEBOOM]}/changes/${change.id}/decision`,
      decision,
    );
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ status: 'granted', hasLetter: true });
    expect(text(decided.json().html)).toContain(
      'Wij willigen uw verzoek in en wijzigen de subsidieverlening.',
    );
    expect(text(decided.json().html)).toContain('(artikel 3:46 Algemene wet bestuursrecht)');
    expect(text(decided.json().html)).toContain(
      'bezwaar maken (artikelen 6:7 en 6:8 Algemene wet bestuursrecht)',
    );
    const again = await call(
      officer,
      'POST',
      `/api/grants/${ids[LINDEBOOM]}/changes/${change.id}/decision`,
      decision,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('GRANT_CHANGE_DECIDED');
    // The organisation reads its letter; another organisation does not.
    const pdf = await call(
      applicant,
      'GET',
      `/api/grants/${ids[LINDEBOOM]}/changes/${change.id}/letter.pdf`,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The organisation's board gets the letter by e-mail.
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const outbox = (await call(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    expect(outbox.items[0].subject).toBe('Besluit op uw wijzigingsverzoek WB-2026-0002');
    expect(
      (
        await call(
          applicant2,
          'GET',
          `/api/grants/${ids[LINDEBOOM]}/changes/${change.id}/letter.pdf`,
        )
      ).statusCode,
    ).toBe(404);
  });
});

describe('requests of each kind', () => {
  it('names the field of each problem and stores nothing', async () => {
    const before = await ctx.app.db.select({ n: sql<number>`count(*)::int` }).from(grantChanges);
    const shift = await call(applicant, 'POST', `/api/grants/${ids[LINDEBOOM]}/changes`, {
      kind: 'budget_shift',
      budgetLines: [1],
      explanation: 'Meer huur, minder vrijwilligerskosten.',
    });
    expect(shift.statusCode).toBe(400);
    expect(shift.json().fields[0].path).toBe('budgetLines');
    const period = await call(applicant, 'POST', `/api/grants/${ids[LINDEBOOM]}/changes`, {
      kind: 'period',
      periodStart: '2024-12-01',
      periodEnd: '2025-12-31',
      explanation: 'Wij begonnen al eerder.',
    });
    expect(period.statusCode).toBe(400);
    expect(period.json().fields).toEqual([
      {
        path: 'periodStart',
        message: 'De nieuwe periode begint niet eerder dan de verleende periode.',
      },
      { path: 'periodEnd', message: 'Een subsidieperiode duurt hoogstens 12 maanden.' },
    ]);
    const after = await ctx.app.db.select({ n: sql<number>`count(*)::int` }).from(grantChanges);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('moves the period, the report due day and the unpaid term when a period change is granted', async () => {
    const asked = await call(applicant, 'POST', `/api/grants/${ids[LINDEBOOM]}/changes`, {
      kind: 'period',
      periodStart: '2025-01-01',
      periodEnd: '2025-11-30',
      explanation: 'De huiskamer sluit eind november; de activiteiten zijn dan af.',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const decided = await call(
      officer,
      'POST',
      `/api/grants/${ids[LINDEBOOM]}/changes/${asked.json().id}/decision`,
      {
        outcome: 'granted',
        reasons: 'Alle geplande activiteiten vallen binnen de kortere periode.',
      },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    const g = await grant(LINDEBOOM);
    expect([g.periodStart, g.periodEnd, g.reportDueDay]).toEqual([
      '2025-01-01',
      '2025-11-30',
      '2026-03-01',
    ]);
    // Eleven terms paid; December's € 1,333.37 moves to the new end.
    const unpaid = g.terms.filter((t: Term) => !t.paid);
    expect(unpaid.map((t: Term) => [t.dueDay, t.amountCents])).toEqual([['2025-11-30', 133_337]]);
    expect(sum(g.terms)).toBe(1_600_000);
    expect(g.timeline.map((e: { kind: string }) => e.kind)).toContain('change_decided');
  });

  it("grants the demo's budget shift, naming the lines moved, and keeps the amount", async () => {
    const [shift] = (await call(officer, 'GET', '/api/grant-changes/pending')).json().items;
    expect(text(shift.summary)).toBe(
      'een verschuiving tussen begrotingsposten (het totaal blijft gelijk): Huur buurtruimte van € 12.000,00 naar € 11.000,00; Energie en verzekering van € 4.000,00 naar € 5.000,00.',
    );
    const decided = await call(
      officer,
      'POST',
      `/api/grants/${ids[LINDEBOOM]}/changes/${shift.id}/decision`,
      { outcome: 'granted', reasons: 'De verschuiving blijft binnen de vaste lasten.' },
    );
    expect(decided.statusCode, decided.body).toBe(200);
    expect(text(decided.json().html)).toContain(
      'De begroting met de verschoven bedragen is voortaan de begroting waaraan wij de besteding toetsen bij de vaststelling.',
    );
    expect((await grant(LINDEBOOM)).grantedCents).toBe(1_600_000);
  });

  it('records a refusal with its reasons and changes nothing', async () => {
    const asked = await call(applicant2, 'POST', `/api/grants/${ids[KLUSTEAM]}/changes`, {
      kind: 'activity',
      activity: 'In plaats van klussen in huis gaan wij tuinen onderhouden.',
      explanation: 'Er is meer vraag naar tuinonderhoud.',
    });
    const refused = await call(
      officer,
      'POST',
      `/api/grants/${ids[KLUSTEAM]}/changes/${asked.json().id}/decision`,
      {
        outcome: 'refused',
        reasons:
          'Tuinonderhoud valt niet onder de algemene voorziening klusdiensten van de regeling.',
      },
    );
    expect(refused.json()).toMatchObject({ status: 'refused' });
    expect(text(refused.json().html)).toContain('Wij wijzen uw verzoek af.');
    expect((await grant(KLUSTEAM)).grantedCents).toBe(900_000);
  });
});

describe('lowering and withdrawal (Awb 4:48)', () => {
  it('lowers a grant without payments: the twelve terms add up to the new amount', async () => {
    const lowered = await call(officer, 'POST', `/api/grants/${ids[HEER]}/lowering`, {
      kind: 'lowering',
      newCents: 750_000,
      ground: 'a',
      reasons: REASONS,
    });
    expect(lowered.statusCode, lowered.body).toBe(201);
    expect(lowered.json()).toMatchObject({
      previousCents: 1_000_000,
      newCents: 750_000,
      excessCents: 0,
    });
    const html = text(lowered.json().html);
    expect(html).toContain(
      'van € 10.000,00 tot € 7.500,00, op grond van artikel 4:48, eerste lid, aanhef en onder a, Algemene wet bestuursrecht: de activiteiten vinden niet of niet geheel plaats.',
    );
    expect(html).toContain('<p>De activiteiten hebben in die maanden niet plaatsgevonden.</p>');
    expect(html).toContain('Vermeld uw naam en adres, de datum, het kenmerk');
    const g = await grant(HEER);
    expect(g.grantedCents).toBe(750_000);
    expect(g.terms).toHaveLength(12);
    // € 7,500 / 12 = € 625.00 each.
    expect(g.terms.every((t: Term) => t.amountCents === 62_500)).toBe(true);
    expect(g.timeline.at(-1)).toMatchObject({ kind: 'lowered' });
  });

  it('leaves what was paid above the new amount for the settlement, and shows it', async () => {
    // Klusteam: eleven terms of € 750.00 paid (€ 8,250.00), lowered to € 8,000.00.
    const lowered = await call(officer, 'POST', `/api/grants/${ids[KLUSTEAM]}/lowering`, {
      kind: 'lowering',
      newCents: 800_000,
      ground: 'b',
      reasons:
        'Het activiteitenverslag over het eerste halfjaar is ondanks herinneringen niet ingediend.',
    });
    expect(lowered.statusCode, lowered.body).toBe(201);
    expect(lowered.json()).toMatchObject({
      newCents: 800_000,
      excessCents: 25_000,
      reclaimDueDay: null,
    });
    expect(text(lowered.json().html)).toContain(
      'U hebt al € 8.250,00 aan voorschotten ontvangen, € 250,00 meer dan het nieuwe bedrag. Dat bedrag verrekenen wij bij de vaststelling van de subsidie',
    );
    const g = await grant(KLUSTEAM);
    expect(g.grantedCents).toBe(800_000);
    expect(g.paidCents).toBe(825_000);
    expect(g.terms.filter((t: Term) => !t.paid)).toEqual([]);
  });

  it('refuses a new amount that is not lower, naming the field', async () => {
    const refused = await call(officer, 'POST', `/api/grants/${ids[HEER]}/lowering`, {
      kind: 'lowering',
      newCents: 750_000,
      ground: 'a',
      reasons: REASONS,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields[0].path).toBe('newCents');
  });

  it('is refused while a term is in a payment run finance has not exported, until it is cancelled', async () => {
    const run = await call(finance, 'POST', '/api/payment-runs', { upToDay: '2025-12-31' });
    expect(run.statusCode, run.body).toBe(201);
    const refused = await call(officer, 'POST', `/api/grants/${ids[JEKERPAD]}/lowering`, {
      kind: 'withdrawal',
      ground: 'c',
      reasons: REASONS,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'GRANT_TERMS_IN_RUN' });
    expect(refused.json().message).toContain(
      `betaalrun ${run.json().reference}, die nog niet is geëxporteerd. Financiën moet die betaalrun eerst annuleren of afronden`,
    );
    expect((await grant(JEKERPAD)).status).toBe('advanced');
    const cancelled = await call(finance, 'POST', `/api/payment-runs/${run.json().id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
  });

  it('withdraws a grant: no future terms, what was paid is reclaimed within six weeks', async () => {
    const withdrawn = await call(officer, 'POST', `/api/grants/${ids[JEKERPAD]}/lowering`, {
      kind: 'withdrawal',
      ground: 'c',
      reasons: 'De opgegeven deelnemersaantallen bleken niet te kloppen.',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    // Eleven terms of € 2,916.66 were paid: € 32,083.26.
    expect(withdrawn.json()).toMatchObject({
      kind: 'withdrawal',
      newCents: 0,
      excessCents: 3_208_326,
    });
    expect(withdrawn.json().reclaimDueDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(text(withdrawn.json().html)).toContain(
      'Dat bedrag vorderen wij terug (artikel 4:57 Algemene wet bestuursrecht).',
    );
    const g = await grant(JEKERPAD);
    expect(g.status).toBe('withdrawn');
    expect(g.grantedCents).toBe(0);
    expect(g.terms.every((t: Term) => t.paid)).toBe(true);
    // A new run takes nothing of the withdrawn grant.
    const run = await call(finance, 'POST', '/api/payment-runs', { upToDay: '2025-12-31' });
    expect(run.statusCode, run.body).toBe(201);
    const payments = (await call(finance, 'GET', `/api/payment-runs/${run.json().id}`)).json()
      .payments;
    expect(payments.map((p: { grantReference: string }) => p.grantReference)).not.toContain(
      JEKERPAD,
    );
    expect(payments.map((p: { grantReference: string }) => p.grantReference)).toContain(TREFPUNT);
    await call(finance, 'POST', `/api/payment-runs/${run.json().id}/cancel`);
    // And nothing more changes it.
    const again = await call(officer, 'POST', `/api/grants/${ids[JEKERPAD]}/lowering`, {
      kind: 'lowering',
      newCents: 0,
      ground: 'c',
      reasons: REASONS,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('GRANT_CLOSED');
  });

  it('takes no request for a withdrawn grant, and no new schedule', async () => {
    const asked = await call(applicant2, 'POST', `/api/grants/${ids[KLUSTEAM]}/changes`, {
      kind: 'activity',
      activity: 'Wij gaan ook in de winter buiten klussen.',
      explanation: 'Er is vraag naar.',
    });
    expect(asked.statusCode).toBe(201);
    await ctx.app.db
      .update(grants)
      .set({ status: 'withdrawn' })
      .where(eq(grants.id, ids[KLUSTEAM]!));
    const refused = await call(applicant2, 'POST', `/api/grants/${ids[KLUSTEAM]}/changes`, {
      kind: 'activity',
      activity: 'Wij gaan ook in de winter buiten klussen.',
      explanation: 'Er is vraag naar.',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().message).toBe(
      'Subsidie SB-2025-0005 is ingetrokken; zij kan niet meer worden gewijzigd.',
    );
    // Nor is a request that was waiting decided any more.
    const decided = await call(
      officer,
      'POST',
      `/api/grants/${ids[KLUSTEAM]}/changes/${asked.json().id}/decision`,
      { outcome: 'granted', reasons: 'Buiten klussen in de winter past in de regeling.' },
    );
    expect(decided.statusCode).toBe(409);
    expect((await grant(KLUSTEAM)).scheduleChangeable).toBe(false);
    await ctx.app.db
      .update(grants)
      .set({ status: 'advanced' })
      .where(eq(grants.id, ids[KLUSTEAM]!));
  });

  it('changes nothing after the grant is settled', async () => {
    await ctx.app.db.update(grants).set({ status: 'settled' }).where(eq(grants.id, ids[TREFPUNT]!));
    const lowered = await call(officer, 'POST', `/api/grants/${ids[TREFPUNT]}/lowering`, {
      kind: 'lowering',
      newCents: 100_000,
      ground: 'a',
      reasons: REASONS,
    });
    expect(lowered.statusCode).toBe(409);
    expect(lowered.json().message).toContain('al vastgesteld');
    const schedule = await ctx.app.inject({
      method: 'PUT',
      url: `/api/grants/${ids[TREFPUNT]}/schedule`,
      headers: as(officer),
      payload: { kind: 'single' },
    });
    expect(schedule.json().code).toBe('GRANT_CLOSED');
    await ctx.app.db
      .update(grants)
      .set({ status: 'advanced' })
      .where(eq(grants.id, ids[TREFPUNT]!));
  });

  it('leaves each step in the audit trail without the free texts', async () => {
    const rows = await ctx.app.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(
        sql`${auditEvents.action} in ('grant_change.request', 'grant_change.decide', 'grant.lower', 'grant.withdraw')`,
      );
    expect(rows.map((r) => r.action).sort()).toEqual([
      'grant.lower',
      'grant.lower',
      'grant.withdraw',
      'grant_change.decide',
      'grant_change.decide',
      'grant_change.decide',
      'grant_change.decide',
      'grant_change.request',
      'grant_change.request',
      'grant_change.request',
      'grant_change.request',
      'grant_change.request',
    ]);
    expect(JSON.stringify(rows)).not.toContain('verbouwing');
  });
});

describe('a new decision after an objection', () => {
  it('sets the amount: paid terms stay, the excess is left for settlement, a raise goes into the unpaid terms', async () => {
    // Trefpunt: € 14,000 in twelve terms, eleven paid (€ 12,833.26).
    const id = ids[TREFPUNT]!;
    const [row] = await ctx.app.db
      .select({ decisionId: grants.decisionId })
      .from(grants)
      .where(eq(grants.id, id));
    const follow = (grantedCents: number) =>
      changeWithAudit(ctx.app.db, SYSTEM_ACTOR, (tx, audit) =>
        followNewDecision(
          tx,
          { actor: SYSTEM_ACTOR, now: new Date(), audit },
          {
            applicationId: (all.find((g) => g.id === id) as { applicationId: string })
              .applicationId,
            decision: { id: row!.decisionId, reference: 'BS-2026-0099', grantedCents },
            objectionReference: 'BZ-2026-0099',
          },
        ),
      );
    const all = (await call(officer, 'GET', '/api/grants')).json().items as {
      id: string;
      applicationId: string;
    }[];
    expect(await follow(1_500_000)).toBe(true);
    let g = await grant(TREFPUNT);
    expect(g.grantedCents).toBe(1_500_000);
    // The December term holds € 1,166.74 + € 1,000.00.
    expect(g.terms.filter((t: Term) => !t.paid).map((t: Term) => t.amountCents)).toEqual([216_674]);
    expect(sum(g.terms)).toBe(1_500_000);
    await follow(1_200_000);
    g = await grant(TREFPUNT);
    expect(g.grantedCents).toBe(1_200_000);
    expect(g.terms.filter((t: Term) => !t.paid)).toEqual([]);
    expect(g.paidCents).toBe(1_283_326);
    expect(text(g.timeline.at(-1).detail)).toContain(
      '€ 833,26 te veel betaald, verrekend bij de vaststelling',
    );
    // A settled grant is left as it is; the decision on the objection is not held up.
    await ctx.app.db.update(grants).set({ status: 'settled' }).where(eq(grants.id, id));
    expect(await follow(1_400_000)).toBe(true);
    g = await grant(TREFPUNT);
    expect(g.grantedCents).toBe(1_200_000);
    expect(text(g.timeline.at(-1).detail)).toBe(
      'Beschikking BS-2026-0099 na bezwaar BZ-2026-0099 (€ 14.000,00) is niet verwerkt: de subsidie is al vastgesteld',
    );
  });
});
