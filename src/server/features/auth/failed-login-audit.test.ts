/**
 * A failed login for an address that belongs to no account keeps nothing of what was typed,
 * and goes after 90 days (docs/privacy/retention.md).
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, createTestApp } from '../../../../test/support/test-app.ts';
import { auditEvents, users } from '../../platform/db/schema.ts';
import { purgeUnknownAddressLoginFailures } from './auth.service.ts';
import { systemContext } from '../../platform/use-case.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const login = (email: string, password: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

const failedLogins = () =>
  ctx.handle.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'auth.login_failed'))
    .orderBy(auditEvents.id);

describe('a failed login for an unknown address', () => {
  it('is audited without the address or anything else that was typed', async () => {
    const before = (await failedLogins()).length;
    const response = await login('Jan.Jansen@Voorbeeld.example', 'Jan Jansen 1952 geheim');
    expect(response.statusCode).toBe(401);
    const rows = (await failedLogins()).slice(before);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows[0]).toLowerCase();
    expect(stored).not.toContain('jan');
    expect(stored).not.toContain('voorbeeld');
    expect(stored).not.toContain('geheim');
    expect(rows[0]).toMatchObject({
      actorUserId: null,
      actorEmail: null,
      entityType: 'login',
      entityId: 'unknown-address',
    });
  });

  it('for a known account names the account, not what was typed', async () => {
    const before = (await failedLogins()).length;
    expect((await login('  ADMIN@demo.example ', 'een-fout-wachtwoord')).statusCode).toBe(401);
    const [admin] = await ctx.handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'admin@demo.example'));
    const rows = (await failedLogins()).slice(before);
    expect(rows.map((r) => [r.actorEmail, r.entityType, r.entityId])).toEqual([
      ['admin@demo.example', 'user', admin!.id],
    ]);
  });

  it('is deleted after 90 days; a younger one, and one for an account, stay', async () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const [admin] = await ctx.handle.db.select({ id: users.id }).from(users).limit(1);
    const inserted = await ctx.handle.db
      .insert(auditEvents)
      .values([
        // As older versions stored it: the address as typed.
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: 'typed@old.example',
          at: daysAgo(91),
        },
        {
          action: 'auth.login_failed',
          entityType: 'login',
          entityId: 'unknown-address',
          at: daysAgo(91),
        },
        {
          action: 'auth.login_failed',
          entityType: 'login',
          entityId: 'unknown-address',
          at: daysAgo(89),
        },
        { action: 'auth.login_failed', entityType: 'user', entityId: admin!.id, at: daysAgo(400) },
      ])
      .returning({ id: auditEvents.id });

    expect(await purgeUnknownAddressLoginFailures(systemContext(ctx.handle.db, now))).toBe(2);
    const left = await ctx.handle.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(
        sql`${auditEvents.id} in (${sql.join(
          inserted.map((r) => sql`${r.id}`),
          sql`, `,
        )})`,
      );
    expect(left.map((r) => r.id)).toEqual([inserted[2]!.id, inserted[3]!.id]);
  });

  it('cannot be deleted earlier: the audit trail refuses it', async () => {
    const [row] = await ctx.handle.db
      .insert(auditEvents)
      .values({ action: 'auth.login_failed', entityType: 'login', entityId: 'unknown-address' })
      .returning({ id: auditEvents.id });
    await expect(
      ctx.handle.db.delete(auditEvents).where(eq(auditEvents.id, row!.id)),
    ).rejects.toThrow();
    // Nor a failed login for an account, however old (400 days, from the test above).
    await expect(
      ctx.handle.db
        .delete(auditEvents)
        .where(
          and(eq(auditEvents.action, 'auth.login_failed'), eq(auditEvents.entityType, 'user')),
        ),
    ).rejects.toThrow();
  });
});
