/**
 * Erasure of a participant and withdrawal of consent for matching reach the double-financing
 * follow-up: their open signals are closed in the same transaction, with a neutral reason,
 * and their allocations no longer appear in a letter or e-mail to the provider, in the list
 * of open signals or in the dashboard's open counts.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../../test/support/test-app.ts';
import { auditEvents, mailMessages, provisions } from '../../../platform/db/schema.ts';
import type { Signal, WmoImport } from '../double-financing.schemas.ts';

let ctx: TestContext;
let analyst: Session;
let coordinator: Session;
const now = new Date('2026-09-15T10:00:00Z');

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
});
afterAll(async () => {
  await ctx.close();
});

function api(session: Session, method: 'GET' | 'POST', url: string, payload?: object) {
  return ctx.app.inject({
    method,
    url,
    headers: as(session),
    ...(payload === undefined ? {} : { payload }),
  });
}

function uploadCsv(name: string, csv: string) {
  const boundary = '----signal-privacy-test';
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`,
  );
  return ctx.app.inject({
    method: 'POST',
    url: '/api/wmo/imports',
    headers: { ...as(analyst), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

async function signals(query = ''): Promise<Signal[]> {
  const response = await api(analyst, 'GET', `/api/wmo/signals${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Signal[] }>().items;
}

async function register(provisionId: string, name: string, bsn: string): Promise<string> {
  const response = await api(coordinator, 'POST', `/api/provisions/${provisionId}/participants`, {
    displayName: name,
    birthYear: 1950,
    neighbourhoodCode: null,
    startDate: '2026-02-01',
    clientRoute: 'self',
    referringOrganisation: null,
    consent: {
      scopes: ['registration', 'matching'],
      givenOn: '2026-02-01',
      method: 'written',
    },
    bsn,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

// Three people with consent for matching at Huiskamer De Lindeboom, each with an allocation
// of dagbesteding (category 07) from the same provider since 1 January 2026.
const ERASED_BSN = '111222333';
const WITHDRAWN_BSN = '999993653';
const KEPT_BSN = '012345672';
const AGB = '42420050';

describe('erasure and withdrawal of consent in double financing', () => {
  let erased: string;
  let withdrawn: string;

  beforeAll(async () => {
    const [lindeboom] = await ctx.handle.db
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    erased = await register(lindeboom!.id, 'Gewiste Deelnemer', ERASED_BSN);
    withdrawn = await register(lindeboom!.id, 'Intrekkende Deelnemer', WITHDRAWN_BSN);
    await register(lindeboom!.id, 'Blijvende Deelnemer', KEPT_BSN);
    const csv = [
      'bsn,agb,allocationNumber,category,product,start,end',
      `${ERASED_BSN},${AGB},T-ERASED,07,,2026-01-01,`,
      `${WITHDRAWN_BSN},${AGB},T-WITHDRAWN,07,,2026-01-01,`,
      `${KEPT_BSN},${AGB},T-KEPT,07,,2026-01-01,`,
      '',
    ].join('\n');
    const uploaded = await uploadCsv('toewijzingen.csv', csv);
    expect(uploaded.statusCode, uploaded.body).toBe(202);
    await ctx.app.jobs.kick();
    const [item] = uploaded.json<{ items: WmoImport[] }>().items;
    const polled = await api(analyst, 'GET', `/api/wmo/imports/${item!.id}`);
    expect(polled.json<WmoImport>().status).toBe('imported');
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().counts.newSignals).toBe(3);
    // The withdrawing person's signal is already being followed up.
    const followedUp = (await signals()).find((s) => s.allocationNumber === 'T-WITHDRAWN')!;
    const moved = await api(analyst, 'POST', `/api/wmo/signals/${followedUp.id}/status`, {
      status: 'in_progress',
    });
    expect(moved.statusCode, moved.body).toBe(200);
  });

  it('lists all three allocations in the provider letter before anything happens', async () => {
    expect((await signals()).map((s) => [s.allocationNumber, s.status]).sort()).toEqual([
      ['T-ERASED', 'new'],
      ['T-KEPT', 'new'],
      ['T-WITHDRAWN', 'in_progress'],
    ]);
  });

  it('closes the signals at once with a neutral reason, and leaves them out of letter, e-mail, open list and dashboard', async () => {
    const erase = await api(coordinator, 'POST', `/api/participants/${erased}/erase`, {
      reason: 'Verzoek tot wissen van de deelnemer',
    });
    expect(erase.statusCode, erase.body).toBe(204);
    const withdraw = await api(
      coordinator,
      'POST',
      `/api/participants/${withdrawn}/consents/withdraw`,
      { scope: 'matching', withdrawnOn: '2026-09-15' },
    );
    expect(withdraw.statusCode, withdraw.body).toBe(200);

    // Without a new matching run: closed in the same transaction as the erasure.
    const all = await signals();
    expect(all.map((s) => [s.allocationNumber, s.status, s.reason]).sort()).toEqual([
      ['T-ERASED', 'closed', 'toestemming ingetrokken of gegevens gewist'],
      ['T-KEPT', 'new', null],
      ['T-WITHDRAWN', 'closed', 'toestemming ingetrokken of gegevens gewist'],
    ]);
    expect((await signals('?status=new')).map((s) => s.allocationNumber)).toEqual(['T-KEPT']);
    expect(await signals('?status=in_progress')).toEqual([]);

    // The closing is in the signal's history, by nobody in particular and without a note.
    const closedId = all.find((s) => s.allocationNumber === 'T-WITHDRAWN')!.id;
    const detail = (await api(analyst, 'GET', `/api/wmo/signals/${closedId}`)).json();
    expect(detail.events.at(-1)).toMatchObject({
      actorName: null,
      fromStatus: 'in_progress',
      toStatus: 'closed',
      note: null,
    });

    // The e-mail to the provider names only the allocation of the person who stays.
    const mail = await api(analyst, 'POST', `/api/wmo/providers/${AGB}/email`, {
      to: 'wmo@aanbieder-privacy.example',
    });
    expect(mail.statusCode, mail.body).toBe(202);
    expect(mail.json().allocations).toBe(1);
    const [queued] = await ctx.handle.db
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.to, 'wmo@aanbieder-privacy.example'));
    expect(queued!.text).toContain('- Toewijzingsnummer T-KEPT:');
    expect(queued!.text).toContain('Bij de toewijzing hieronder');
    expect(queued!.text).not.toContain('T-ERASED');
    expect(queued!.text).not.toContain('T-WITHDRAWN');

    // The PDF letter holds the same one allocation (its audit row counts them).
    const pdf = await api(analyst, 'GET', `/api/wmo/providers/${AGB}/letter.pdf`);
    expect(pdf.statusCode).toBe(200);
    const [letterAudit] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'wmo.provider.letter'), eq(auditEvents.entityId, AGB)));
    expect(letterAudit!.after).toEqual({ allocations: 1 });

    // The dashboard counts one open signal and two closed without follow-up.
    const dashboard = (await api(analyst, 'GET', '/api/wmo/dashboard')).json();
    expect(dashboard.byStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'in_progress', count: 0 },
      { status: 'phase_out_agreed', count: 0 },
      { status: 'allocation_ended', count: 0 },
      { status: 'no_double_financing', count: 0 },
      { status: 'closed', count: 2 },
    ]);

    // Audited with counts, never a name or BSN.
    const [erasure] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'participant.erase'), eq(auditEvents.entityId, erased)));
    expect(erasure!.after).toEqual({
      reason: 'Verzoek tot wissen van de deelnemer',
      signalsClosed: 1,
    });
    const [withdrawal] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'participant.consent.withdraw'),
          eq(auditEvents.entityId, withdrawn),
        ),
      );
    expect(withdrawal!.after).toEqual({
      scope: 'matching',
      withdrawnOn: '2026-09-15',
      bsnPseudonymRemoved: true,
      signalsClosed: 1,
    });
  });

  it('keeps them closed: a new run does not reopen them and the analyst cannot move them', async () => {
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().counts.newSignals).toBe(0);
    expect((await signals('?status=closed')).map((s) => s.allocationNumber).sort()).toEqual([
      'T-ERASED',
      'T-WITHDRAWN',
    ]);
    const closed = (await signals('?status=closed'))[0]!;
    const move = await api(analyst, 'POST', `/api/wmo/signals/${closed.id}/status`, {
      status: 'in_progress',
    });
    expect(move.statusCode).toBe(409);
    expect(move.json().message).toBe(
      'Dit signaal is afgesloten (gesloten zonder opvolging) en kan niet meer van status veranderen.',
    );
    const kept = (await signals('?status=new'))[0]!;
    const byHand = await api(analyst, 'POST', `/api/wmo/signals/${kept.id}/status`, {
      status: 'closed',
    });
    expect(byHand.statusCode).toBe(409);
  });

  it('writes no letter when the only open signal left goes too', async () => {
    const [kept] = await signals('?status=new');
    expect(kept!.allocationNumber).toBe('T-KEPT');
    const lindeboomList = await api(
      coordinator,
      'GET',
      `/api/provisions/${kept!.provisionId}/participants`,
    );
    const keptId = lindeboomList
      .json<{ items: { id: string; displayName: string }[] }>()
      .items.find((p) => p.displayName === 'Blijvende Deelnemer')!.id;
    const erase = await api(coordinator, 'POST', `/api/participants/${keptId}/erase`, {
      reason: 'Verzoek tot wissen van de deelnemer',
    });
    expect(erase.statusCode).toBe(204);
    const letter = await api(analyst, 'GET', `/api/wmo/providers/${AGB}/letter.pdf`);
    expect(letter.statusCode).toBe(404);
    const mail = await api(analyst, 'POST', `/api/wmo/providers/${AGB}/email`, {
      to: 'wmo@aanbieder-privacy.example',
    });
    expect(mail.statusCode).toBe(404);
  });
});
