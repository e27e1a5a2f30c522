import { mailSettings } from '../../platform/config.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { z } from 'zod';
import * as service from './sif-initiatives.service.ts';
import {
  assessmentBodySchema,
  decisionBodySchema,
  impactBodySchema,
  initiativeListSchema,
  initiativeParamsSchema,
  initiativeSchema,
  publicTextBodySchema,
  submitInitiativeBodySchema,
  withdrawBodySchema,
} from './sif-initiatives.schemas.ts';

const submittedSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  decisionDueDay: z.string(),
});

export async function sifInitiativeRoutes(app: App) {
  const tags = ['Sociaal Investeringsfonds: doorlopende tender'];

  app.get('/api/sif-initiatives', {
    config: { action: 'sif.list' },
    schema: {
      tags,
      summary: 'De initiatieven: nog niet besloten eerst, de dichtstbijzijnde beslistermijn voorop',
      response: { 200: initiativeListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listInitiatives(contextOf(app, request)),
    }),
  });

  app.post('/api/sif-initiatives', {
    config: { action: 'sif.submit' },
    schema: {
      tags,
      summary: 'Een initiatief indienen, op elk moment (geen ronde, geen deadline)',
      body: submitInitiativeBodySchema,
      response: { 201: submittedSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.submitInitiative(contextOf(app, request), request.body)),
  });

  app.get('/api/sif-initiatives/:applicationId', {
    config: { action: 'sif.read' },
    schema: {
      tags,
      summary: 'Een initiatief met zijn beslistermijn, beoordeling, besluit en impact',
      params: initiativeParamsSchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) => service.getInitiative(contextOf(app, request), request.params),
  });

  app.post('/api/sif-initiatives/:applicationId/assessment', {
    config: { action: 'sif.assess' },
    schema: {
      tags,
      summary: 'De beoordeling van een beoordelaar indienen (elk criterium 0–10 met motivering)',
      params: initiativeParamsSchema,
      body: assessmentBodySchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.submitAssessment(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.post('/api/sif-initiatives/:applicationId/decision', {
    config: { action: 'sif.decide' },
    schema: {
      tags,
      summary:
        'Besluiten: verlenen legt het bedrag vast in het fonds in dezelfde transactie die het vrije saldo controleert',
      params: initiativeParamsSchema,
      body: decisionBodySchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.decide(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
        mail: mailSettings(app.config),
        municipalityNameOverride: app.config.MUNICIPALITY_NAME,
        objectionAddress: app.config.OBJECTION_ADDRESS,
      }),
  });

  app.post('/api/sif-initiatives/:applicationId/impact', {
    config: { action: 'sif.impact' },
    schema: {
      tags,
      summary: 'Het impactverslag indienen, na het verantwoordingsverslag van de subsidie',
      params: initiativeParamsSchema,
      body: impactBodySchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.submitImpact(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.put('/api/sif-initiatives/:applicationId/public-text', {
    config: { action: 'sif.public_text' },
    schema: {
      tags,
      summary:
        'De openbare tekst van een verleend initiatief schrijven (concept: nog niet openbaar)',
      params: initiativeParamsSchema,
      body: publicTextBodySchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.savePublicText(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.post('/api/sif-initiatives/:applicationId/public-text/approve', {
    config: { action: 'sif.public_text' },
    schema: {
      tags,
      summary: 'Het concept van de openbare tekst goedkeuren: vanaf nu staat deze tekst openbaar',
      params: initiativeParamsSchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.approvePublicText(contextOf(app, request), {
        applicationId: request.params.applicationId,
      }),
  });

  app.post('/api/sif-initiatives/:applicationId/public-text/withdraw', {
    config: { action: 'sif.public_withdraw' },
    schema: {
      tags,
      summary: 'De openbare pagina van een initiatief terugtrekken, met reden',
      params: initiativeParamsSchema,
      body: withdrawBodySchema,
      response: { 200: initiativeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.withdrawPublicPage(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });
}
