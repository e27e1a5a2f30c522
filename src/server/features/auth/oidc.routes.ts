import type { FastifyReply } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { type App, SESSION_COOKIE } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { oidcLoginOptionSchema, oidcLoginQuerySchema } from './oidc.schemas.ts';
import * as service from './oidc.service.ts';
import { sessionContextOf } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The OpenID Connect provider people may log in at; null when none is configured. */
    oidc: service.OidcProvider | null;
  }
}

/** Holds the login under way at the provider, for the callback only. */
export const OIDC_LOGIN_COOKIE = 'samenredzaam_oidc';
const OIDC_COOKIE_PATH = '/api/auth/oidc';

/** The login page, with the reason a login at the provider did not succeed. */
function toLoginPage(reply: FastifyReply, failure: service.OidcLoginFailure) {
  void reply.clearCookie(OIDC_LOGIN_COOKIE, { path: OIDC_COOKIE_PATH });
  return reply.redirect(`/inloggen?fout=${failure.code}`, 303);
}

// Browsers reach these routes by navigation (a link, the provider's redirect), so they
// answer with redirects, never with JSON errors a person would see as text.
export async function oidcRoutes(app: App) {
  const tags = ['Inloggen'];

  app.get('/api/auth/oidc', {
    config: { action: 'auth.login' },
    schema: {
      tags,
      summary: 'Of inloggen bij de eigen identiteitsdienst (OpenID Connect) aan staat',
      response: { 200: oidcLoginOptionSchema },
    },
    handler: async () =>
      app.oidc
        ? { enabled: true, label: app.oidc.settings.loginLabel }
        : { enabled: false, label: null },
  });

  app.get('/api/auth/oidc/login', {
    config: { action: 'auth.login' },
    schema: {
      tags,
      summary: 'Naar de identiteitsdienst om in te loggen (302)',
      querystring: oidcLoginQuerySchema,
      response: errorResponses,
    },
    handler: async (request, reply) => {
      if (!app.oidc) throw new AppError('NOT_FOUND');
      try {
        const begun = await service.beginLogin(sessionContextOf(app, request), {
          provider: app.oidc,
          returnTo: request.query.terug,
        });
        void reply.setCookie(OIDC_LOGIN_COOKIE, begun.handle, {
          path: OIDC_COOKIE_PATH,
          httpOnly: true,
          // Lax: the provider's redirect back is a top-level navigation, which carries it.
          sameSite: 'lax',
          secure: request.protocol === 'https',
          maxAge: service.LOGIN_ATTEMPT_MINUTES * 60,
        });
        return reply.redirect(begun.authorizationUrl.href, 302);
      } catch (error) {
        if (!(error instanceof service.OidcLoginFailure)) throw error;
        request.log.warn(service.failureSummary(error), 'OpenID Connect login not started');
        return toLoginPage(reply, error);
      }
    },
  });

  app.get('/api/auth/oidc/callback', {
    config: { action: 'auth.login' },
    schema: {
      tags,
      summary: 'Terug van de identiteitsdienst: sessie en door naar de startpagina (303)',
      response: errorResponses,
    },
    handler: async (request, reply) => {
      if (!app.oidc) throw new AppError('NOT_FOUND');
      const queryStart = request.url.indexOf('?');
      try {
        const login = await service.completeLogin(sessionContextOf(app, request), {
          provider: app.oidc,
          handle: request.cookies[OIDC_LOGIN_COOKIE],
          query: queryStart === -1 ? '' : request.url.slice(queryStart),
          sessionHours: app.config.SESSION_HOURS,
        });
        void reply.clearCookie(OIDC_LOGIN_COOKIE, { path: OIDC_COOKIE_PATH });
        void reply.setCookie(SESSION_COOKIE, login.token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          expires: login.expiresAt,
        });
        return reply.redirect(login.returnTo ?? '/', 303);
      } catch (error) {
        if (!(error instanceof service.OidcLoginFailure)) throw error;
        request.log.warn(service.failureSummary(error), 'OpenID Connect login refused');
        return toLoginPage(reply, error);
      }
    },
  });
}

/**
 * For the logout route: where the browser logs out at the provider as well, when the session
 * began there. A provider out of reach leaves only the product's own logout.
 */
export async function providerLogoutUrl(
  app: App,
  sessionTokenHash: string,
): Promise<string | null> {
  if (!app.oidc) return null;
  try {
    // Real time, as sessions live in it.
    const url = await service.endSessionUrl(
      { db: app.db, now: new Date() },
      { provider: app.oidc, sessionTokenHash },
    );
    return url?.href ?? null;
  } catch (error) {
    if (!(error instanceof service.OidcLoginFailure)) throw error;
    app.log.warn(service.failureSummary(error), 'OpenID Connect logout at the provider skipped');
    return null;
  }
}
