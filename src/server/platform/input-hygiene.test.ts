/**
 * Bad characters and bad references are the client's mistake: 400 or 404 naming the field,
 * never a 500 and never half-written.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../test/support/test-app.ts';
import { forbiddenCharacterPaths, hasForbiddenCharacter } from './input-hygiene.ts';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
});
afterAll(() => ctx.close());

const NAME_MESSAGE =
  'Deze tekst bevat een teken dat niet kan worden bewaard (een nul-teken of een ongeldig Unicode-teken). Typ de tekst opnieuw of plak hem zonder opmaak.';

const organisationNames = async () =>
  (await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(admin) }))
    .json<{ items: { name: string }[] }>()
    .items.map((o) => o.name);

describe('characters no text can hold', () => {
  it('finds NUL and lone surrogates, and lets a valid pair (an emoji) through', () => {
    expect(hasForbiddenCharacter('Stichting\u0000')).toBe(true);
    expect(hasForbiddenCharacter('a\ud800b')).toBe(true);
    expect(hasForbiddenCharacter('a\udc00')).toBe(true);
    expect(hasForbiddenCharacter('Buurthuis 😀 De Lindeboom')).toBe(false);
    expect(
      forbiddenCharacterPaths({
        content: { texts: { samenwerking: 'x\u0000' } },
        list: ['ok', '\ud800'],
      }),
    ).toEqual(['content.texts.samenwerking', 'list.1']);
  });

  it('refuses NUL in a text field with 400 naming the field, and stores nothing', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: as(admin),
      payload: { name: 'Stichting\u0000Nul' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'name', message: NAME_MESSAGE }],
    });
    expect((await organisationNames()).some((n) => n.startsWith('Stichting'))).toBe(true);
    expect(await organisationNames()).not.toContain('Stichting\u0000Nul');
  });

  it('refuses a lone surrogate written as \\ud800 in the JSON', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { ...as(admin), 'content-type': 'application/json' },
      payload: '{"name":"Stichting \\ud800 Half"}',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([{ path: 'name', message: NAME_MESSAGE }]);
  });
});

describe('ids', () => {
  it('that are no UUID are refused with 400 naming the parameter, for every role', async () => {
    for (const email of [
      'admin@demo.example',
      'applicant@demo.example',
      'coordinator@demo.example',
    ]) {
      const session = await loginAs(ctx.app, email);
      for (const url of ['/api/applications/geen-uuid', '/api/provisions/%00/participants']) {
        const response = await ctx.app.inject({ method: 'GET', url, headers: as(session) });
        expect(response.statusCode, `${email} ${url}`).toBeLessThan(500);
        expect([400, 403, 404], `${email} ${url}`).toContain(response.statusCode);
      }
    }
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/applications/geen-uuid',
      headers: as(await loginAs(ctx.app, 'applicant@demo.example')),
    });
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'applicationId', message: 'Dit is geen geldige id (UUID).' }],
    });
  });

  it('that name nothing: a conflict of interest with an unknown organisation is 404 naming organisationId', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const rounds = (
      await ctx.app.inject({ method: 'GET', url: '/api/rounds', headers: as(officer) })
    ).json<{ items: { id: string }[] }>();
    const assessor = await loginAs(ctx.app, 'assessor@demo.example');
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/rounds/${rounds.items[0]!.id}/conflicts`,
      headers: as(assessor),
      payload: { organisationId: randomUUID(), reason: 'bestuurslid' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'NOT_FOUND',
      fields: [
        { path: 'organisationId', message: 'Dit bestaat niet of u hebt er geen toegang toe.' },
      ],
    });
  });
});
