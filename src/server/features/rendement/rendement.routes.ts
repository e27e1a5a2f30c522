import { z } from 'zod';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { rendementXlsx } from './rendement.xlsx.ts';
import * as service from './rendement.service.ts';
import {
  businessCaseQuerySchema,
  businessCasesSchema,
  scenarioBodySchema,
  scenarioParamsSchema,
  scenarioSchema,
} from './rendement.schemas.ts';

const createdSchema = z.object({ id: z.uuid() });

export async function rendementRoutes(app: App) {
  const tags = ['Rendement'];
  app.get('/api/rendement', {
    config: { action: 'rendement.read' },
    schema: {
      tags,
      summary:
        'Rendement en businesscases per voorziening, organisatie, categorie of jaar, onder een scenario',
      querystring: businessCaseQuerySchema,
      response: { 200: businessCasesSchema, ...errorResponses },
    },
    handler: async (request) => service.getBusinessCases(contextOf(app, request), request.query),
  });

  app.get('/api/rendement.xlsx', {
    config: { action: 'rendement.read' },
    schema: {
      tags,
      summary: 'Dezelfde tabel als spreadsheet (xlsx), met de aannames en hun bron',
      querystring: businessCaseQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Rendement en businesscases (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const view = await service.getBusinessCases(contextOf(app, request), request.query);
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          contentDisposition(`rendement-${view.year ?? 'alle-jaren'}.xlsx`),
        )
        .send(await rendementXlsx(view));
    },
  });

  app.get('/api/rendement/scenarios', {
    config: { action: 'rendement.read' },
    schema: {
      tags,
      summary: 'De scenario’s: het standaardscenario van de beleidsnota en de eigen scenario’s',
      response: { 200: z.array(scenarioSchema), ...errorResponses },
    },
    handler: async (request) => service.listScenarios(contextOf(app, request)),
  });

  app.post('/api/rendement/scenarios', {
    config: { action: 'rendement.scenario.manage' },
    schema: {
      tags,
      summary: 'Een nieuw scenario met zijn aannames en hun bron',
      body: scenarioBodySchema,
      response: { 201: createdSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createScenario(contextOf(app, request), request.body)),
  });

  app.put('/api/rendement/scenarios/:scenarioId', {
    config: { action: 'rendement.scenario.manage' },
    schema: {
      tags,
      summary: 'Een scenario wijzigen (niet het standaardscenario)',
      params: scenarioParamsSchema,
      body: scenarioBodySchema,
      response: { 200: createdSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateScenario(contextOf(app, request), {
        scenarioId: request.params.scenarioId,
        body: request.body,
      }),
  });
}
