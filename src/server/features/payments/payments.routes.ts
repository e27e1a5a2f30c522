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

  app.get('/api/payment-runs/:runId/sepa.xml', {
    config: { action: 'payment.export' },
    schema: {
      tags,
      params: paymentRunParamsSchema,
      response: {
        200: fileResponse(SEPA_MEDIA_TYPE, 'SEPA-overboekingen (pain.001.001.09)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const file = await service.runFile(contextOf(app, request), {
        runId: request.params.runId,
        kind: 'sepa',
      });
      return reply
        .type(SEPA_MEDIA_TYPE)
        .header('content-disposition', contentDisposition(file.filename))
        .send(file.content);
    },
  });

  app.get('/api/payment-runs/:runId/ledger.csv', {
    config: { action: 'payment.export' },
    schema: {
      tags,
      params: paymentRunParamsSchema,
      response: {
        200: fileResponse(CSV_CONTENT_TYPE, 'De betaalrun voor de boekhouding'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const file = await service.runFile(contextOf(app, request), {
        runId: request.params.runId,
        kind: 'ledger',
      });
      return reply
        .type(CSV_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(file.filename))
        .send(file.content);
    },
  });

  app.get('/api/payment-runs/:runId/ledger.xlsx', {
    config: { action: 'payment.export' },
    schema: {
      tags,
      params: paymentRunParamsSchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'De betaalrun voor de boekhouding (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const file = await service.runFile(contextOf(app, request), {
        runId: request.params.runId,
        kind: 'ledger-xlsx',
      });
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', contentDisposition(file.filename))
        .send(file.content);
    },
  });
}
