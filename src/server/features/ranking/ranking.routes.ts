import { z } from 'zod';
import { categorySchema } from '../../../domain/tender/categories.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { renderPdf } from '../../platform/documents.ts';
import { getRound } from '../rounds/rounds.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { rankedListPdf, rankedListXlsx, scoresXlsx } from './ranking-export.ts';
import * as service from './ranking.service.ts';

const params = z.object({ roundId: z.uuid(), category: categorySchema });
const output = z.any().describe('Uitvoer van rankAndAllocate (zie tender rank)');

export async function rankingRoutes(app: App) {
  const tags = ['Rangschikking'];
  app.post('/api/rounds/:roundId/categories/:category/simulation', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'Wat-als: rangschikken met een ander plafond of gedeeltelijke toekenning; verandert niets',
      params,
      body: z.object({
        ceilingCents: z
          .number()
          .int()
          .positive({ message: 'Het plafond moet groter zijn dan € 0.' })
          .optional(),
        partialGrant: z.boolean().optional(),
      }),
      response: { 200: output, ...errorResponses },
    },
    handler: async (request) =>
      service.simulate(
        app.db,
        request.params.roundId,
        request.params.category,
        request.body,
        app.now(),
      ),
  });

  app.get('/api/rounds/:roundId/categories/:category/rankings', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      params,
      response: { 200: z.object({ items: z.array(z.any()) }), ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listRankings(app.db, request.params.roundId, request.params.category),
    }),
  });

  app.post('/api/rounds/:roundId/categories/:category/rankings', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'De rangschikking vastleggen; een herziening vraagt een reden en wordt een nieuwe versie',
      params,
      body: z.object({ reason: z.string().trim().max(1000).optional() }),
      response: { 201: z.any(), ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.fixRanking(
            app.db,
            requireActor(request),
            request.params.roundId,
            request.params.category,
            request.body.reason,
            app.now(),
          ),
        ),
  });

  app.get('/api/rounds/:roundId/rankings/export', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary:
        'De vastgelegde rangschikking per categorie: xlsx, of pdf als bijlage bij het collegevoorstel',
      params: z.object({ roundId: z.uuid() }),
      querystring: z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx') }),
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const round = await getRound(
        app.db,
        requireActor(request),
        request.params.roundId,
        app.now(),
      );
      const current = await service.currentRankings(app.db, round.id);
      const name = `rangschikking-${round.year}`;
      if (request.query.format === 'pdf') {
        const settings = await getSettings(app.db, app.config.MUNICIPALITY_NAME);
        const pdf = await renderPdf(rankedListPdf(current, round.name, settings.municipalityName));
        return reply
          .type('application/pdf')
          .header('content-disposition', contentDisposition(`${name}.pdf`))
          .send(pdf);
      }
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(`${name}.xlsx`))
        .send(await rankedListXlsx(current, round.name));
    },
  });

  app.get('/api/rounds/:roundId/scores/export', {
    config: { action: 'ranking.manage' },
    schema: {
      tags,
      summary: 'Alle scores per criterium per beoordelaar (xlsx)',
      params: z.object({ roundId: z.uuid() }),
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const round = await getRound(
        app.db,
        requireActor(request),
        request.params.roundId,
        app.now(),
      );
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(`scores-${round.year}.xlsx`))
        .send(await scoresXlsx(app.db, round.id));
    },
  });
}
