/**
 * The public social map: pages rendered on the server, no login (docs/rules/social-map.md).
 * The public map lives at /voorzieningen, the staff pages of a provision at
 * /beheer/voorzieningen/<id>/…; the addresses used before answer 301 (bookmarks, sent mails).
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { joinRequestFormSchema } from '../../../domain/social-map/join-request.ts';
import { socialMapQuerySchema } from '../../../domain/social-map/search.ts';
import { publicUrl } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import {
  FUND_PUBLIC_PATH,
  SOCIAL_MAP_PATH,
  answerErrorsWithPages,
  escapeHtml,
  sendPage,
  visitorLanguage,
} from '../../platform/public-html.ts';
import { amsterdamDay } from '../../../domain/dates.ts';
import { staffActions } from '../../../domain/social-map/staff-actions.ts';
import { publicContextOf } from '../../platform/use-case.ts';
import { provisionPage, provisionPath, searchPage } from './social-map.pages.ts';
import { INITIATIVES_PUBLIC_PATH } from '../fund-public/fund-public.page.ts';
import { listPublicInitiatives } from '../fund-public/fund-public.service.ts';
import * as service from './social-map.service.ts';

/** Requests to take part per address: a family signing up for a few things, not a flood. */
export const JOIN_REQUESTS_PER_HOUR = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where the staff pages of a provision live (the web app's router). */
export const STAFF_PROVISIONS_PATH = '/beheer/voorzieningen';
/** The staff pages of a provision that were once at /voorzieningen/<id>/…. */
const MOVED_STAFF_PAGES = [
  'deelnemers',
  'deelnemers/nieuw',
  'aanwezigheid',
  'verwijzingen',
  'rapportage',
] as const;
/** The address of the public map before it moved to /voorzieningen. */
const OLD_SOCIAL_MAP_PATH = '/sociale-kaart';

/** The HTML pages are not part of the API document. */
const hidden = { hide: true } as const;

export async function socialMapRoutes(app: App) {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('TOO_MANY_ATTEMPTS', {
        message: 'Te veel aanmeldingen achter elkaar. Probeer het over een uur opnieuw.',
        details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      }),
  });
  // The request form is sent as a plain HTML form, without JavaScript.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16 * 1024 },
    (_request, body, done) => {
      const form: Record<string, string | string[]> = {};
      for (const [key, value] of new URLSearchParams(body as string)) form[key] = value;
      done(null, form);
    },
  );
  // Errors of these pages are pages too, in the visitor's language.
  answerErrorsWithPages(app);

  const provisionIdOf = (request: FastifyRequest) => {
    const id = (request.params as { id: string }).id;
    if (!UUID.test(id)) throw new AppError('NOT_FOUND');
    return id;
  };

  // Moved addresses answer 301 with the query kept, so bookmarks and sent mails keep working.
  const queryOf = (request: FastifyRequest) => {
    const at = request.url.indexOf('?');
    return at === -1 ? '' : request.url.slice(at);
  };
  const moved = (path: string, target: (request: FastifyRequest) => string) =>
    app.get(path, {
      config: { action: 'social_map.read' },
      schema: hidden,
      handler: async (request, reply) =>
        reply.redirect(`${target(request)}${queryOf(request)}`, 301),
    });
  moved(OLD_SOCIAL_MAP_PATH, () => SOCIAL_MAP_PATH);
  moved(`${OLD_SOCIAL_MAP_PATH}/:id`, (request) => provisionPath(provisionIdOf(request)));
  for (const page of MOVED_STAFF_PAGES) {
    moved(
      `${SOCIAL_MAP_PATH}/:id/${page}`,
      (request) => `${STAFF_PROVISIONS_PATH}/${provisionIdOf(request)}/${page}`,
    );
  }

  app.get(SOCIAL_MAP_PATH, {
    config: { action: 'social_map.read' },
    schema: hidden,
    handler: async (request, reply) => {
      const language = visitorLanguage(request, reply);
      const query = socialMapQuerySchema.parse(request.query ?? {});
      const result = await service.search(publicContextOf(app, request), query);
      return sendPage(
        reply,
        searchPage(language, request.url, query, result, staffActions(request.actor)),
      );
    },
  });

  const showProvision = async (
    request: FastifyRequest,
    reply: FastifyReply,
    form: Partial<Parameters<typeof provisionPage>[5]> = {},
    status = 200,
  ) => {
    const language = visitorLanguage(request, reply);
    const provisionId = provisionIdOf(request);
    const found = await service.provision(publicContextOf(app, request), { provisionId });
    const thanks = (request.query as { aangemeld?: string } | undefined)?.aangemeld === '1';
    return sendPage(
      reply,
      provisionPage(
        language,
        request.url,
        `${publicUrl(app.config)}${provisionPath(provisionId)}`,
        found.provision,
        found.catalogue,
        { formKey: found.formKey, ...(thanks ? { notice: 'thanks' } : {}), ...form },
        staffActions(request.actor),
      ),
      status,
    );
  };

  app.get(`${SOCIAL_MAP_PATH}/:id`, {
    config: { action: 'social_map.read' },
    schema: hidden,
    handler: async (request, reply) => showProvision(request, reply),
  });

  // The photo's address carries its upload moment (?v=), so a browser may keep it for a year.
  for (const [file, size] of [
    ['foto.webp', 'image'],
    ['foto-klein.webp', 'thumbnail'],
  ] as const) {
    app.get(`${SOCIAL_MAP_PATH}/:id/${file}`, {
      config: { action: 'social_map.read' },
      schema: hidden,
      handler: async (request, reply) => {
        const image = await service.photo(publicContextOf(app, request), {
          provisionId: provisionIdOf(request),
          size,
        });
        return reply
          .type('image/webp')
          .header('cache-control', 'public, max-age=31536000, immutable')
          .send(image);
      },
    });
  }

  app.post(`${SOCIAL_MAP_PATH}/:id/aanmelden`, {
    config: {
      action: 'social_map.request',
      rateLimit: { max: JOIN_REQUESTS_PER_HOUR, timeWindow: 60 * 60 * 1000 },
    },
    schema: hidden,
    handler: async (request, reply) => {
      const provisionId = provisionIdOf(request);
      const form = joinRequestFormSchema.parse(
        Object.fromEntries(
          Object.entries((request.body ?? {}) as Record<string, unknown>).map(([key, value]) => [
            key,
            Array.isArray(value) ? String(value[0] ?? '') : value,
          ]),
        ),
      );
      const outcome = await service.requestToJoin(publicContextOf(app, request), {
        provisionId,
        form,
      });
      if (outcome.kind === 'thanks') {
        // Post/redirect/get: reloading the thank-you page sends nothing again.
        return reply.redirect(`${provisionPath(provisionId)}?aangemeld=1`, 303);
      }
      if (outcome.kind === 'problems') {
        return showProvision(request, reply, { values: form, problems: outcome.problems }, 400);
      }
      return showProvision(
        request,
        reply,
        { values: form, notice: 'again', formKey: outcome.formKey },
        400,
      );
    },
  });
}

/**
 * The public pages for search engines: the map, every provision, the register, the fund and
 * every initiative whose public text its organisation approved.
 */
export async function sitemapRoutes(app: App) {
  app.get('/sitemap.xml', {
    config: { action: 'social_map.read' },
    schema: { hide: true },
    handler: async (request, reply) => {
      const base = publicUrl(app.config);
      const context = publicContextOf(app, request);
      const all = await service.catalogue(context);
      const initiatives = await listPublicInitiatives(context);
      const url = (path: string, lastmod?: string) =>
        `<url><loc>${escapeHtml(`${base}${path}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
      const body = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        url(SOCIAL_MAP_PATH),
        ...all.provisions.map((p) => url(provisionPath(p.id), amsterdamDay(p.updatedAt))),
        url('/subsidieregister'),
        url(FUND_PUBLIC_PATH),
        url(INITIATIVES_PUBLIC_PATH),
        ...initiatives.map((i) => url(`${INITIATIVES_PUBLIC_PATH}/${i.id}`)),
        '</urlset>',
      ].join('\n');
      return reply
        .type('application/xml; charset=utf-8')
        .header('cache-control', 'public, max-age=3600')
        .send(body);
    },
  });
}
