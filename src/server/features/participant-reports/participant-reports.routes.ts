import { sendXlsx } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { XLSX_MEDIA_TYPE, errorResponses, fileResponse } from '../../platform/openapi.ts';
import {
  municipalityReportQuerySchema,
  municipalityReportSchema,
  provisionReportParamsSchema,
  provisionReportSchema,
  reportPeriodQuerySchema,
} from './participant-reports.schemas.ts';
import * as service from './participant-reports.service.ts';
import { municipalityReportXlsx, provisionReportXlsx } from './participant-reports.xlsx.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function participantReportsRoutes(app: App) {
  const tags = ['Rapportage deelnemers'];

  app.get('/api/provisions/:provisionId/participant-report', {
    config: { action: 'report.provision' },
    schema: {
      tags,
      summary: 'Rapportage van één voorziening over een periode (aantallen zoals ze zijn)',
      params: provisionReportParamsSchema,
      querystring: reportPeriodQuerySchema,
      response: { 200: provisionReportSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getProvisionReport(contextOf(app, request), {
        provisionId: request.params.provisionId,
        query: request.query,
      }),
  });

  app.get('/api/provisions/:provisionId/participant-report.xlsx', {
    config: { action: 'report.provision' },
    schema: {
      tags,
      summary: 'Dezelfde rapportage als spreadsheet (xlsx)',
      params: provisionReportParamsSchema,
      querystring: reportPeriodQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Deelnemersrapportage (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const report = await service.getProvisionReport(contextOf(app, request), {
        provisionId: request.params.provisionId,
        query: request.query,
      });
      return sendXlsx(
        reply,
        ['deelnemers', report.provision.name, report.period.from, report.period.to],
        await provisionReportXlsx(report),
      );
    },
  });

  app.get('/api/participant-report', {
    config: { action: 'report.municipality' },
    schema: {
      tags,
      summary: 'Rapportage van alle voorzieningen (of één categorie); aantallen onder 5 als "<5"',
      querystring: municipalityReportQuerySchema,
      response: { 200: municipalityReportSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getMunicipalityReport(contextOf(app, request), request.query),
  });

  app.get('/api/participant-report.xlsx', {
    config: { action: 'report.municipality' },
    schema: {
      tags,
      summary: 'Dezelfde rapportage als spreadsheet (xlsx)',
      querystring: municipalityReportQuerySchema,
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Deelnemersrapportage (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const report = await service.getMunicipalityReport(contextOf(app, request), request.query);
      return sendXlsx(
        reply,
        [
          'deelnemers',
          report.category ?? 'alle-voorzieningen',
          report.period.from,
          report.period.to,
        ],
        await municipalityReportXlsx(report),
      );
    },
  });
}
