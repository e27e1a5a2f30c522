import { z } from 'zod';
import { mailSettings, publicUrl } from '../../platform/config.ts';
import type { App } from '../../platform/http.ts';
import { errorBodySchema, errorResponses } from '../../platform/openapi.ts';
import {
  passwordResetBodySchema,
  passwordResetRequestBodySchema,
} from './password-reset.schemas.ts';
import * as service from './password-reset.service.ts';
import { publicContextOf } from '../../platform/use-case.ts';

export async function passwordResetRoutes(app: App) {
  const tags = ['Inloggen'];

  app.post('/api/auth/password-reset', {
    config: { action: 'auth.password_reset' },
    schema: {
      tags,
      summary:
        'Wachtwoord vergeten: een link per e-mail. Het antwoord is altijd hetzelfde, of er een account is of niet.',
      body: passwordResetRequestBodySchema,
      response: { 202: z.null(), 429: errorBodySchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.requestPasswordReset(publicContextOf(app, request), {
        body: request.body,
        address: request.ip,
        publicUrl: publicUrl(app.config),
        mail: mailSettings(app.config),
      });
      return reply.code(202).send(null);
    },
  });

  app.post('/api/auth/password-reset/confirm', {
    config: { action: 'auth.password_reset' },
    schema: {
      tags,
      summary: 'Een nieuw wachtwoord met de link uit de e-mail; beëindigt alle sessies',
      body: passwordResetBodySchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.resetPassword(publicContextOf(app, request), request.body);
      return reply.code(204).send(null);
    },
  });
}
