import { sendXlsx } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import {
  dashboardExportQuerySchema,
  dashboardQuerySchema,
  dashboardSchema,
  mapQuerySchema,
  neighbourhoodMapSchema,
} from './dashboards.schemas.ts';
import * as service from './dashboards.service.ts';
import { dashboardPanelXlsx, neighbourhoodMapXlsx } from './dashboards.xlsx.ts';

export async function dashboardsRoutes(app: App) {
  const tags = ['Dashboards'];

  app.get('/api/dashboards', {
    config: { action: 'dashboard.read' },
    schema: {
      tags,
      summary:
        'Per categorie: plafond en benutting, subsidies en betalingen, bereik, gezondheid, tevredenheid, uitstroom en signalen; aantallen onder 5 als "<5"',
      querystring: dashboardQuerySchema,
      response: { 200: dashboardSchema, ...errorResponses },
    },
    handler: async (request) => service.getDashboard(contextOf(app, request), request.query),
  });

  app.get('/api/dashboards/map', {
    config: { action: 'dashboard.read' },
    schema: {
      tags,
      summary: 'Kloppend hart: deelnemers en voorzieningen per buurt en wijk, met de buurtgrenzen',
      querystring: mapQuerySchema,
      response: { 200: neighbourhoodMapSchema, ...errorResponses },
    },
    handler: async (request) => service.getNeighbourhoodMap(contextOf(app, request), request.query),
  });

  app.get('/api/dashboards/export.xlsx', {
    config: { action: 'dashboard.read' },
    schema: {
      tags,
      summary: 'Eén onderdeel van het dashboard (of de kaart) als spreadsheet (xlsx)',
      querystring: dashboardExportQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Dashboard (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const context = contextOf(app, request);
      const { panel, ...query } = request.query;
      if (panel === 'map') {
        const map = await service.getNeighbourhoodMap(context, query);
        return sendXlsx(
          reply,
          ['kloppend-hart', String(map.year)],
          await neighbourhoodMapXlsx(map),
        );
      }
      const view = await service.getDashboard(context, query);
      return sendXlsx(
        reply,
        ['dashboard', panel, String(view.year)],
        await dashboardPanelXlsx(panel, view),
      );
    },
  });
}
