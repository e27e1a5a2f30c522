/**
 * The request pipeline every route shares: session from the cookie, CSRF check on changes,
 * the route's declared action checked against the access table, and one error shape.
 */
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Action, type Actor, type DataScope, authorise, isAction } from './access.ts';
import { isDatabaseUnavailable, safeErrorSummary } from './db/database-errors.ts';
import { databaseInputError } from './db-input-errors.ts';
import { AppError, type ErrorBody, type FieldError } from './errors.ts';

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The access-table action this route performs; every route must declare one. */
    action?: Action;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The data the actor may see for this route's action (set after authorisation). */
    scope: DataScope;
    csrfToken: string | null;
    sessionTokenHash: string | null;
  }
}

export const SESSION_COOKIE = 'samenredzaam_session';
export const CSRF_HEADER = 'x-csrf-token';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface RegisteredRoute {
  method: string;
  url: string;
  action: Action | undefined;
}

/** The scope a route handler works with; set by the access hook. */
export function scopeOf(request: FastifyRequest): DataScope {
  return request.scope;
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/** Routes registered by plugins (documentation UI, static web app) get their action here. */
export function actionForPluginRoute(url: string): Action | undefined {
  if (url === '/api/docs' || url.startsWith('/api/docs/')) return 'docs.read';
  if (!url.startsWith('/api')) return 'web.read';
  return undefined;
}

/** Finds the organisation that owns the data a URL parameter names (undefined: none). */
export type OwnerLookup = (id: string) => Promise<string | undefined>;

export function registerAccessHooks(
  app: App,
  resolve: (request: FastifyRequest) => Promise<void>,
): {
  routes: RegisteredRoute[];
  ownership: Map<string, OwnerLookup>;
  provisionOwnership: Map<string, OwnerLookup>;
} {
  const routes: RegisteredRoute[] = [];
  const ownership = new Map<string, OwnerLookup>([['organisationId', async (id) => id]]);
  /** URL parameters that name a provision's data, and how to find that provision. */
  const provisionOwnership = new Map<string, OwnerLookup>([['provisionId', async (id) => id]]);
  app.decorateRequest('actor', null);
  // Fastify forbids shared object defaults on requests; the access hook always sets it.
  app.decorateRequest('scope', null as never);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionTokenHash', null);

  app.addHook('onRoute', (route) => {
    route.config ??= {};
    const config = route.config as { action?: Action };
    config.action ??= actionForPluginRoute(route.url);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, action: config.action });
  });

  app.addHook('onRequest', async (request) => {
    const action = request.routeOptions.config.action;
    // An unmatched URL (404 handler) has no action and no data; let it through.
    if (request.routeOptions.url === undefined) return;
    if (!isAction(action)) {
      request.log.error({ url: request.routeOptions.url }, 'route declares no access action');
      throw new AppError('FORBIDDEN');
    }
    await resolve(request);
    if (MUTATING.has(request.method)) checkCsrf(request);
    request.scope = authorise(request.actor, action);
    // Defence in depth: a URL naming another organisation's data is absent (404) for an
    // organisation-scoped user before the body is even read. Repositories scope their
    // queries as well.
    const params = (request.params ?? {}) as Record<string, unknown>;
    // The lookups below read the database before the route's schema has checked the URL:
    // an id that is no UUID is refused here, naming the parameter, not sent to a query.
    for (const param of [...ownership.keys(), ...provisionOwnership.keys()]) {
      const id = params[param];
      if (typeof id === 'string' && !UUID.test(id)) {
        throw new AppError('VALIDATION_FAILED', {
          message: `Niet alle gegevens zijn goed ingevuld (${param}).`,
          fields: [{ path: param, message: 'Dit is geen geldige id (UUID).' }],
        });
      }
    }
    if (request.scope.kind === 'organisations') {
      for (const [param, owner] of ownership) {
        const id = params[param];
        if (typeof id !== 'string') continue;
        const organisationId = param === 'organisationId' ? id : await owner(id);
        if (
          organisationId === undefined ||
          !request.scope.organisationIds.includes(organisationId)
        ) {
          throw new AppError('NOT_FOUND');
        }
      }
    } else if (request.scope.kind === 'provisions') {
      // A coordinator reaches only the data of the provisions they coordinate.
      for (const [param, provisionOf] of provisionOwnership) {
        const id = params[param];
        if (typeof id !== 'string') continue;
        const provisionId = param === 'provisionId' ? id : await provisionOf(id);
        if (provisionId === undefined || !request.scope.provisionIds.includes(provisionId)) {
          throw new AppError('NOT_FOUND');
        }
      }
      for (const param of ownership.keys()) {
        if (typeof params[param] === 'string' && !provisionOwnership.has(param)) {
          throw new AppError('NOT_FOUND');
        }
      }
    }
  });
  return { routes, ownership, provisionOwnership };
}

/**
 * Cookie sessions are protected against cross-site requests twice: the browser must send
 * back the session's CSRF token in a header (which another site cannot read), and an Origin
 * header, when present, must match the host ("Origin: null" is refused).
 */
function checkCsrf(request: FastifyRequest): void {
  const origin = request.headers.origin;
  // "null" is what sandboxed frames, file: pages and some redirects send: never our own page.
  if (origin === 'null') throw new AppError('CSRF_FAILED');
  if (origin) {
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      throw new AppError('CSRF_FAILED');
    }
    if (host !== request.headers.host) throw new AppError('CSRF_FAILED');
  }
  if (request.sessionTokenHash && request.headers[CSRF_HEADER] !== request.csrfToken) {
    throw new AppError('CSRF_FAILED');
  }
}

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const body: ErrorBody = { code: error.code, message: error.message };
  if (error.fields) body.fields = error.fields;
  if (error.details) body.details = error.details;
  if (error.code === 'TOO_MANY_ATTEMPTS' && typeof error.details?.retryAfterSeconds === 'number') {
    void reply.header('retry-after', String(error.details.retryAfterSeconds));
  }
  return reply.code(error.status).send(body);
}

export function toAppError(error: FastifyError | Error, request: FastifyRequest): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (error as FastifyError).validationContext ?? 'body';
    const fields: FieldError[] = error.validation.map((issue) => {
      const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
      return { path: path === '' ? where : path, message: issue.message ?? 'ongeldige waarde' };
    });
    const list = fields.map((f) => f.path).join(', ');
    return new AppError('VALIDATION_FAILED', {
      message: `Niet alle gegevens zijn goed ingevuld (${list}).`,
      fields,
    });
  }
  const code = (error as FastifyError).code;
  if (
    code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (error instanceof SyntaxError && (error as FastifyError).statusCode === 400)
  ) {
    return new AppError('INVALID_JSON');
  }
  if (code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new AppError('INVALID_JSON', {
      message: 'Het verzoek heeft geen inhoud, terwijl JSON werd verwacht.',
    });
  }
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('PAYLOAD_TOO_LARGE');
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('PAYLOAD_TOO_LARGE', {
      message: 'Het bestand is te groot. Een bijlage mag hoogstens 10 MB zijn.',
      fields: [{ path: 'file', message: 'Kies een kleiner bestand (hoogstens 10 MB).' }],
    });
  }
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('VALIDATION_FAILED', {
      message: 'Stuur de gegevens als application/json.',
    });
  }
  const status = (error as FastifyError).statusCode;
  if (status === 404) return new AppError('NOT_FOUND');
  // A lost connection or an unwritable data folder is an outage, not a bug: 503, and the
  // next request tries again on a fresh connection (docs/operations.md).
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: safeErrorSummary(error) }, 'database unavailable');
    return new AppError('DATABASE_UNAVAILABLE');
  }
  // A reference to something that does not exist, or a value of the wrong form: the input's
  // fault, named by its field.
  const caused = databaseInputError(error);
  if (caused) return caused;
  // Only a summary: a database error carries the query's parameters (personal data).
  request.log.error({ err: safeErrorSummary(error) }, 'unexpected error');
  return new AppError('INTERNAL');
}
