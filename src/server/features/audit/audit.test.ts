import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { amsterdamDay } from '../../../domain/dates.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { auditEvents, organisations } from '../../platform/db/schema.ts';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
});
afterAll(() => ctx.close());

const list = async (query: string) => {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/audit?${query}`,
    headers: as(admin),
  });
  expect(response.statusCode).toBe(200);
  return response.json();
};

describe('the audit trail', () => {
  it('starts with the demo load and the logins, newest first', async () => {
    const all = await list('');
    expect(all.items[0].action).toBe('auth.login');
    expect(all.items[0].actorEmail).toBe('admin@demo.example');
    const demo = await list('action=demo.load');
    expect(demo.total).toBe(1);
    expect(demo.items[0]).toMatchObject({
      actorEmail: 'system',
      entityType: 'municipality',
      entityId: '0935',
      after: { districts: 7, neighbourhoods: 44, organisations: 6, users: 12 },
    });
  });

  it('filters by who, what, entity and Amsterdam days', async () => {
    const byActor = await list('actor=admin@demo');
    expect(
      byActor.items.every((e: { actorEmail: string }) => e.actorEmail === 'admin@demo.example'),
    ).toBe(true);
    expect((await list('entityType=municipality')).total).toBe(1);
    const today = amsterdamDay(new Date());
    expect((await list(`from=${today}&to=${today}&action=demo`)).total).toBe(1);
    expect((await list('from=2020-01-01&to=2020-12-31')).total).toBe(0);
    const bad = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?from=2026-02-30',
      headers: as(admin),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toBe('from');
  });

  it('counts a day from midnight to midnight in Amsterdam, 23 or 25 hours when the clocks change', async () => {
    const events = (action: string, moments: string[]) =>
      ctx.handle.db.insert(auditEvents).values(
        moments.map((at) => ({
          at: new Date(at),
          actorEmail: 'system',
          action,
          entityType: 'test',
          entityId: at,
        })),
      );
    // Around Sunday 29 March 2026 (summer time starts): the last second of Saturday, the first
    // and last of Sunday, the first of Monday.
    await events('test.spring', [
      '2026-03-28T22:59:59Z',
      '2026-03-28T23:00:00Z',
      '2026-03-29T21:59:59Z',
      '2026-03-29T22:00:00Z',
    ]);
    // Around Sunday 25 October 2026 (summer time ends), the same four seconds.
    await events('test.autumn', [
      '2026-10-24T21:59:59Z',
      '2026-10-24T22:00:00Z',
      '2026-10-25T22:59:59Z',
      '2026-10-25T23:00:00Z',
    ]);
    const ids = async (query: string) =>
      (await list(query)).items.map((e: { entityId: string }) => e.entityId).sort();
    expect(await ids('action=test.spring&from=2026-03-29&to=2026-03-29')).toEqual([
      '2026-03-28T23:00:00Z',
      '2026-03-29T21:59:59Z',
    ]);
    expect(await ids('action=test.autumn&from=2026-10-25&to=2026-10-25')).toEqual([
      '2026-10-24T22:00:00Z',
      '2026-10-25T22:59:59Z',
    ]);
  });

  it('reads % and _ in a search literally', async () => {
    expect((await list('actor=%')).total).toBe(0);
    expect((await list('action=demo_load')).total).toBe(0);
    expect((await list('action=demo.load')).total).toBe(1);
  });

  it('pages through the events', async () => {
    const first = await list('pageSize=1&page=1');
    const second = await list('pageSize=1&page=2');
    expect(first.total).toBeGreaterThanOrEqual(2);
    expect(first.items).toHaveLength(1);
    expect(second.items[0].id).toBeLessThan(first.items[0].id);
    expect(first.total).toBe(second.total);
  });

  it('cannot be changed or deleted, not even with SQL', async () => {
    const databaseMessage = async (query: Promise<unknown>) => {
      const error = await query.then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      return error?.cause?.message ?? error?.message;
    };
    expect(
      await databaseMessage(ctx.handle.db.execute(sql`update audit_events set action = 'x'`)),
    ).toBe('audit_events is append-only: UPDATE is not allowed');
    expect(await databaseMessage(ctx.handle.db.execute(sql`delete from audit_events`))).toBe(
      'audit_events is append-only: DELETE is not allowed',
    );
    expect((await list('action=demo.load')).total).toBe(1);
  });

  it('is written in the same transaction as the change: a failure keeps neither', async () => {
    const before = (await list('action=test.fail')).total;
    await expect(
      changeWithAudit(ctx.handle.db, SYSTEM_ACTOR, async (tx, audit) => {
        await tx.insert(organisations).values({ name: 'Half Opgeslagen' });
        await audit({ action: 'test.fail', entityType: 'organisation', entityId: 'x' });
        throw new Error('crash halfway');
      }),
    ).rejects.toThrow('crash halfway');
    expect((await list('action=test.fail')).total).toBe(before);
    const orgs = (
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(admin) })
    ).json();
    expect(orgs.items.map((o: { name: string }) => o.name)).not.toContain('Half Opgeslagen');
  });
});
