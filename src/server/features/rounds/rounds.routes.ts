import { z } from 'zod';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import {
  ceilingChangeBodySchema,
  checklistSchema,
  roundBodySchema,
  roundListSchema,
  roundOverviewSchema,
  roundParamsSchema,
  roundSchema,
  schemeBodySchema,
  schemeListSchema,
  schemeParamsSchema,
  schemeSchema,
} from './rounds.schemas.ts';
import * as service from './rounds.service.ts';
import { exportCsv, exportRows, toXlsx } from './round-export.ts';
import { CSV_CONTENT_TYPE } from '../../platform/spreadsheet.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function roundsRoutes(app: App) {
  const tags = ['Subsidierondes'];
  app.get('/api/rounds', {
    config: { action: 'round.list' },
    schema: { tags, response: { 200: roundListSchema, ...errorResponses } },
    handler: async (request) => ({
      items: await service.listRounds(contextOf(app, request)),
    }),
  });

  app.get('/api/rounds/:roundId', {
    config: { action: 'round.read' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) => {
      return service.getRound(contextOf(app, request), request.params);
    },
  });

  app.post('/api/rounds', {
    config: { action: 'round.create' },
    schema: { tags, body: roundBodySchema, response: { 201: roundSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createRound(contextOf(app, request), request.body)),
  });

  app.put('/api/rounds/:roundId', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      body: roundBodySchema,
      response: { 200: roundSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateRound(contextOf(app, request), {
        roundId: request.params.roundId,
        body: request.body,
      }),
  });

  app.put('/api/rounds/:roundId/ceilings', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      body: ceilingChangeBodySchema,
      response: { 200: roundSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.changeCeilings(contextOf(app, request), {
        roundId: request.params.roundId,
        body: request.body,
      }),
  });

  app.get('/api/rounds/:roundId/checklist', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: checklistSchema, ...errorResponses },
    },
    handler: async (request) => service.getChecklist(contextOf(app, request), request.params),
  });

  app.post('/api/rounds/:roundId/open', {
    config: { action: 'round.update' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) => service.openRound(contextOf(app, request), request.params),
  });

  app.get('/api/rounds/:roundId/overview', {
    config: { action: 'round.overview' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: roundOverviewSchema, ...errorResponses },
    },
    handler: async (request) => service.getOverview(contextOf(app, request), request.params),
  });

  app.get('/api/rounds/:roundId/export', {
    config: { action: 'round.overview' },
    schema: {
      tags,
      summary:
        'Alle ingediende, te late en ingetrokken aanvragen als xlsx, als csv voor Nederlandse Excel (csv: UTF-8 met BOM, puntkomma, decimale komma, dd-mm-jjjj) of als gewone RFC 4180-csv voor programma’s (rfc4180: komma, decimale punt, ISO 8601)',
      params: roundParamsSchema,
      querystring: z.object({ format: z.enum(['xlsx', 'csv', 'rfc4180']).default('xlsx') }),
      response: {
        200: z.union([
          fileResponse(XLSX_MEDIA_TYPE, 'Aanvragen als xlsx-werkboek'),
          fileResponse(CSV_CONTENT_TYPE, 'Aanvragen als csv'),
        ]),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const round = await service.getRound(contextOf(app, request), request.params);
      const rows = await exportRows(app.db, round.id);
      const base = `aanvragen-${round.year}-${round.id.slice(0, 8)}`;
      if (request.query.format !== 'xlsx') {
        const dialect = request.query.format === 'rfc4180' ? 'rfc4180' : 'excel-nl';
        const name = dialect === 'rfc4180' ? `${base}-rfc4180.csv` : `${base}.csv`;
        return reply
          .type(CSV_CONTENT_TYPE)
          .header('content-disposition', contentDisposition(name))
          .send(Buffer.from(exportCsv(rows, dialect)));
      }
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', contentDisposition(`${base}.xlsx`))
        .send(await toXlsx(rows, round.name));
    },
  });

  app.get('/api/schemes', {
    config: { action: 'scheme.read' },
    schema: {
      tags,
      response: { 200: schemeListSchema, ...errorResponses },
    },
    handler: async (request) => ({ items: await service.listSchemes(contextOf(app, request)) }),
  });

  app.get('/api/schemes/:schemeId', {
    config: { action: 'scheme.read' },
    schema: {
      tags,
      params: schemeParamsSchema,
      response: { 200: schemeSchema, ...errorResponses },
    },
    handler: async (request) => service.getScheme(contextOf(app, request), request.params),
  });

  app.put('/api/schemes/:schemeId', {
    config: { action: 'scheme.update' },
    schema: {
      tags,
      params: schemeParamsSchema,
      body: schemeBodySchema,
      response: { 200: schemeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateScheme(contextOf(app, request), {
        schemeId: request.params.schemeId,
        body: request.body,
      }),
  });
}
