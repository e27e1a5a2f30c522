import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import * as service from './settlements.service.ts';
import {
  issueSettlementsBodySchema,
  issueStartedSchema,
  awaitingSettlementSchema,
  proposedSettlementsSchema,
  reclaimListQuerySchema,
  reclaimListSchema,
  reclaimPaidBodySchema,
  settlementBodySchema,
  settlementParamsSchema,
  settlementReviewSchema,
} from './settlements.schemas.ts';

export async function settlementsRoutes(app: App) {
  const tags = ['Vaststelling'];
  app.get('/api/grants/:grantId/settlement', {
    config: { action: 'settlement.read' },
    schema: {
      tags,
      summary: 'De vaststelling van een subsidie met de bedragen ernaast',
      params: settlementParamsSchema,
      response: { 200: settlementReviewSchema, ...errorResponses },
    },
    handler: async (request) => service.getReview(contextOf(app, request), request.params),
  });

  app.put('/api/grants/:grantId/settlement', {
    config: { action: 'settlement.propose' },
    schema: {
      tags,
      summary: 'Het vast te stellen bedrag voorstellen of wijzigen (tot de verzending)',
      params: settlementParamsSchema,
      body: settlementBodySchema,
      response: { 200: settlementReviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.proposeSettlement(contextOf(app, request), {
        grantId: request.params.grantId,
        body: request.body,
      }),
  });

  app.get('/api/grants/:grantId/settlement.pdf', {
    config: { action: 'settlement.read' },
    schema: {
      tags,
      params: settlementParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await service.settlementDocument(contextOf(app, request), request.params);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });

  app.get('/api/settlements/awaiting', {
    config: { action: 'settlement.propose' },
    schema: {
      tags,
      summary:
        'De subsidies die klaar zijn om vast te stellen (verantwoording ingediend, of directe vaststelling na de periode)',
      response: { 200: awaitingSettlementSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listAwaitingSettlement(contextOf(app, request)),
    }),
  });

  app.get('/api/settlements/proposed', {
    config: { action: 'settlement.issue' },
    schema: {
      tags,
      summary: 'De voorgestelde vaststellingen die nog niet zijn verzonden',
      response: { 200: proposedSettlementsSchema, ...errorResponses },
    },
    handler: async (request) => ({ items: await service.listProposed(contextOf(app, request)) }),
  });

  app.post('/api/settlements/issue', {
    config: { action: 'settlement.issue' },
    schema: {
      tags,
      summary: 'De vaststellingsbeschikkingen verzenden (een taak met voortgang)',
      body: issueSettlementsBodySchema,
      response: { 202: issueStartedSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const started = await service.startIssue(contextOf(app, request), request.body);
      void app.jobs.kick();
      return reply.code(202).send(started);
    },
  });

  app.get('/api/reclaims', {
    config: { action: 'reclaim.read' },
    schema: {
      tags,
      summary: 'De terugvorderingen: openstaand (standaard) of alle',
      querystring: reclaimListQuerySchema,
      response: { 200: reclaimListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listReclaims(contextOf(app, request), request.query),
    }),
  });

  app.post('/api/grants/:grantId/settlement/reclaim-paid', {
    config: { action: 'reclaim.register_paid' },
    schema: {
      tags,
      summary: 'Een terugvordering als terugbetaald registreren; de subsidie is dan afgerekend',
      params: settlementParamsSchema,
      body: reclaimPaidBodySchema,
      response: { 200: settlementReviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.registerReclaimPaid(contextOf(app, request), {
        grantId: request.params.grantId,
        paidDay: request.body.paidDay,
      }),
  });
}
