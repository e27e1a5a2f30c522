import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-app.ts';
import type { DatabaseHandle } from '../platform/db/database.ts';
import { municipality, users } from '../platform/db/schema.ts';
import { demoLogins } from './demo-accounts.ts';

let handle: DatabaseHandle;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ handle, drop } = await openTestDatabase());
});
afterAll(() => drop());

describe('the demo logins printed at start-up', () => {
  it('are the active demo accounts of the demo municipality', async () => {
    const logins = await demoLogins(handle.db);
    expect(logins?.password).toBe('samenredzaam-demo');
    expect(logins?.accounts).toContainEqual({
      email: 'policy_officer@demo.example',
      role: 'Beleidsmedewerker',
    });
    expect(logins?.accounts).toContainEqual({
      email: 'coordinator@demo.example',
      role: 'Coördinator voorziening – Stichting Huiskamer De Lindeboom',
    });
  });

  it('leave out a deactivated account, and are not shown outside the demo', async () => {
    await handle.db
      .update(users)
      .set({ active: false })
      .where(eq(users.email, 'finance@demo.example'));
    const emails = (await demoLogins(handle.db))!.accounts.map((a) => a.email);
    expect(emails).toContain('admin@demo.example');
    expect(emails).not.toContain('finance@demo.example');

    await handle.db.update(municipality).set({ isDemo: false });
    expect(await demoLogins(handle.db)).toBeNull();
  });
});
