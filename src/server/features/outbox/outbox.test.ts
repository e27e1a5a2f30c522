import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { queueMail } from '../../platform/mail.ts';

let ctx: TestContext;
let admin: Session;

const withoutSmtp = { smtpUrl: undefined, from: 'noreply@samenredzaam.example' };

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
  // Oldest first, a few milliseconds apart, so that each message has a moment of its own.
  for (const to of ['kas_1@postbus.example', 'kasx1@postbus.example', 'kas%1@postbus.example']) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await queueMail(ctx.app.db, withoutSmtp, {
      to,
      subject: `Bericht aan ${to}`,
      text: 'Goedendag,',
      attachments: [
        { filename: 'brief.pdf', contentType: 'application/pdf', documentId: crypto.randomUUID() },
      ],
    });
  }
});
afterAll(() => ctx.close());

const outbox = async (query: string, session = admin) =>
  ctx.app.inject({ method: 'GET', url: `/api/outbox?${query}`, headers: as(session) });

describe('the outbox', () => {
  it('shows the administrator every message to an address, newest first, as written', async () => {
    const response = await outbox('to=postbus.example');
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(total).toBe(3);
    expect(items.map((m: { to: string }) => m.to)).toEqual([
      'kas%1@postbus.example',
      'kasx1@postbus.example',
      'kas_1@postbus.example',
    ]);
    expect(items[0]).toMatchObject({
      subject: 'Bericht aan kas%1@postbus.example',
      status: 'outbox',
      error: null,
      sentAt: null,
      attachments: [{ filename: 'brief.pdf', contentType: 'application/pdf' }],
    });
    expect(new Date(items[0].createdAt).toISOString()).toBe(items[0].createdAt);
  });

  it('reads _ and % in the search as the characters themselves', async () => {
    const underscore = (await outbox('to=kas_1')).json();
    expect(underscore.items.map((m: { to: string }) => m.to)).toEqual(['kas_1@postbus.example']);
    const percent = (await outbox('to=kas%251')).json();
    expect(percent.items.map((m: { to: string }) => m.to)).toEqual(['kas%1@postbus.example']);
  });

  it('pages through the messages and counts them all', async () => {
    const second = (await outbox('to=postbus.example&page=2&pageSize=2')).json();
    expect(second.total).toBe(3);
    expect(second.items.map((m: { to: string }) => m.to)).toEqual(['kas_1@postbus.example']);
  });

  it('is for the administrator only', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    expect((await outbox('', officer)).statusCode).toBe(403);
  });
});
