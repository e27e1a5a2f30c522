import { z } from 'zod';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  provisionBodySchema,
  provisionListSchema,
  provisionParamsSchema,
  provisionVisibilityBodySchema,
  provisionSchema,
  updateProvisionBodySchema,
} from './provisions.schemas.ts';
import * as service from './provisions.service.ts';
import { contextOf } from '../../platform/use-case.ts';
import { AppError } from '../../platform/errors.ts';
import { photoAltTextSchema } from '../../../domain/social-map/photo.ts';

export async function provisionsRoutes(app: App) {
  const tags = ['Voorzieningen'];
  app.get('/api/provisions', {
    config: { action: 'provision.list' },
    schema: {
      tags,
      querystring: z.object({ organisationId: z.uuid().optional() }),
      response: { 200: provisionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listProvisions(contextOf(app, request), request.query),
    }),
  });

  app.get('/api/provisions/:provisionId', {
    config: { action: 'provision.read' },
    schema: {
      tags,
      params: provisionParamsSchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) => service.getProvision(contextOf(app, request), request.params),
  });

  app.post('/api/provisions', {
    config: { action: 'provision.create' },
    schema: {
      tags,
      body: provisionBodySchema,
      response: { 201: provisionSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createProvision(contextOf(app, request), request.body)),
  });

  app.put('/api/provisions/:provisionId/visibility', {
    config: { action: 'provision.hide' },
    schema: {
      tags,
      summary: 'Een voorziening verbergen op de sociale kaart, of weer tonen',
      params: provisionParamsSchema,
      body: provisionVisibilityBodySchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.setProvisionVisibility(contextOf(app, request), {
        provisionId: request.params.provisionId,
        hidden: request.body.hidden,
        reason: request.body.reason,
      }),
  });

  app.put('/api/provisions/:provisionId/photo', {
    config: { action: 'provision.update' },
    schema: {
      tags,
      summary:
        'De foto op de sociale kaart zetten (multipart/form-data: photo, het bestand, en altText, wat erop staat); verkleind tot WebP zonder EXIF',
      params: provisionParamsSchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) => {
      if (!request.isMultipart()) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'photo', message: 'Stuur de foto als multipart/form-data.' }],
        });
      }
      let data: Buffer | null = null;
      let altText: unknown;
      for await (const part of request.parts()) {
        if (part.type === 'file') data = await part.toBuffer();
        else if (part.fieldname === 'altText') altText = part.value;
      }
      const text = photoAltTextSchema.safeParse({ altText });
      const fields = [
        ...(data && data.length > 0 ? [] : [{ path: 'photo', message: 'Kies een foto.' }]),
        ...(text.success
          ? []
          : [{ path: 'altText', message: text.error.issues[0]?.message ?? 'Tekst bij de foto' }]),
      ];
      if (fields.length > 0 || !data || !text.success) {
        throw new AppError('VALIDATION_FAILED', { fields });
      }
      return service.setPhoto(contextOf(app, request), {
        provisionId: request.params.provisionId,
        data,
        altText: text.data.altText,
      });
    },
  });

  app.delete('/api/provisions/:provisionId/photo', {
    config: { action: 'provision.update' },
    schema: {
      tags,
      summary: 'De foto van de sociale kaart halen',
      params: provisionParamsSchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.removePhoto(contextOf(app, request), { provisionId: request.params.provisionId }),
  });

  app.patch('/api/provisions/:provisionId', {
    config: { action: 'provision.update' },
    schema: {
      tags,
      params: provisionParamsSchema,
      body: updateProvisionBodySchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateProvision(contextOf(app, request), {
        provisionId: request.params.provisionId,
        body: request.body,
      }),
  });
}
