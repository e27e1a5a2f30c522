import type { App } from '../../platform/http.ts';
import { contentDisposition, sendXlsx } from '../../platform/downloads.ts';
import {
  XLSX_MEDIA_TYPE,
  errorResponses,
  fileResponse,
  pdfResponse,
} from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { z } from 'zod';
import * as service from './fund.service.ts';
import {
  bookingParamsSchema,
  correctionBodySchema,
  depositBodySchema,
  fundQuerySchema,
  fundSchema,
} from './fund.schemas.ts';

const createdSchema = z.object({ id: z.uuid() });

export async function fundRoutes(app: App) {
  const tags = ['Sociaal Investeringsfonds'];
  app.get('/api/fund', {
    config: { action: 'fund.read' },
    schema: {
      tags,
      summary: 'De saldi van het fonds, hun verloop per dag en de boekingen (per pagina)',
      querystring: fundQuerySchema,
      response: { 200: fundSchema, ...errorResponses },
    },
    handler: async (request) => service.getFund(contextOf(app, request), request.query),
  });

  app.post('/api/fund/deposits', {
    config: { action: 'fund.deposit' },
    schema: {
      tags,
      summary: 'Een storting voorstellen; zij telt mee na goedkeuring door een collega',
      body: depositBodySchema,
      response: { 201: createdSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.proposeDeposit(contextOf(app, request), request.body)),
  });

  app.post('/api/fund/corrections', {
    config: { action: 'fund.correct' },
    schema: {
      tags,
      summary: 'Een correctie (tegenboeking) voorstellen, met reden; telt mee na goedkeuring',
      body: correctionBodySchema,
      response: { 201: createdSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.proposeCorrection(contextOf(app, request), request.body)),
  });

  app.post('/api/fund/bookings/:bookingId/approve', {
    config: { action: 'fund.approve' },
    schema: {
      tags,
      summary: 'Een storting of correctie goedkeuren (vier ogen: niet door wie haar voorstelde)',
      params: bookingParamsSchema,
      response: { 200: createdSchema, ...errorResponses },
    },
    handler: async (request) => service.approveBooking(contextOf(app, request), request.params),
  });

  app.get('/api/fund/council-report.pdf', {
    config: { action: 'fund.report' },
    schema: {
      tags,
      summary:
        'De raadsrapportage van het fonds (PDF): saldi, boekingen per jaar, initiatieven per prioriteit en buurt, resultaten',
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { pdf, day } = await service.councilReportPdfFile(contextOf(app, request));
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`raadsrapportage-fonds-${day}.pdf`))
        .send(pdf);
    },
  });

  app.get('/api/fund/council-report.xlsx', {
    config: { action: 'fund.report' },
    schema: {
      tags,
      summary: 'De raadsrapportage van het fonds als spreadsheet (een blad per tabel)',
      response: {
        200: fileResponse(XLSX_MEDIA_TYPE, 'Raadsrapportage (xlsx)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const { xlsx, day } = await service.councilReportXlsxFile(contextOf(app, request));
      return sendXlsx(reply, ['raadsrapportage', 'fonds', day], xlsx);
    },
  });
}
