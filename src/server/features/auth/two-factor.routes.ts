import type { FastifyRequest } from 'fastify';
import { demoTwoFactorCodes } from '../../demo/demo-codes.ts';
import { AppError } from '../../platform/errors.ts';
import { type App, SESSION_COOKIE, requireActor } from '../../platform/http.ts';
import { errorBodySchema, errorResponses } from '../../platform/openapi.ts';
import { meSchema } from './auth.schemas.ts';
import { resolveSession } from './auth.service.ts';
import { sessionContextOf, setSessionCookie } from './session-cookie.ts';
import {
  demoCodesSchema,
  enrolmentConfirmedSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  secondFactorBodySchema,
  totpCodeBodySchema,
  twoFactorStatusSchema,
  userTwoFactorParamsSchema,
} from './two-factor.schemas.ts';
import * as service from './two-factor.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function twoFactorRoutes(app: App) {
  const tags = ['Inloggen'];

  // Sessions live in real time (sessionContextOf); codes are checked against the
  // application's clock, which is the real time in production and can be set by tests
  // (two-factor.service.ts).
  const sessionOf = async (request: FastifyRequest) => {
    requireActor(request);
    const context = sessionContextOf(app, request);
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(context, { token }) : null;
    if (!session) throw new AppError('UNAUTHENTICATED');
    return {
      context,
      input: {
        session,
        at: app.now(),
        pseudonymKey: app.pseudonymKey,
        sessionHours: app.config.SESSION_HOURS,
        address: request.ip,
      },
    };
  };

  app.post('/api/auth/two-factor/verify', {
    config: { action: 'auth.two_factor.verify' },
    schema: {
      tags,
      summary: 'De tweede stap van het inloggen: de code uit de app of een herstelcode',
      body: secondFactorBodySchema,
      response: { 200: meSchema, 429: errorBodySchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { context, input } = await sessionOf(request);
      const result = await service.verifySecondFactor(context, { ...input, body: request.body });
      setSessionCookie(request, reply, result);
      return result.me;
    },
  });

  app.post('/api/auth/two-factor/enrolment', {
    config: { action: 'auth.two_factor.enrol' },
    schema: {
      tags,
      summary: 'Een authenticator-app instellen: een nieuw geheim, als QR-code en als tekst',
      response: { 200: enrolmentSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.startEnrolment(contextOf(app, request), { pseudonymKey: app.pseudonymKey }),
  });

  app.post('/api/auth/two-factor/enrolment/confirm', {
    config: { action: 'auth.two_factor.enrol' },
    schema: {
      tags,
      summary:
        'De eerste code uit de app bevestigt het instellen; geeft eenmalig tien herstelcodes',
      body: totpCodeBodySchema,
      response: { 200: enrolmentConfirmedSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const { context, input } = await sessionOf(request);
      const result = await service.confirmEnrolment(context, { ...input, body: request.body });
      if (result.login) setSessionCookie(request, reply, result.login);
      return { recoveryCodes: result.recoveryCodes, me: result.login?.me ?? input.session.me };
    },
  });

  app.get('/api/auth/two-factor', {
    config: { action: 'auth.two_factor.manage' },
    schema: { tags, response: { 200: twoFactorStatusSchema, ...errorResponses } },
    handler: async (request) => service.ownStatus(contextOf(app, request)),
  });

  app.post('/api/auth/two-factor/disable', {
    config: { action: 'auth.two_factor.manage' },
    schema: {
      tags,
      summary: 'Inloggen in twee stappen uitzetten (niet voor rollen waarvoor het verplicht is)',
      body: totpCodeBodySchema,
      response: { 200: twoFactorStatusSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.disableOwn(contextOf(app, request), {
        body: request.body,
        pseudonymKey: app.pseudonymKey,
      }),
  });

  app.post('/api/auth/two-factor/recovery-codes', {
    config: { action: 'auth.two_factor.manage' },
    schema: {
      tags,
      summary: 'Tien nieuwe herstelcodes; de oude werken daarna niet meer',
      body: totpCodeBodySchema,
      response: { 200: recoveryCodesSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.renewRecoveryCodes(contextOf(app, request), {
        body: request.body,
        pseudonymKey: app.pseudonymKey,
      }),
  });

  app.get('/api/users/:userId/two-factor', {
    config: { action: 'user.two_factor_reset' },
    schema: {
      tags: ['Gebruikers'],
      params: userTwoFactorParamsSchema,
      response: { 200: twoFactorStatusSchema, ...errorResponses },
    },
    handler: async (request) => service.userStatus(contextOf(app, request), request.params),
  });

  app.delete('/api/users/:userId/two-factor', {
    config: { action: 'user.two_factor_reset' },
    schema: {
      tags: ['Gebruikers'],
      summary:
        'Inloggen in twee stappen van een gebruiker opnieuw laten instellen (telefoon kwijt)',
      params: userTwoFactorParamsSchema,
      response: { 200: twoFactorStatusSchema, ...errorResponses },
    },
    handler: async (request) => service.resetForUser(contextOf(app, request), request.params),
  });

  app.get('/api/auth/demo-codes', {
    config: { action: 'auth.demo_codes' },
    schema: {
      tags,
      summary:
        'De huidige codes van de demo-accounts met inloggen in twee stappen (alleen de demo)',
      response: { 200: demoCodesSchema, ...errorResponses },
    },
    handler: async () => ({ codes: await demoTwoFactorCodes(app.db, app.now()) }),
  });
}
