/**
 * The consent form says only what is true: who is responsible and how to reach the data
 * protection officer (the municipality's settings), that the BSN code can be traced back by
 * the municipality, that the provider is contacted about the allocation and not with the
 * person's name, what is kept after erasure, and for how long. Checked on the text of the
 * document the PDF is made from.
 */
import { eq } from 'drizzle-orm';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../test/support/test-app.ts';
import { auditEvents, provisions } from '../../platform/db/schema.ts';
import { consentFormDocument } from './participants.service.ts';

let ctx: TestContext;
let admin: Session;
let lindeboom: string;

beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
  const [row] = await ctx.handle.db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
  lindeboom = row!.id;
});
afterAll(() => ctx.close());

/** Every piece of text in a pdfmake document, in order, joined by spaces. */
function textOf(node: Content | Content[] | undefined): string[] {
  if (node === undefined || node === null) return [];
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap((n) => textOf(n));
  const object = node as unknown as Record<string, unknown>;
  return [
    ...textOf(object.text as Content | undefined),
    ...textOf(object.stack as Content[] | undefined),
    ...textOf(object.columns as Content[] | undefined),
  ];
}

async function formText(): Promise<string> {
  const document: TDocumentDefinitions = await consentFormDocument(
    { db: ctx.app.db, scope: { kind: 'all' } },
    {
      provisionId: lindeboom,
      municipalityNameOverride: undefined,
      retentionMonths: 24,
      signalRetentionMonths: 24,
    },
  );
  return textOf(document.content).join(' ');
}

describe('the consent form', () => {
  it('names the controller and its data protection officer from the municipality’s settings', async () => {
    const text = await formText();
    expect(text).toContain(
      'Stichting Huiskamer De Lindeboom is verantwoordelijk voor wat wij over u opschrijven. Alleen de coördinatoren van Huiskamer De Lindeboom zien uw naam en uw antwoorden.',
    );
    expect(text).toContain(
      'Voor het vergelijken met hulp van de gemeente is het college van burgemeester en wethouders van Maastricht (demo) verantwoordelijk (de verwerkingsverantwoordelijke).',
    );
    expect(text).toContain(
      'Hebt u een vraag over uw privacy? Neem dan contact op met de functionaris gegevensbescherming van de gemeente Maastricht (demo) (privacy@maastricht.example).',
    );
  });

  it('says that the municipality can trace the BSN code back, and contacts the provider about the allocation, not with a name', async () => {
    const text = await formText();
    expect(text).toContain(
      'Wij bewaren uw BSN niet zelf: wij maken er een code van met een geheime sleutel. De gemeente heeft die sleutel en kan de code dus weer aan u koppelen.',
    );
    expect(text).toContain(
      'Dan neemt de gemeente contact op met de zorgaanbieder over die toewijzing. Zij noemt het nummer van de toewijzing, niet uw naam.',
    );
    // What the old form promised, and is not true of a keyed pseudonym.
    expect(text).not.toContain('niemand kan het daarna nog lezen');
    expect(text).not.toContain('versleuteld');
  });

  it('says what is kept after erasure, and for how long', async () => {
    const text = await formText();
    expect(text).toContain(
      'Dan wissen wij 24 maanden (2 jaar) nadat u gestopt bent uw naam, uw geboortejaar, de code van uw BSN en wat u zelf hebt opgeschreven.',
    );
    expect(text).toContain(
      'Wat blijft, heeft geen naam meer: getallen, zoals op welke dagdelen iemand er was, en de cijfers van de vragenlijsten.',
    );
    expect(text).toContain(
      'Heeft de gemeente bij het vergelijken iets gevonden? Dan bewaart zij dat tot 24 maanden (2 jaar) nadat zij het heeft afgehandeld, zonder uw naam.',
    );
  });

  it('follows a change of the settings by the administrator, audited', async () => {
    const refused = await ctx.app.inject({
      method: 'PUT',
      url: '/api/settings/privacy',
      headers: as(admin),
      payload: {
        controller: 'Het college',
        dataProtectionOfficer: 'De FG',
        dataProtectionOfficerEmail: 'geen adres',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields).toEqual([
      {
        path: 'dataProtectionOfficerEmail',
        message: 'Vul een geldig e-mailadres in, bijvoorbeeld privacy@gemeente.nl.',
      },
    ]);
    const changed = await ctx.app.inject({
      method: 'PUT',
      url: '/api/settings/privacy',
      headers: as(admin),
      payload: {
        controller: 'het college van burgemeester en wethouders van Maastricht',
        dataProtectionOfficer: 'mevrouw J. de Vries, functionaris gegevensbescherming',
        dataProtectionOfficerEmail: 'fg@maastricht.example',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await formText()).toContain(
      'Neem dan contact op met mevrouw J. de Vries, functionaris gegevensbescherming (fg@maastricht.example).',
    );
    const [audit] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'settings.privacy'));
    expect(audit).toMatchObject({
      actorEmail: 'admin@demo.example',
      after: { dataProtectionOfficerEmail: 'fg@maastricht.example' },
    });
    const coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
    const forbidden = await ctx.app.inject({
      method: 'PUT',
      url: '/api/settings/privacy',
      headers: as(coordinator),
      payload: { controller: null, dataProtectionOfficer: null, dataProtectionOfficerEmail: null },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('is a PDF at the route, on the third download as on the first (each render builds afresh)', async () => {
    const coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
    const downloads = [];
    for (let i = 0; i < 3; i++) {
      downloads.push(
        await ctx.app.inject({
          method: 'GET',
          url: `/api/provisions/${lindeboom}/consent-form.pdf`,
          headers: as(coordinator),
        }),
      );
    }
    expect(downloads.map((d) => d.statusCode)).toEqual([200, 200, 200]);
    for (const pdf of downloads) {
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.rawPayload.subarray(-6).toString('latin1')).toContain('%%EOF');
    }
  });
});
