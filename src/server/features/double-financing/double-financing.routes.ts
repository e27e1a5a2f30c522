/**
 * The double-financing API of the Wmo analyst: imports, scope, matching runs, signals and
 * their follow-up, letters to providers, dashboard. Thin: the services do the work.
 */
import { contentDisposition } from '../../platform/downloads.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import {
  dashboardSchema,
  matchingRunListSchema,
  matchingRunSchema,
  matchingScopeBodySchema,
  matchingScopeSchema,
  providerEmailBodySchema,
  providerEmailResponseSchema,
  providerParamsSchema,
  signalDetailSchema,
  signalListQuerySchema,
  signalListSchema,
  signalNoteBodySchema,
  signalParamsSchema,
  signalStatusBodySchema,
  wmoImportListSchema,
  wmoImportParamsSchema,
  wmoImportSchema,
} from './double-financing.schemas.ts';
import * as matching from './matching/matching.service.ts';
import * as signals from './signals/signals.service.ts';
import * as imports from './imports/wmo-imports.service.ts';

/** At most this many files in one upload. */
const MAX_FILES_PER_UPLOAD = 100;

export async function doubleFinancingRoutes(app: App) {
  const tags = ['Dubbele financiering'];

  app.post('/api/wmo/imports', {
    config: { action: 'wmo.import' },
    schema: {
      tags,
      summary:
        'Toewijzingen inlezen (multipart/form-data met een of meer bestanden: WMO301-berichten .xml, een CSV-export of een .zip met berichten)',
      response: {
        202: wmoImportListSchema,
        413: errorResponses[400],
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const context = contextOf(app, request);
      if (app.pseudonymKey === null) throw new AppError('PSEUDONYM_KEY_MISSING');
      if (!request.isMultipart()) {
        throw new AppError('VALIDATION_FAILED', {
          message: 'Stuur de bestanden als multipart/form-data.',
          fields: [{ path: 'files', message: 'Kies een of meer bestanden om in te lezen.' }],
        });
      }
      const limit = app.config.WMO_IMPORT_LIMIT_BYTES;
      // Over the limit, busboy cuts the file off (truncated) and saveUploads refuses it
      // naming the file, rather than the plugin's general "attachment too large".
      const options = {
        limits: {
          fileSize: limit,
          files: MAX_FILES_PER_UPLOAD,
          parts: MAX_FILES_PER_UPLOAD + 10,
          fields: 10,
        },
        throwFileSizeLimit: false,
      };
      const uploads = await imports.saveUploads(request.parts(options), limit);
      let items;
      try {
        items = await imports.queueImports(context, { uploads });
      } catch (error) {
        await imports.discardUploads(uploads);
        throw error;
      }
      void app.jobs.kick();
      return reply.code(202).send({ items });
    },
  });

  app.get('/api/wmo/imports', {
    config: { action: 'wmo.import' },
    schema: { tags, response: { 200: wmoImportListSchema, ...errorResponses } },
    handler: async (request) => ({ items: await imports.listImports(contextOf(app, request)) }),
  });

  app.get('/api/wmo/imports/:importId', {
    config: { action: 'wmo.import' },
    schema: {
      tags,
      params: wmoImportParamsSchema,
      response: { 200: wmoImportSchema, ...errorResponses },
    },
    handler: async (request) =>
      imports.getImport(contextOf(app, request), { importId: request.params.importId }),
  });

  app.get('/api/wmo/scope', {
    config: { action: 'wmo.scope' },
    schema: { tags, response: { 200: matchingScopeSchema, ...errorResponses } },
    handler: async (request) => matching.getScope(contextOf(app, request)),
  });

  app.put('/api/wmo/scope', {
    config: { action: 'wmo.scope' },
    schema: {
      tags,
      summary: 'Welke productcategorieën en productcodes tellen als begeleiding groep',
      body: matchingScopeBodySchema,
      response: { 200: matchingScopeSchema, ...errorResponses },
    },
    handler: async (request) => matching.setScope(contextOf(app, request), request.body),
  });

  app.post('/api/wmo/runs', {
    config: { action: 'wmo.match' },
    schema: {
      tags,
      summary: 'Deelnemers (met toestemming) vergelijken met de ingelezen toewijzingen',
      response: { 201: matchingRunSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await matching.runMatching(contextOf(app, request))),
  });

  app.get('/api/wmo/runs', {
    config: { action: 'wmo.match' },
    schema: { tags, response: { 200: matchingRunListSchema, ...errorResponses } },
    handler: async (request) => ({ items: await matching.listRuns(contextOf(app, request)) }),
  });

  app.get('/api/wmo/signals', {
    config: { action: 'wmo.signals' },
    schema: {
      tags,
      querystring: signalListQuerySchema,
      response: { 200: signalListSchema, ...errorResponses },
    },
    handler: async (request) => signals.listSignals(contextOf(app, request), request.query),
  });

  app.get('/api/wmo/signals/:signalId', {
    config: { action: 'wmo.signals' },
    schema: {
      tags,
      params: signalParamsSchema,
      response: { 200: signalDetailSchema, ...errorResponses },
    },
    handler: async (request) =>
      signals.getSignal(contextOf(app, request), { signalId: request.params.signalId }),
  });

  app.post('/api/wmo/signals/:signalId/status', {
    config: { action: 'wmo.follow_up' },
    schema: {
      tags,
      params: signalParamsSchema,
      body: signalStatusBodySchema,
      response: { 200: signalDetailSchema, ...errorResponses },
    },
    handler: async (request) =>
      signals.changeStatus(contextOf(app, request), {
        signalId: request.params.signalId,
        ...request.body,
      }),
  });

  app.post('/api/wmo/signals/:signalId/notes', {
    config: { action: 'wmo.follow_up' },
    schema: {
      tags,
      params: signalParamsSchema,
      body: signalNoteBodySchema,
      response: { 201: signalDetailSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await signals.addNote(contextOf(app, request), {
          signalId: request.params.signalId,
          note: request.body.note,
        }),
      ),
  });

  app.get('/api/wmo/providers/:providerAgb/letter.pdf', {
    config: { action: 'wmo.follow_up' },
    schema: {
      tags,
      summary: 'Brief aan de zorgaanbieder met de toewijzingsnummers van de open signalen',
      params: providerParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { providerAgb } = request.params;
      const pdf = await signals.providerLetterPdf(contextOf(app, request), {
        providerAgb,
        config: app.config,
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`brief-aanbieder-${providerAgb}.pdf`))
        .send(pdf);
    },
  });

  app.post('/api/wmo/providers/:providerAgb/email', {
    config: { action: 'wmo.follow_up' },
    schema: {
      tags,
      summary: 'Dezelfde brief als e-mail aan de zorgaanbieder (via de uitgaande post)',
      params: providerParamsSchema,
      body: providerEmailBodySchema,
      response: { 202: providerEmailResponseSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(202).send(
        await signals.emailProvider(contextOf(app, request), {
          providerAgb: request.params.providerAgb,
          to: request.body.to,
          config: app.config,
        }),
      ),
  });

  app.get('/api/wmo/dashboard', {
    config: { action: 'wmo.signals' },
    schema: { tags, response: { 200: dashboardSchema, ...errorResponses } },
    handler: async (request) => signals.dashboard(contextOf(app, request)),
  });
}
