/**
 * Builds the Fastify application. `main.ts` starts it; tests build it with their own
 * database and call it through `app.inject()`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { refuseForbiddenCharacters } from './platform/input-hygiene.ts';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  type ZodTypeProvider,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import '../domain/zod-locale.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { resolveSession } from './features/auth/auth.service.ts';
import { passwordResetRoutes } from './features/auth/password-reset.routes.ts';
import { halfSessionActsAsUser } from './features/auth/two-factor.steps.ts';
import { twoFactorRoutes } from './features/auth/two-factor.routes.ts';
import { oidcRoutes } from './features/auth/oidc.routes.ts';
import { OidcProvider } from './features/auth/oidc.service.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { invitationsRoutes } from './features/organisations/invitations.routes.ts';
import { organisationsRoutes } from './features/organisations/organisations.routes.ts';
import { provisionsRoutes } from './features/provisions/provisions.routes.ts';
import { roundsRoutes } from './features/rounds/rounds.routes.ts';
import { applicationsRoutes } from './features/applications/applications.routes.ts';
import { outboxRoutes } from './features/outbox/outbox.routes.ts';
import { notificationsRoutes } from './features/notifications/notifications.routes.ts';
import { homeRoutes } from './features/home/home.routes.ts';
import { assessmentRoutes } from './features/assessment/assessment.routes.ts';
import {
  GENERATE_DECISIONS,
  generateDecisionsJob,
} from './features/decisions/decisions.service.ts';
import { decisionsRoutes } from './features/decisions/decisions.routes.ts';
import { grantsRoutes } from './features/grants/grants.routes.ts';
import { grantChangesRoutes } from './features/grant-changes/grant-changes.routes.ts';
import { grantReportsRoutes } from './features/grant-reports/grant-reports.routes.ts';
import { dashboardsRoutes } from './features/dashboards/dashboards.routes.ts';
import { councilReportRoutes } from './features/council-report/council-report.routes.ts';
import {
  GENERATE_COUNCIL_REPORT,
  generateCouncilReportJob,
} from './features/council-report/council-report.service.ts';
import { financeOverviewRoutes } from './features/finance-overview/finance-overview.routes.ts';
import { paymentsRoutes } from './features/payments/payments.routes.ts';
import { fundRoutes } from './features/fund/fund.routes.ts';
import { rendementRoutes } from './features/rendement/rendement.routes.ts';
import { sifInitiativeRoutes } from './features/sif-initiatives/sif-initiatives.routes.ts';
import {
  ISSUE_SETTLEMENTS,
  issueSettlementsJob,
} from './features/settlements/settlements.service.ts';
import { settlementsRoutes } from './features/settlements/settlements.routes.ts';
import { completionRoutes } from './features/completion/completion.routes.ts';
import { objectionsRoutes } from './features/objections/objections.routes.ts';
import { timelineRoutes } from './features/timeline/timeline.routes.ts';
import { rankingRoutes } from './features/ranking/ranking.routes.ts';
import { JobRunner } from './platform/jobs.ts';
import { type Action, SESSIONLESS_ACTIONS } from '../domain/access-table.ts';
import { fundPublicRoutes } from './features/fund-public/fund-public.routes.ts';
import { sitemapRoutes, socialMapRoutes } from './features/social-map/social-map.routes.ts';
import { subsidyRegisterRoutes } from './features/subsidy-register/subsidy-register.routes.ts';
import { QuietRequestLog } from './platform/logging.ts';
import { settingsRoutes } from './features/settings/settings.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { type Config, mailSettings, oidcSettings } from './platform/config.ts';
import { type Database, type DatabaseKind, pingDatabase } from './platform/db/database.ts';
import { AppError } from './platform/errors.ts';
import { closeUnusedConnectionsOnClose } from './platform/unused-connections.ts';
import {
  organisationOwning,
  organisationOwningThroughProvision,
  provisionOwning,
} from './platform/db/ownership.ts';
import { applications, grants, participants, provisions, referrals } from './platform/db/schema.ts';
import { participantsRoutes } from './features/participants/participants.routes.ts';
import { attendanceRoutes } from './features/attendance/attendance.routes.ts';
import { measurementsRoutes } from './features/measurements/measurements.routes.ts';
import { referralsRoutes } from './features/referrals/referrals.routes.ts';
import { participantReportsRoutes } from './features/participant-reports/participant-reports.routes.ts';
import { doubleFinancingRoutes } from './features/double-financing/double-financing.routes.ts';
import {
  IMPORT_WMO_ALLOCATIONS,
  importAllocationsJob,
} from './features/double-financing/imports/wmo-imports.service.ts';
import {
  type App,
  type RegisteredRoute,
  SESSION_COOKIE,
  registerAccessHooks,
  sendError,
  toAppError,
} from './platform/http.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    databaseKind: DatabaseKind;
    config: Config;
    /** The current moment; tests replace the clock to test deadlines to the millisecond. */
    now: () => Date;
    /** Background jobs with progress (decision letters). */
    jobs: JobRunner;
    /** Every route with its declared access action, for the access tests. */
    registeredRoutes: RegisteredRoute[];
    /** The key of BSN pseudonyms; null when none is configured (no BSN can be recorded). */
    pseudonymKey: string | null;
  }
}

export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

const healthSchema = z.object({
  /** "ok" when the database answers, "unavailable" while it cannot be reached or written. */
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['pglite', 'postgresql']),
});

/** A health check answers within this time, also when the database hangs. */
const HEALTH_CHECK_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database did not answer in time')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface BuildAppOptions {
  db: Database;
  databaseKind: DatabaseKind;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Folder with the built web app; served at `/` when it exists. */
  webDist?: string;
  clock?: () => Date;
  /** The pseudonym key when the configuration has none (the embedded database's own key). */
  pseudonymKey?: string;
}

/**
 * The build names the files under assets/ after a hash of their content, so a browser may
 * keep them for a year without asking again; a new release has new names. Every other file
 * (index.html, which names the current assets) is checked with the server on each visit.
 */
export function cacheControlOf(filePath: string): string {
  return /[\\/]assets[\\/][^\\/]+-[\w-]{8}(\.\w+)+$/.test(filePath)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Requests at debug only, one line each, with secrets taken out of the URL.
    logController: new QuietRequestLog(),
    trustProxy: options.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    // Requests are identified in logs; ids are not secrets.
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  closeUnusedConnectionsOnClose(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.db);
  app.decorate('databaseKind', options.databaseKind);
  app.decorate('config', options.config);
  app.decorate('now', options.clock ?? (() => new Date()));
  app.decorate(
    'pseudonymKey',
    options.config.SAMENREDZAAM_PSEUDONYM_KEY ?? options.pseudonymKey ?? null,
  );
  const jobs = new JobRunner(options.db, app.log, () => app.now());
  jobs.register(
    GENERATE_DECISIONS,
    generateDecisionsJob({
      municipalityNameOverride: options.config.MUNICIPALITY_NAME,
      objectionAddress: options.config.OBJECTION_ADDRESS,
    }),
  );
  jobs.register(
    ISSUE_SETTLEMENTS,
    issueSettlementsJob({
      municipalityNameOverride: options.config.MUNICIPALITY_NAME,
      objectionAddress: options.config.OBJECTION_ADDRESS,
      mail: mailSettings(options.config),
    }),
  );
  jobs.register(
    IMPORT_WMO_ALLOCATIONS,
    importAllocationsJob({ pseudonymKey: app.pseudonymKey, now: () => app.now() }),
  );
  jobs.register(
    GENERATE_COUNCIL_REPORT,
    generateCouncilReportJob({ municipalityNameOverride: options.config.MUNICIPALITY_NAME }),
  );
  app.decorate('jobs', jobs);
  const oidc = oidcSettings(options.config);
  app.decorate('oidc', oidc ? new OidcProvider(oidc) : null);

  // Security headers first, so that answers the access hook refuses (401, 403, 404) carry
  // them as well: helmet sets them in its own onRequest hook, which runs in order.
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });

  // Answers of the API hold personal data: no browser or proxy may keep a copy. The web
  // app's own files (scripts, styles, fonts) may be cached.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      void reply.header('cache-control', 'no-store');
    }
  });

  // NUL and lone surrogates in any text of a request: 400 naming the field, before the
  // route's schema and long before the database.
  app.addHook('preValidation', refuseForbiddenCharacters);

  // Cookies must be parsed before the access hook reads the session cookie.
  await app.register(cookie);
  const { routes, ownership, provisionOwnership } = registerAccessHooks(app, async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    // Public pages are the same for everyone, and their form needs no CSRF header.
    if (SESSIONLESS_ACTIONS.has(request.routeOptions.config.action as Action)) return;
    // Sessions live in real time, not in the application clock that tests move to deadlines.
    const session = await resolveSession({ db: app.db, now: new Date() }, { token });
    if (!session) return;
    // A login that still lacks its second step reaches only that step (or throws 403).
    if (
      session.pendingStep &&
      !halfSessionActsAsUser(session.pendingStep, request.routeOptions.config.action)
    ) {
      return;
    }
    request.actor = session.actor;
    request.csrfToken = session.csrfToken;
    request.sessionTokenHash = session.tokenHash;
  });
  app.decorate('registeredRoutes', routes);
  // URL parameters that name an organisation's data, and how to find that organisation.
  ownership.set('provisionId', (id) =>
    organisationOwning(app.db, provisions, provisions.id, provisions.organisationId, id),
  );
  ownership.set('applicationId', (id) =>
    organisationOwning(app.db, applications, applications.id, applications.organisationId, id),
  );
  ownership.set('grantId', (id) =>
    organisationOwning(app.db, grants, grants.id, grants.organisationId, id),
  );
  for (const [param, table, idColumn, provisionColumn] of [
    ['participantId', participants, participants.id, participants.provisionId],
    ['referralId', referrals, referrals.id, referrals.provisionId],
  ] as const) {
    ownership.set(param, (id) =>
      organisationOwningThroughProvision(app.db, table, idColumn, provisionColumn, id),
    );
    provisionOwnership.set(param, (id) =>
      provisionOwning(app.db, table, idColumn, provisionColumn, id),
    );
  }

  const webDist = options.webDist ?? WEB_DIST;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  app.setErrorHandler((error, request, reply) =>
    sendError(reply, toAppError(error as Error, request)),
  );
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const isPage = request.method === 'GET' && !url.startsWith('/api') && !path.extname(url);
    if (isPage && hasWeb) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendError(
      reply,
      new AppError('NOT_FOUND', { message: `${request.method} ${url} bestaat niet.` }),
    );
  });

  await app.register(multipart, {
    limits: { fileSize: options.config.UPLOAD_LIMIT_BYTES, files: 1, fields: 5, parts: 6 },
    throwFileSizeLimit: true,
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Samenredzaam API',
        description:
          'Algemene voorzieningen van tender tot impact. Wijzigingen met een sessiecookie vereisen de header x-csrf-token.',
        version: '0.1.0',
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });

  app.get('/api/health', {
    config: { action: 'health.read' },
    schema: {
      tags: ['Beheer'],
      description:
        'Of de server zijn database bereikt: 200 met status "ok", of 503 met status "unavailable" zolang de database weg is (docs/operations.md).',
      response: {
        200: healthSchema,
        503: healthSchema,
      },
    },
    handler: async (request, reply) => {
      try {
        await withTimeout(pingDatabase(app.db), HEALTH_CHECK_TIMEOUT_MS);
        return { status: 'ok' as const, database: app.databaseKind };
      } catch (error) {
        request.log.warn({ err: error }, 'health check: database unavailable');
        return reply.code(503).send({ status: 'unavailable', database: app.databaseKind });
      }
    },
  });

  await app.register(authRoutes);
  await app.register(twoFactorRoutes);
  await app.register(passwordResetRoutes);
  await app.register(oidcRoutes);
  await app.register(settingsRoutes);
  await app.register(usersRoutes);
  await app.register(organisationsRoutes);
  await app.register(invitationsRoutes);
  await app.register(provisionsRoutes);
  await app.register(roundsRoutes);
  await app.register(applicationsRoutes);
  await app.register(outboxRoutes);
  await app.register(assessmentRoutes);
  await app.register(rankingRoutes);
  await app.register(decisionsRoutes);
  await app.register(grantsRoutes);
  await app.register(grantChangesRoutes);
  await app.register(grantReportsRoutes);
  await app.register(paymentsRoutes);
  await app.register(fundRoutes);
  await app.register(rendementRoutes);
  await app.register(sifInitiativeRoutes);
  await app.register(settlementsRoutes);
  await app.register(financeOverviewRoutes);
  await app.register(dashboardsRoutes);
  await app.register(councilReportRoutes);
  await app.register(completionRoutes);
  await app.register(objectionsRoutes);
  await app.register(timelineRoutes);
  await app.register(auditRoutes);
  await app.register(participantsRoutes);
  await app.register(attendanceRoutes);
  await app.register(measurementsRoutes);
  await app.register(referralsRoutes);
  await app.register(participantReportsRoutes);
  await app.register(doubleFinancingRoutes);
  await app.register(notificationsRoutes);
  await app.register(homeRoutes);
  await app.register(socialMapRoutes);
  await app.register(sitemapRoutes);
  await app.register(subsidyRegisterRoutes);
  await app.register(fundPublicRoutes);

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: ['index.html'],
      // The build writes a gzip copy beside each text file (vite.config.ts): sent to every
      // browser that accepts gzip, compressed once instead of on each request.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', cacheControlOf(filePath));
      },
    });
  }

  return app;
}
