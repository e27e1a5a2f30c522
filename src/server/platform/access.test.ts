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
import { ACCESS, authorise, rolesMayPerform } from './access.ts';
import type { RegisteredRoute } from './http.ts';

let ctx: TestContext;
const sessions = new Map<Role, Session>();
let ownOrganisationId: string;
let otherOrganisationId: string;

beforeAll(async () => {
  ctx = await createTestApp();
  for (const role of ROLE_CODES) sessions.set(role, await loginAs(ctx.app, `${role}@demo.example`));
  ownOrganisationId = sessions.get('applicant')!.me.organisations[0]!.id;
  const applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  otherOrganisationId = applicant2.me.organisations[0]!.id;
});
afterAll(() => ctx.close());

/** The product's own API routes; plugin routes (docs UI, static files) are public by rule. */
function apiRoutes(): RegisteredRoute[] {
  return ctx.app.registeredRoutes.filter(
    (r) => r.url.startsWith('/api') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD',
  );
}

function fillUrl(url: string, organisationId: string): string {
  return url.replace(':organisationId', organisationId).replace(/:[A-Za-z]+/g, () => randomUUID());
}

async function call(
  route: RegisteredRoute,
  headers: Record<string, string>,
  organisationId: string,
) {
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return ctx.app.inject({
    method: route.method as 'GET',
    url: fillUrl(route.url, organisationId),
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
    };
    expect(authorise(actor, 'organisation.read')).toEqual({ kind: 'all' });
    expect(authorise({ ...actor, roles: ['applicant'] }, 'organisation.read')).toEqual({
      kind: 'organisations',
      organisationIds: ['o1'],
    });
  });

  it('lets nobody in without logging in, except to public routes', async () => {
    for (const route of apiRoutes()) {
      const response = await call(route, {}, ownOrganisationId);
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
        const own = await call(route, as(session), ownOrganisationId);
        if (may === 'none') {
          expect(own.statusCode, label).toBe(403);
          expect(own.json().code, label).toBe('FORBIDDEN');
          checked.push(`${label} → 403`);
          continue;
        }
        expect([401, 403], label).not.toContain(own.statusCode);
        if (route.url.includes(':organisationId')) {
          const other = await call(route, as(session), otherOrganisationId);
          if (may === 'own') {
            // The demo applicant and coordinator belong to the first organisation only.
            expect(own.statusCode, `${label} own`).not.toBe(404);
            expect(other.statusCode, `${label} other`).toBe(404);
          } else {
            expect(other.statusCode, `${label} other`).not.toBe(404);
          }
        }
        checked.push(`${label} → ${own.statusCode}`);
      }
    }
    expect(checked.length).toBe(apiRoutes().length * ROLE_CODES.length);
  });
});
