import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import { CSV_CONTENT_TYPE } from '../../platform/spreadsheet.ts';
import { contextOf } from '../../platform/use-case.ts';
import * as service from './payments.service.ts';
import {
  paymentRunListSchema,
  paymentRunParamsSchema,
  paymentRunSchema,
  paymentRunSummarySchema,
  prepareRunBodySchema,
} from './payments.schemas.ts';
import { SEPA_MEDIA_TYPE } from './sepa.ts';

export async function paymentsRoutes(app: App) {
  const tags = ['Betaalruns'];
  app.get('/api/payment-runs', {
    config: { action: 'payment.read' },
    schema: { tags, response: { 200: paymentRunListSchema, ...errorResponses } },
    handler: async (request) => ({ items: await service.listRuns(contextOf(app, request)) }),
  });

  app.post('/api/payment-runs', {
    config: { action: 'payment.prepare' },
    schema: {
      tags,
      summary:
        'Een betaalrun voorbereiden: alle onbetaalde termijnen die tot en met die dag vervallen',
      body: prepareRunBodySchema,
      response: { 201: paymentRunSummarySchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.prepareRun(contextOf(app, request), request.body)),
  });

  app.get('/api/payment-runs/:runId', {
    config: { action: 'payment.read' },
    schema: {
      tags,
      params: paymentRunParamsSchema,
      response: { 200: paymentRunSchema, ...errorResponses },
    },
    handler: async (request) => service.getRun(contextOf(app, request), request.params),
  });

  app.post('/api/payment-runs/:runId/approve', {
    config: { action: 'payment.approve' },
    schema: {
      tags,
      summary: 'Goedkeuren (vier ogen: niet door wie haar voorbereidde)',
      params: paymentRunParamsSchema,
      response: { 200: paymentRunSummarySchema, ...errorResponses },
    },
    handler: async (request) => service.approveRun(contextOf(app, request), request.params),
  });

  app.post('/api/payment-runs/:runId/cancel', {
    config: { action: 'payment.cancel' },
    schema: {
      tags,
      summary: 'Annuleren zolang zij niet is geëxporteerd; de termijnen komen weer vrij',
      params: paymentRunParamsSchema,
      response: { 200: paymentRunSummarySchema, ...errorResponses },
    },
    handler: async (request) => service.cancelRun(contextOf(app, request), request.params),
  });

  app.post('/api/payment-runs/:runId/export', {
    config: { action: 'payment.export' },
    schema: {
      tags,
      summary: 'Exporteren als SEPA-bestand (pain.001.001.09); de termijnen zijn dan betaald',
      params: paymentRunParamsSchema,
      response: { 200: paymentRunSummarySchema, ...errorResponses },
    },
    handler: async (request) => service.exportRun(contextOf(app, request), request.params),
  });

  // The files of an exported run, each as it was written at export.
  const runFiles = [
    {
      name: 'sepa.xml',
      kind: 'sepa',
      type: SEPA_MEDIA_TYPE,
      about: 'SEPA-overboekingen (pain.001.001.09)',
    },
    {
      name: 'ledger.csv',
      kind: 'ledger',
      type: CSV_CONTENT_TYPE,
      about: 'De betaalrun voor de boekhouding',
    },
    {
      name: 'ledger.xlsx',
      kind: 'ledger-xlsx',
      type: XLSX_MEDIA_TYPE,
      about: 'De betaalrun voor de boekhouding (xlsx)',
    },
  ] as const;
  for (const { name, kind, type, about } of runFiles) {
    app.get(`/api/payment-runs/:runId/${name}`, {
      config: { action: 'payment.export' },
      schema: {
        tags,
        params: paymentRunParamsSchema,
        response: { 200: fileResponse(type, about), ...errorResponses },
      },
      handler: async (request, reply) => {
        const file = await service.runFile(contextOf(app, request), {
          runId: request.params.runId,
          kind,
        });
        return reply
          .type(type)
          .header('content-disposition', contentDisposition(file.filename))
          .send(file.content);
      },
    });
  }
}
