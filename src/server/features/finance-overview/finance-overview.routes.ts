import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { financeOverviewQuerySchema, financeOverviewSchema } from './finance-overview.schemas.ts';
import * as service from './finance-overview.service.ts';
import { financeOverviewXlsx } from './finance-overview.xlsx.ts';

export async function financeOverviewRoutes(app: App) {
  const tags = ['Financieel overzicht'];

  app.get('/api/finance/overview', {
    config: { action: 'finance_overview.read' },
    schema: {
      tags,
      summary:
        'Per categorie en jaar: plafond, verleend, betaald, vastgesteld, teruggevorderd en nog te betalen',
      querystring: financeOverviewQuerySchema,
      response: { 200: financeOverviewSchema, ...errorResponses },
    },
    handler: async (request) => service.getFinanceOverview(contextOf(app, request), request.query),
  });

  app.get('/api/finance/overview.xlsx', {
    config: { action: 'finance_overview.read' },
    schema: {
      tags,
      summary: 'Hetzelfde overzicht als spreadsheet (xlsx), met een totaalregel',
      querystring: financeOverviewQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Financieel overzicht (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const overview = await service.getFinanceOverview(contextOf(app, request), request.query);
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          contentDisposition(`financieel-overzicht-${overview.year}.xlsx`),
        )
        .send(await financeOverviewXlsx(overview));
    },
  });
}
