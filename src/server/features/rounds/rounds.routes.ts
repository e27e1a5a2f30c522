import { z } from 'zod';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
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

export async function roundsRoutes(app: App) {
  const tags = ['Subsidierondes'];
  app.get('/api/rounds', {
    config: { action: 'round.list' },
    schema: { tags, response: { 200: roundListSchema, ...errorResponses } },
    handler: async (request) => ({
      items: await service.listRounds(app.db, request.actor, app.now()),
    }),
  });

  app.get('/api/rounds/:roundId', {
    config: { action: 'round.read' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) =>
      service.getRound(app.db, request.actor, request.params.roundId, app.now()),
  });

  app.post('/api/rounds', {
    config: { action: 'round.create' },
    schema: { tags, body: roundBodySchema, response: { 201: roundSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.createRound(app.db, requireActor(request), request.body, app.now())),
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
      service.updateRound(
        app.db,
        requireActor(request),
        request.params.roundId,
        request.body,
        app.now(),
      ),
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
      service.changeCeilings(
        app.db,
        requireActor(request),
        request.params.roundId,
        request.body,
        app.now(),
      ),
  });

  app.get('/api/rounds/:roundId/checklist', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: checklistSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getChecklist(app.db, requireActor(request), request.params.roundId, app.now()),
  });

  app.post('/api/rounds/:roundId/open', {
    config: { action: 'round.update' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) =>
      service.openRound(app.db, requireActor(request), request.params.roundId, app.now()),
  });

  app.get('/api/rounds/:roundId/overview', {
    config: { action: 'round.overview' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: roundOverviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getOverview(app.db, requireActor(request), request.params.roundId, app.now()),
  });

  app.get('/api/rounds/:roundId/export', {
    config: { action: 'round.overview' },
    schema: {
      tags,
      summary:
        'Alle ingediende, te late en ingetrokken aanvragen als xlsx, als csv voor Nederlandse Excel (csv: UTF-8 met BOM, puntkomma, decimale komma, dd-mm-jjjj) of als gewone RFC 4180-csv voor programma’s (rfc4180: komma, decimale punt, ISO 8601)',
      params: roundParamsSchema,
      querystring: z.object({ format: z.enum(['xlsx', 'csv', 'rfc4180']).default('xlsx') }),
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const round = await service.getRound(
        app.db,
        requireActor(request),
        request.params.roundId,
        app.now(),
      );
      const rows = await exportRows(app.db, round.id);
      const base = `aanvragen-${round.year}-${round.id.slice(0, 8)}`;
      if (request.query.format !== 'xlsx') {
        const dialect = request.query.format === 'rfc4180' ? 'rfc4180' : 'excel-nl';
        const name = dialect === 'rfc4180' ? `${base}-rfc4180.csv` : `${base}.csv`;
        return reply
          .type(CSV_CONTENT_TYPE)
          .header('content-disposition', contentDisposition(name))
          .send(exportCsv(rows, dialect));
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
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
    handler: async () => ({ items: await service.listSchemes(app.db) }),
  });

  app.get('/api/schemes/:schemeId', {
    config: { action: 'scheme.read' },
    schema: {
      tags,
      params: schemeParamsSchema,
      response: { 200: schemeSchema, ...errorResponses },
    },
    handler: async (request) => service.getScheme(app.db, request.params.schemeId),
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
      service.updateScheme(
        app.db,
        requireActor(request),
        request.params.schemeId,
        request.body,
        app.now(),
      ),
  });
}
