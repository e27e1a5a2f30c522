/**
 * The municipality's own account, which payment runs pay from: the administrator enters it,
 * finance reads it, a wrong IBAN or BIC is refused naming the field, and a change is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let admin: Session;
let finance: Session;
let applicant: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
  finance = await loginAs(ctx.app, 'finance@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
});
afterAll(() => ctx.close());

const URL = '/api/settings/payment-account';

describe("the municipality's payment account", () => {
  it("is the demo's BNG account, readable by finance and the administrator only", async () => {
    for (const session of [admin, finance]) {
      const read = await ctx.app.inject({ method: 'GET', url: URL, headers: as(session) });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual({ iban: 'NL74BNGH0285170001', bic: 'BNGHNL2G' });
    }
    expect(
      (await ctx.app.inject({ method: 'GET', url: URL, headers: as(applicant) })).statusCode,
    ).toBe(403);
  });

  it('is changed by the administrator, written without spaces and audited', async () => {
    const saved = await ctx.app.inject({
      method: 'PUT',
      url: URL,
      headers: as(admin),
      payload: { iban: 'nl91 abna 0417 1643 00', bic: 'abna nl 2a' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' });
    const audit = await ctx.app.inject({
      method: 'GET',
      url: '/api/audit?action=settings.payment_account',
      headers: as(admin),
    });
    expect(audit.statusCode).toBe(200);
    expect(JSON.stringify(audit.json())).toContain('NL91ABNA0417164300');
  });

  it('refuses a wrong IBAN and BIC with Dutch messages per field, and keeps what was there', async () => {
    const refused = await ctx.app.inject({
      method: 'PUT',
      url: URL,
      headers: as(admin),
      payload: { iban: 'NL91ABNA0417164301', bic: 'ABN' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      {
        path: 'iban',
        message: 'Dit IBAN klopt niet. Controleer het nummer, bijvoorbeeld NL91 ABNA 0417 1643 00.',
      },
      { path: 'bic', message: 'Vul een geldige BIC in van 8 of 11 tekens, bijvoorbeeld BNGHNL2G.' },
    ]);
    const kept = await ctx.app.inject({ method: 'GET', url: URL, headers: as(admin) });
    expect(kept.json()).toEqual({ iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' });
  });

  it('is changed by nobody else', async () => {
    const payload = { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A' };
    for (const session of [finance, applicant]) {
      const put = await ctx.app.inject({ method: 'PUT', url: URL, headers: as(session), payload });
      expect(put.statusCode).toBe(403);
    }
  });
});
