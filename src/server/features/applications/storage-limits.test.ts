/**
 * A draft application holds the application and nothing else: only the form's own texts and
 * declarations, within their limits; an autosave's audit row keeps sizes, not texts; and the
 * attachments of one application are bounded in number and in size together.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PDF_BYTES,
  completeContent,
  openRound,
  upload,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { auditEvents } from '../../platform/db/schema.ts';

let ctx: TestContext;
let now = new Date('2026-12-01T10:00:00Z');
let applicant: Session;
/** One round per draft: a provision has one application per round. */
let roundIds: string[];
let provisionId: string;

beforeAll(async () => {
  // 100 kB for all attachments of one application, so the test needs no large files.
  ctx = await createTestApp({ APPLICATION_ATTACHMENTS_LIMIT_BYTES: '100000' }, () => now);
  const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  roundIds = [];
  for (const name of ['Ronde teksten', 'Ronde aantal bijlagen', 'Ronde omvang bijlagen']) {
    roundIds.push(
      await openRound(ctx.app, officer, {
        opensLocal: '2027-01-05T09:00',
        deadlineLocal: '2027-03-01T12:00',
        name,
      }),
    );
  }
  provisionId = (
    await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(applicant) })
  ).json().items[0].id;
  now = new Date('2027-01-10T09:00:00Z');
});
afterAll(() => ctx.close());

const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(applicant), ...(payload ? { payload } : {}) });

async function newDraft(round: number): Promise<{ id: string; version: number }> {
  const response = await api('POST', '/api/applications', {
    roundId: roundIds[round],
    provisionId,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('the texts of a draft', () => {
  let draft: { id: string; version: number };
  beforeAll(async () => {
    draft = await newDraft(0);
  });

  it('refuses a text the form does not ask for, naming it, and keeps what was saved', async () => {
    const content = completeContent();
    const response = await api('PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: { ...content, texts: { ...content.texts, opslag: 'x'.repeat(15_000) } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          path: 'texts.opslag',
          message: 'Dit onderdeel staat niet op het formulier van deze ronde.',
        },
      ],
    });
    const kept = (await api('GET', `/api/applications/${draft.id}`)).json();
    expect(kept.version).toBe(1);
    expect(kept.content.texts).toEqual({});
  });

  it('refuses a declaration the form does not ask for', async () => {
    const content = completeContent();
    const response = await api('PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: { ...content, declarations: { ...content.declarations, extra: true } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'declarations.extra',
        message: 'Deze verklaring staat niet op het formulier van deze ronde.',
      },
    ]);
  });

  it('keeps a draft text over the 3,000-character limit while it is shortened, but not over 6,000', async () => {
    const content = completeContent();
    const over = await api('PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: { ...content, texts: { ...content.texts, samenwerking: 'a'.repeat(3_500) } },
    });
    expect(over.statusCode).toBe(200);
    draft = over.json();
    const far = await api('PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: { ...content, texts: { ...content.texts, samenwerking: 'a'.repeat(6_001) } },
    });
    expect(far.statusCode).toBe(400);
    expect(far.json().fields).toEqual([
      {
        path: 'texts.samenwerking',
        message:
          'De tekst bij samenwerking is 6001 tekens; het maximum is 3000. Een concept kan hoogstens 6000 tekens bewaren.',
      },
    ]);
  });

  it('autosaves with an audit row of the changed parts and their sizes, not the texts', async () => {
    const content = completeContent();
    const text = 'Wij werken samen met de wijkverpleging. '.repeat(50); // 2,000 characters
    const saved = await api('PUT', `/api/applications/${draft.id}`, {
      version: draft.version,
      content: {
        ...content,
        requestedCents: 1_700_000,
        texts: { ...content.texts, samenwerking: text },
      },
    });
    expect(saved.statusCode).toBe(200);
    const [row] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'application.save'), eq(auditEvents.entityId, draft.id)))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(row!.before).toEqual({
      version: 2,
      requestedCents: 1_800_000,
      texts: { samenwerking: { characters: 3_500 } },
    });
    expect(row!.after).toEqual({
      version: 3,
      requestedCents: 1_700_000,
      texts: { samenwerking: { characters: 2_000 } },
    });
    expect(JSON.stringify(row)).not.toContain('wijkverpleging');
  });
});

describe('the attachments of one application', () => {
  it('are at most 20; the 21st is refused with the field named', async () => {
    const draft = await newDraft(1);
    const answers = [];
    for (let i = 1; i <= 21; i++) {
      answers.push(
        (await upload(ctx.app, applicant, draft.id, 'budget', `begroting-${i}.pdf`, PDF_BYTES))
          .statusCode,
      );
    }
    expect(answers).toEqual([...Array<number>(20).fill(201), 413]);
    const refused = await upload(ctx.app, applicant, draft.id, 'budget', 'nog-een.pdf', PDF_BYTES);
    expect(refused.json()).toMatchObject({
      code: 'ATTACHMENT_LIMIT',
      fields: [{ path: 'file', message: 'Er zijn al 20 bijlagen; het maximum is 20.' }],
    });
    const kept = (await api('GET', `/api/applications/${draft.id}`)).json();
    expect(kept.attachments).toHaveLength(20);
  });

  it('are together at most the configured size (here 100,000 bytes)', async () => {
    const { id } = await newDraft(2);
    const file = (bytes: number) =>
      Buffer.concat([PDF_BYTES, Buffer.alloc(bytes - PDF_BYTES.length, 32)]);
    const first = await upload(ctx.app, applicant, id, 'budget', 'a.pdf', file(60_000));
    expect(first.statusCode).toBe(201);
    const second = await upload(ctx.app, applicant, id, 'statutes', 'b.pdf', file(50_000));
    expect(second.statusCode).toBe(413);
    expect(second.json()).toMatchObject({
      code: 'ATTACHMENT_LIMIT',
      message:
        'De bijlagen van een aanvraag zijn samen hoogstens 100 kB. Met dit bestand zou het 110 kB worden.',
      fields: [{ path: 'file', message: 'Er is nog 40 kB ruimte voor bijlagen.' }],
    });
    const third = await upload(ctx.app, applicant, id, 'statutes', 'c.pdf', file(40_000));
    expect(third.statusCode).toBe(201);
  });
});
