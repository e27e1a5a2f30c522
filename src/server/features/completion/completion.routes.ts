import { mailSettings } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { applicationParamsSchema } from '../applications/applications.schemas.ts';
import {
  answerCompletionBodySchema,
  completionListSchema,
  completionParamsSchema,
  completionRequestSchema,
  requestCompletionBodySchema,
  setAsideBodySchema,
  setAsideResultSchema,
} from './completion.schemas.ts';
import * as service from './completion.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function completionRoutes(app: App) {
  const tags = ['Aanvullen (Awb 4:5)'];

  app.get('/api/completion-requests', {
    config: { action: 'completion.manage' },
    schema: {
      tags,
      summary: 'Verzoeken om aanvulling die nog niet zijn beantwoord (open of verlopen)',
      response: { 200: completionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listUnanswered(contextOf(app, request)),
    }),
  });

  app.get('/api/applications/:applicationId/completion-requests', {
    config: { action: 'completion.read' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: completionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listForApplication(contextOf(app, request), request.params),
    }),
  });

  app.post('/api/applications/:applicationId/completion-requests', {
    config: { action: 'completion.manage' },
    schema: {
      tags,
      summary:
        'De aanvrager vragen de aanvraag aan te vullen, binnen een termijn (standaard 14 dagen)',
      params: applicationParamsSchema,
      body: requestCompletionBodySchema,
      response: { 201: completionRequestSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.requestCompletion(contextOf(app, request), {
          applicationId: request.params.applicationId,
          body: request.body,
          mail: mailSettings(app.config),
        }),
      ),
  });

  app.post('/api/applications/:applicationId/completion-requests/:requestId/answer', {
    config: { action: 'completion.answer' },
    schema: {
      tags,
      summary:
        'De aanvraag aanvullen: JSON met text, of multipart/form-data met file (en text) als om een stuk is gevraagd',
      params: completionParamsSchema,
      response: { 200: completionRequestSchema, 415: errorResponses[400], ...errorResponses },
    },
    handler: async (request) => {
      let text = '';
      let file: { filename: string; data: Buffer } | null = null;
      if (request.isMultipart()) {
        for await (const part of request.parts()) {
          if (part.type === 'file') file = { filename: part.filename, data: await part.toBuffer() };
          else if (part.fieldname === 'text') text = String(part.value);
        }
      } else {
        const body = request.body as { text?: unknown } | undefined;
        text = typeof body?.text === 'string' ? body.text : '';
      }
      const parsed = answerCompletionBodySchema.safeParse({ text });
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'text', message: 'Het antwoord is hoogstens 5000 tekens.' }],
        });
      }
      return service.answerCompletion(contextOf(app, request), {
        applicationId: request.params.applicationId,
        requestId: request.params.requestId,
        answer: { text: parsed.data.text, file },
      });
    },
  });

  app.post('/api/applications/:applicationId/set-aside', {
    config: { action: 'completion.manage' },
    schema: {
      tags,
      summary:
        'De aanvraag buiten behandeling stellen (Awb 4:5): alleen als een verzoek om aanvulling onbeantwoord is gebleven tot na de termijn',
      params: applicationParamsSchema,
      body: setAsideBodySchema,
      response: {
        200: setAsideResultSchema,
        ...errorResponses,
      },
    },
    handler: async (request) =>
      service.setAside(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
        mail: mailSettings(app.config),
        municipalityNameOverride: app.config.MUNICIPALITY_NAME,
        objectionAddress: app.config.OBJECTION_ADDRESS,
      }),
  });
}
