import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { type App, SESSION_COOKIE, requireActor } from '../../platform/http.ts';
import { errorBodySchema, errorResponses } from '../../platform/openapi.ts';
import { loginBodySchema, meSchema } from './auth.schemas.ts';
import * as service from './auth.service.ts';
import { providerLogoutUrl } from './oidc.routes.ts';
import { logoutHandoverSchema } from './oidc.schemas.ts';
import { sessionContextOf } from './session-cookie.ts';

// Sessions live in real time, not in the application clock that tests move to deadlines
// (sessionContextOf).
export async function authRoutes(app: App) {
  const tags = ['Inloggen'];
  app.post('/api/auth/login', {
    config: { action: 'auth.login' },
    schema: {
      tags,
      body: loginBodySchema,
      response: { 200: meSchema, 429: errorBodySchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const result = await service.login(sessionContextOf(app, request), {
        body: request.body,
        sessionHours: app.config.SESSION_HOURS,
        address: request.ip,
      });
      void reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        expires: result.expiresAt,
      });
      return result.me;
    },
  });

  app.post('/api/auth/logout', {
    config: { action: 'auth.logout' },
    schema: {
      tags,
      response: { 200: logoutHandoverSchema, 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      requireActor(request);
      const context = sessionContextOf(app, request);
      const token = request.cookies[SESSION_COOKIE];
      const session = token ? await service.resolveSession(context, { token }) : null;
      if (!session) throw new AppError('UNAUTHENTICATED');
      // A session that began at an OpenID Connect provider: the browser logs out there too.
      const endSessionUrl = await providerLogoutUrl(app, session.tokenHash);
      await service.logout(context, { session });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      if (endSessionUrl) return reply.code(200).send({ endSessionUrl });
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    config: { action: 'auth.me' },
    schema: { tags, response: { 200: meSchema, ...errorResponses } },
    handler: async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      const session = token
        ? await service.resolveSession(sessionContextOf(app, request), { token })
        : null;
      if (!session) throw new AppError('UNAUTHENTICATED');
      return session.me;
    },
  });
}
