import { attachmentRoutes } from '../../platform/attachment-routes.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { grantParamsSchema } from '../grants/grants.schemas.ts';
import {
  grantReportSchema,
  overdueReportsSchema,
  reportAttachmentKindSchema,
  reportAttachmentParamsSchema,
  reportAttachmentSchema,
  reportDraftBodySchema,
} from './grant-reports.schemas.ts';
import * as service from './grant-reports.service.ts';

export async function grantReportsRoutes(app: App) {
  const tags = ['Verantwoording'];

  app.get('/api/grants/:grantId/report', {
    config: { action: 'grant_report.read' },
    schema: {
      tags,
      summary:
        'De verantwoording van een subsidie, met het bereik uit de registratie (live als concept, bevroren na indienen) naast wat de aanvraag beloofde',
      params: grantParamsSchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) => service.getReport(contextOf(app, request), request.params),
  });

  app.put('/api/grants/:grantId/report', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      summary:
        'Het concept opslaan: activiteiten, resultaten en werkelijke kosten per begrotingsregel',
      params: grantParamsSchema,
      body: reportDraftBodySchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveDraft(contextOf(app, request), {
        grantId: request.params.grantId,
        body: request.body,
      }),
  });

  app.post('/api/grants/:grantId/report/submit', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      summary: 'De verantwoording indienen (het bereik wordt dan bevroren)',
      params: grantParamsSchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) => service.submitReport(contextOf(app, request), request.params),
  });

  attachmentRoutes(app, {
    url: '/api/grants/:grantId/report/attachments',
    tags,
    actions: { read: 'grant_report.read', write: 'grant_report.write' },
    params: grantParamsSchema,
    fileParams: reportAttachmentParamsSchema,
    kind: reportAttachmentKindSchema,
    attachment: reportAttachmentSchema,
    add: (context, { grantId }, upload) => service.addAttachment(context, { grantId, ...upload }),
    getFile: service.getAttachmentFile,
    remove: service.removeAttachment,
  });

  app.get('/api/grant-reports/overdue', {
    config: { action: 'grant_report.overdue' },
    schema: {
      tags,
      summary:
        'Subsidies waarvan de verantwoording te laat is (uiterste datum verstreken, niet ingediend)',
      response: { 200: overdueReportsSchema, ...errorResponses },
    },
    handler: async (request) => service.listOverdue(contextOf(app, request)),
  });
}
