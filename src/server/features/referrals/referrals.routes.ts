import {
  referralBodySchema,
  referralDecisionSchema,
} from '../../../domain/participants/referrals.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  finderQuerySchema,
  finderResultSchema,
  referralListQuerySchema,
  referralListSchema,
  referralParamsSchema,
  referralSchema,
} from './referrals.schemas.ts';
import * as service from './referrals.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function referralsRoutes(app: App) {
  const tags = ['Verwijzingen'];

  app.get('/api/referrals/provisions', {
    config: { action: 'referral.search' },
    schema: {
      tags,
      summary:
        'Voorzieningen zoeken om naar te verwijzen (buurt, categorie, dagdeel, doelgroep), of de ene die op de sociale kaart werd gekozen',
      querystring: finderQuerySchema,
      response: { 200: finderResultSchema, ...errorResponses },
    },
    handler: async (request) => service.findProvisions(contextOf(app, request), request.query),
  });

  app.post('/api/referrals', {
    config: { action: 'referral.create' },
    schema: {
      tags,
      summary: 'Een inwoner verwijzen, met zijn of haar toestemming en zonder BSN',
      body: referralBodySchema,
      response: { 201: referralSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createReferral(contextOf(app, request), request.body)),
  });

  app.get('/api/referrals', {
    config: { action: 'referral.list' },
    schema: {
      tags,
      summary: 'Verwijzingen: die u deed (sociaal werker) of die uw voorzieningen kregen',
      querystring: referralListQuerySchema,
      response: { 200: referralListSchema, ...errorResponses },
    },
    handler: async (request) => service.listReferrals(contextOf(app, request), request.query),
  });

  app.post('/api/referrals/:referralId/decision', {
    config: { action: 'referral.decide' },
    schema: {
      tags,
      summary: 'Een verwijzing aannemen (de inwoner wordt deelnemer) of afwijzen met een reden',
      params: referralParamsSchema,
      body: referralDecisionSchema,
      response: { 200: referralSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.decideReferral(contextOf(app, request), {
        referralId: request.params.referralId,
        decision: request.body,
      }),
  });
}
