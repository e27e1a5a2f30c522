import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  neighbourhoodListSchema,
  privacySettingsBodySchema,
  settingsSchema,
} from './settings.schemas.ts';
import * as service from './settings.service.ts';
import { paymentAccountBodySchema, paymentAccountSchema } from './payment-account.schemas.ts';
import { contextOf, publicContextOf } from '../../platform/use-case.ts';

export async function settingsRoutes(app: App) {
  const tags = ['Gemeente'];
  app.get('/api/settings', {
    config: { action: 'settings.read' },
    schema: { tags, response: { 200: settingsSchema } },
    handler: async () =>
      service.getSettings(
        { db: app.db },
        { municipalityNameOverride: app.config.MUNICIPALITY_NAME },
      ),
  });

  app.put('/api/settings/privacy', {
    config: { action: 'settings.update' },
    schema: {
      tags,
      summary:
        'Verwerkingsverantwoordelijke en functionaris gegevensbescherming (toestemmingsformulier)',
      body: privacySettingsBodySchema,
      response: { 200: settingsSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updatePrivacySettings(contextOf(app, request), {
        body: request.body,
        municipalityNameOverride: app.config.MUNICIPALITY_NAME,
      }),
  });

  app.get('/api/settings/payment-account', {
    config: { action: 'payment_account.read' },
    schema: {
      tags,
      summary: 'De rekening van de gemeente waarvan betaalruns betalen',
      response: { 200: paymentAccountSchema, ...errorResponses },
    },
    handler: async (request) => service.getPaymentAccount(contextOf(app, request)),
  });

  app.put('/api/settings/payment-account', {
    config: { action: 'payment_account.update' },
    schema: {
      tags,
      summary: 'De rekening van de gemeente invullen of wijzigen (IBAN en BIC)',
      body: paymentAccountBodySchema,
      response: { 200: paymentAccountSchema, ...errorResponses },
    },
    handler: async (request) => service.updatePaymentAccount(contextOf(app, request), request.body),
  });

  app.get('/api/neighbourhoods', {
    config: { action: 'neighbourhood.list' },
    schema: { tags, response: { 200: neighbourhoodListSchema } },
    handler: async (request) => service.listNeighbourhoods(publicContextOf(app, request)),
  });
}
