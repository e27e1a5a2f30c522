/** The ranking of a round's categories: simulate, fix and revise, and the exports. Thin. */
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import {
  errorResponses,
  fileResponse,
  pdfResponse,
  XLSX_MEDIA_TYPE,
} from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import {
  fixRankingBodySchema,
  rankingExportQuerySchema,
  rankingListSchema,
  rankingParamsSchema,
  rankingSchema,
  rankOutputSchema,
  roundParamsSchema,
  simulationBodySchema,
} from './ranking.schemas.ts';
import * as service from './ranking.service.ts';

const MEDIA_TYPES = { pdf: 'application/pdf', xlsx: XLSX_MEDIA_TYPE } as const;

export async function rankingRoutes(app: App) {
  const tags = ['Rangschikking'];
  app.post('/api/rounds/:roundId/categories/:category/simulation', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'Wat-als: rangschikken met een ander plafond of gedeeltelijke toekenning; verandert niets',
      params: rankingParamsSchema,
      body: simulationBodySchema,
      response: { 200: rankOutputSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.simulate(contextOf(app, request), { ...request.params, ...request.body }),
  });

  app.get('/api/rounds/:roundId/categories/:category/rankings', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      params: rankingParamsSchema,
      response: { 200: rankingListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listRankings(contextOf(app, request), request.params),
    }),
  });

  app.post('/api/rounds/:roundId/categories/:category/rankings', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'De rangschikking vastleggen; een herziening vraagt een reden en wordt een nieuwe versie',
      params: rankingParamsSchema,
      body: fixRankingBodySchema,
      response: { 201: rankingSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.fixRanking(contextOf(app, request), {
          ...request.params,
          reason: request.body.reason,
        }),
      ),
  });

  app.get('/api/rounds/:roundId/rankings/export', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'De vastgelegde rangschikking per categorie: xlsx, of pdf als bijlage bij het collegevoorstel',
      params: roundParamsSchema,
      querystring: rankingExportQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Rangschikking per categorie (xlsx)').or(pdfResponse),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const file = await service.exportRankings(contextOf(app, request), {
        roundId: request.params.roundId,
        format: request.query.format,
        config: app.config,
      });
      return reply
        .type(MEDIA_TYPES[file.type])
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.bytes);
    },
  });

  app.get('/api/rounds/:roundId/scores/export', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary: 'Alle scores per criterium per beoordelaar (xlsx)',
      params: roundParamsSchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Scores per criterium per beoordelaar (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const file = await service.exportScores(contextOf(app, request), request.params);
      return reply
        .type(MEDIA_TYPES[file.type])
        .header('content-disposition', contentDisposition(file.fileName))
        .send(file.bytes);
    },
  });
}
