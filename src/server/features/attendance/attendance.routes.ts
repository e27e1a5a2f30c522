import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  attendanceBodySchema,
  attendanceParamsSchema,
  attendanceQuerySchema,
  attendanceWeekViewSchema,
} from './attendance.schemas.ts';
import * as service from './attendance.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function attendanceRoutes(app: App) {
  const tags = ['Aanwezigheid'];
  app.get('/api/provisions/:provisionId/attendance', {
    config: { action: 'attendance.read' },
    schema: {
      tags,
      summary: 'De aanwezigheid van één week (maandag tot en met zondag)',
      params: attendanceParamsSchema,
      querystring: attendanceQuerySchema,
      response: { 200: attendanceWeekViewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getAttendanceWeek(contextOf(app, request), {
        provisionId: request.params.provisionId,
        week: request.query.week,
      }),
  });

  app.put('/api/provisions/:provisionId/attendance', {
    config: { action: 'attendance.write' },
    schema: {
      tags,
      summary: 'De aanwezigheid van één week opslaan (vervangt die week)',
      params: attendanceParamsSchema,
      body: attendanceBodySchema,
      response: { 200: attendanceWeekViewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveAttendanceWeek(contextOf(app, request), {
        provisionId: request.params.provisionId,
        body: request.body,
      }),
  });
}
