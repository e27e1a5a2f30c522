/**
 * The open subsidy register: a public page, CSV and JSON (docs/rules/subsidy-register.md).
 */
import { z } from 'zod';
import { REGISTER_LICENCE } from '../../../domain/grants/subsidy-register.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, fileResponse } from '../../platform/openapi.ts';
import { answerErrorsWithPages, sendPage, visitorLanguage } from '../../platform/public-html.ts';
import { CSV_CONTENT_TYPE, type CsvColumn, toCsv } from '../../platform/spreadsheet.ts';
import { publicContextOf } from '../../platform/use-case.ts';
import { registerPage } from './subsidy-register.page.ts';
import {
  type RegisterRow,
  registerQuerySchema,
  registerSchema,
} from './subsidy-register.schemas.ts';
import * as service from './subsidy-register.service.ts';

export const REGISTER_PATH = '/subsidieregister';
export const REGISTER_API_PATH = '/api/public/subsidy-register';

/** The columns of the CSV, for programs (RFC 4180: amounts in euros with a decimal point). */
export const REGISTER_COLUMNS: CsvColumn<RegisterRow>[] = [
  { header: 'jaar', kind: 'number', value: (r) => r.year },
  { header: 'organisatie', kind: 'text', value: (r) => r.organisation },
  { header: 'kvk_nummer', kind: 'text', value: (r) => r.kvkNumber },
  { header: 'regeling', kind: 'text', value: (r) => r.scheme },
  { header: 'categorie', kind: 'text', value: (r) => r.categoryName },
  { header: 'voorziening', kind: 'text', value: (r) => r.provision },
  { header: 'aangevraagd_euro', kind: 'cents', value: (r) => r.requestedCents },
  { header: 'verleend_euro', kind: 'cents', value: (r) => r.grantedCents },
  { header: 'vastgesteld_euro', kind: 'cents', value: (r) => r.settledCents },
  { header: 'besluitdatum', kind: 'day', value: (r) => r.decisionDate },
];

export async function subsidyRegisterRoutes(app: App) {
  const tags = ['Openbaar'];

  app.get(REGISTER_API_PATH, {
    config: { action: 'subsidy_register.read' },
    schema: {
      tags,
      summary: 'Het open subsidieregister van een jaar (CC0)',
      description: `Per verleende subsidie: organisatie (naam, KvK), regeling, categorie, voorziening, aangevraagd, verleend, vastgesteld (bedragen in eurocenten) en besluitdatum. Alleen organisaties; een persoon die op eigen naam aanvroeg staat er als "particulier". Zonder year: het nieuwste jaar. Licentie: ${REGISTER_LICENCE.name}.`,
      querystring: registerQuerySchema,
      response: { 200: registerSchema, ...errorResponses },
    },
    handler: async (request) => service.register(publicContextOf(app, request), request.query),
  });

  app.get(`${REGISTER_API_PATH}.csv`, {
    config: { action: 'subsidy_register.read' },
    schema: {
      tags,
      summary: 'Het open subsidieregister van een jaar als CSV (RFC 4180, CC0)',
      description: `Dezelfde rijen als de JSON voor hetzelfde jaar (zonder year: het nieuwste jaar, zoals de JSON), in de kolommen ${REGISTER_COLUMNS.map((c) => c.header).join(', ')}. Bedragen in euro's met een decimale punt, datums als YYYY-MM-DD. Licentie: ${REGISTER_LICENCE.name}.`,
      querystring: registerQuerySchema,
      response: {
        200: fileResponse(CSV_CONTENT_TYPE, 'Subsidieregister (csv)'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const register = await service.register(publicContextOf(app, request), request.query);
      return reply
        .type(CSV_CONTENT_TYPE)
        .header(
          'content-disposition',
          contentDisposition(`subsidieregister-${register.year ?? 'leeg'}.csv`),
        )
        .send(Buffer.from(toCsv(REGISTER_COLUMNS, register.rows, 'rfc4180')));
    },
  });

  await app.register(async (pages) => {
    answerErrorsWithPages(pages);
    pages.get(REGISTER_PATH, {
      config: { action: 'subsidy_register.read' },
      schema: { hide: true },
      handler: async (request, reply) => {
        const language = visitorLanguage(request, reply);
        const year = z.coerce
          .number()
          .int()
          .min(2000)
          .max(2100)
          .optional()
          .catch(undefined)
          .parse((request.query as { jaar?: string } | undefined)?.jaar || undefined);
        const register = await service.register(publicContextOf(app, request), { year });
        return sendPage(reply, registerPage(language, request.url, register));
      },
    });
  });
}
