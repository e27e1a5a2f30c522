/**
 * The access matrix: every registered route × every role × own/other organisation,
 * checked against the one access table. A new route joins simply by declaring its action.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_CODES, type Role } from '../../domain/roles.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../test/support/test-app.ts';
import { attachAll, completeContent, openRound } from '../../../test/support/tender-fixtures.ts';
import { addDays, amsterdamDay } from '../../domain/dates.ts';
import { ACCESS, authorise, rolesMayPerform } from './access.ts';
import { participants, referrals } from './db/schema.ts';
import { ERROR_CATALOGUE } from './errors.ts';
import type { RegisteredRoute } from './http.ts';

let ctx: TestContext;
const sessions = new Map<Role, Session>();
/** Ids for the URL parameters: data of the demo applicant's organisation, and of applicant2's. */
type Fixtures = Record<string, string>;
let own: Fixtures;
let other: Fixtures;
/** Parameters that name an organisation's data, where own and other must differ. */
const OWNED_PARAMS = [
  'organisationId',
  'provisionId',
  'applicationId',
  'attachmentId',
  'participantId',
  'referralId',
  'grantId',
];

/** A submitted application with its attachments, so that the municipality may see it too. */
async function submittedApplication(
  session: Session,
  roundId: string,
  returnService: string | null,
) {
  const provision = (
    await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(session) })
  ).json().items[0];
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: as(session),
    payload: { roundId, provisionId: provision.id },
  });
  const id = created.json().id as string;
  const year = Number(created.json().roundPeriod.start.slice(0, 4));
  const saved = await ctx.app.inject({
    method: 'PUT',
    url: `/api/applications/${id}`,
    headers: as(session),
    payload: { version: 1, content: { ...completeContent(year), returnService } },
  });
  await attachAll(ctx.app, session, id);
  const submitted = await ctx.app.inject({
    method: 'POST',
    url: `/api/applications/${id}/submit`,
    headers: as(session),
    payload: { version: saved.json().version },
  });
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
  return {
    provisionId: provision.id as string,
    applicationId: id,
    attachmentId: submitted.json().attachments[0].id as string,
  };
}

/** A participant and a referral at a provision, stored as its coordinator would. */
async function participantAndReferral(provisionId: string) {
  const [participant] = await ctx.app.db
    .insert(participants)
    .values({ provisionId, displayName: 'Deelnemer', startDate: '2026-01-05', clientRoute: 'self' })
    .returning({ id: participants.id });
  const [referral] = await ctx.app.db
    .insert(referrals)
    .values({
      provisionId,
      route: 'social_team',
      consentGivenOn: '2026-01-05',
      status: 'pending',
    })
    .returning({ id: referrals.id });
  return { participantId: participant!.id, referralId: referral!.id };
}

beforeAll(async () => {
  ctx = await createTestApp();
  for (const role of ROLE_CODES) sessions.set(role, await loginAs(ctx.app, `${role}@demo.example`));
  const applicant = sessions.get('applicant')!;
  const applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  const officer = sessions.get('policy_officer')!;
  // A round of its own, open now: the demo's rounds are of the day the template was made.
  const day = (offset: number) => addDays(amsterdamDay(new Date()), offset);
  const roundId = await openRound(ctx.app, officer, {
    opensLocal: `${day(-1)}T09:00`,
    deadlineLocal: `${day(60)}T12:00`,
    year: Number(day(60).slice(0, 4)) + 1,
    name: 'Ronde voor de toegangstabel',
  });
  const schemeId = (
    await ctx.app.inject({ method: 'GET', url: '/api/schemes', headers: as(officer) })
  ).json().items[0].id;
  const shared = { roundId, schemeId };
  own = {
    ...shared,
    organisationId: applicant.me.organisations[0]!.id,
    ...(await submittedApplication(applicant, roundId, null)),
  };
  other = {
    ...shared,
    organisationId: applicant2.me.organisations[0]!.id,
    ...(await submittedApplication(applicant2, roundId, 'tegenprestatie')),
  };
  // A participant and a referral at each organisation's provision (the demo coordinator
  // coordinates the own one, Huiskamer De Lindeboom).
  Object.assign(own, await participantAndReferral(own.provisionId!));
  Object.assign(other, await participantAndReferral(other.provisionId!));
  // Each organisation's grant of the demo's decided year.
  const grantOf = async (session: Session) =>
    (await ctx.app.inject({ method: 'GET', url: '/api/grants', headers: as(session) })).json()
      .items[0].id as string;
  own.grantId = await grantOf(applicant);
  other.grantId = await grantOf(applicant2);
});
afterAll(() => ctx.close());

/** The product's own API routes; plugin routes (docs UI, static files) are public by rule. */
function apiRoutes(): RegisteredRoute[] {
  return ctx.app.registeredRoutes.filter(
    (r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
  );
}

function fillUrl(url: string, fixtures: Fixtures): string {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) =>
    name === 'token' ? 'x'.repeat(43) : (fixtures[name] ?? randomUUID()),
  );
}

async function call(route: RegisteredRoute, headers: Record<string, string>, fixtures: Fixtures) {
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return ctx.app.inject({
    method: route.method as 'GET',
    url: fillUrl(route.url, fixtures),
    headers,
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe('the access table', () => {
  it('covers every registered route', () => {
    const routes = ctx.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(10);
    const without = routes.filter((r) => r.action === undefined).map((r) => `${r.method} ${r.url}`);
    expect(without).toEqual([]);
    for (const route of routes) expect(Object.keys(ACCESS)).toContain(route.action);
  });

  it('gives the widest scope of a user with several roles', () => {
    const actor = {
      kind: 'user' as const,
      userId: 'x',
      email: 'x',
      roles: ['applicant', 'policy_officer'] as Role[],
      organisationIds: ['o1'],
      provisionIds: [],
    };
    expect(authorise(actor, 'organisation.read')).toEqual({ kind: 'all' });
    expect(authorise({ ...actor, roles: ['applicant'] }, 'organisation.read')).toEqual({
      kind: 'organisations',
      organisationIds: ['o1'],
    });
  });

  it('lets nobody in without logging in, except to public routes', async () => {
    for (const route of apiRoutes()) {
      const response = await call(route, {}, own);
      const rule = ACCESS[route.action!];
      if (rule === 'public')
        expect([401, 403], `${route.method} ${route.url}`).not.toContain(response.statusCode);
      else expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('allows each role exactly what the table says, on own and other organisations', async () => {
    const checked: string[] = [];
    for (const route of apiRoutes()) {
      for (const role of ROLE_CODES) {
        // Logging out ends the session: give that call a session of its own.
        const session =
          route.action === 'auth.logout'
            ? await loginAs(ctx.app, `${role}@demo.example`)
            : sessions.get(role)!;
        const may = rolesMayPerform([role], route.action!);
        const label = `${role} ${route.method} ${route.url}`;
        const onOwn = await call(route, as(session), own);
        if (may === 'none') {
          expect(onOwn.statusCode, label).toBe(403);
          expect(onOwn.json().code, label).toBe('FORBIDDEN');
          checked.push(`${label} → 403`);
          continue;
        }
        expect([401, 403], label).not.toContain(onOwn.statusCode);
        if (OWNED_PARAMS.some((param) => route.url.includes(`:${param}`))) {
          const onOther = await call(route, as(session), other);
          if (may === 'own' || may === 'coordinated') {
            // The demo applicant and coordinator belong to the first organisation only.
            // Own data is reachable: a 404 there may only say that something does not exist
            // yet (a decision before it is made), never the access answer the other gets.
            if (onOwn.statusCode === 404) {
              expect(onOwn.json().message, `${label} own`).not.toBe(onOther.json().message);
            }
            expect(onOther.statusCode, `${label} other`).toBe(404);
            expect(onOther.json().message, `${label} other`).toBe(
              ERROR_CATALOGUE.NOT_FOUND.message,
            );
          } else {
            // Seeing everything, or only what was assigned, does not depend on the organisation:
            // the other organisation's data is never absent where the own data is present.
            // (Earlier calls in this walk may have withdrawn the own application.)
            expect(onOther.statusCode === 404 && onOwn.statusCode !== 404, `${label} other`).toBe(
              false,
            );
          }
        }
        checked.push(`${label} → ${onOwn.statusCode}`);
      }
    }
    expect(checked.length).toBe(apiRoutes().length * ROLE_CODES.length);
  }, 180_000);
});
