import { sendStoredDocument } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import {
  XLSX_MEDIA_TYPE,
  errorResponses,
  fileResponse,
  pdfResponse,
} from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import {
  councilReportListSchema,
  councilReportParamsSchema,
  councilReportStartedSchema,
  startCouncilReportSchema,
} from './council-report.schemas.ts';
import * as service from './council-report.service.ts';

export async function councilReportRoutes(app: App) {
  const tags = ['Raadsrapportage'];

  app.get('/api/council-reports', {
    config: { action: 'council_report.read' },
    schema: {
      tags,
      summary:
        'De gemaakte raadsrapportages (alle versies, nieuwste eerst), de jaren en scenario’s',
      response: { 200: councilReportListSchema, ...errorResponses },
    },
    handler: async (request) => service.listReports(contextOf(app, request)),
  });

  app.post('/api/council-reports', {
    config: { action: 'council_report.generate' },
    schema: {
      tags,
      summary: 'Een raadsrapportage maken van een jaar dat voorbij is (een taak met voortgang)',
      body: startCouncilReportSchema,
      response: { 202: councilReportStartedSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const started = await service.startReport(contextOf(app, request), request.body);
      void app.jobs.kick();
      return reply.code(202).send(started);
    },
  });

  app.get('/api/council-reports/:reportId/report.pdf', {
    config: { action: 'council_report.read' },
    schema: {
      tags,
      summary: 'De raadsrapportage als PDF',
      params: councilReportParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) =>
      sendStoredDocument(
        reply,
        await service.reportFile(contextOf(app, request), {
          reportId: request.params.reportId,
          kind: 'pdf',
        }),
      ),
  });

  app.get('/api/council-reports/:reportId/report.xlsx', {
    config: { action: 'council_report.read' },
    schema: {
      tags,
      summary: 'De cijfers van de raadsrapportage als spreadsheet (xlsx)',
      params: councilReportParamsSchema,
      response: { 200: fileResponse(XLSX_MEDIA_TYPE, 'Raadsrapportage (xlsx)'), ...errorResponses },
    },
    handler: async (request, reply) =>
      sendStoredDocument(
        reply,
        await service.reportFile(contextOf(app, request), {
          reportId: request.params.reportId,
          kind: 'xlsx',
        }),
      ),
  });
}
