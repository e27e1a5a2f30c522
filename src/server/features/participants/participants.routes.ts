import { z } from 'zod';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, fileResponse, pdfResponse } from '../../platform/openapi.ts';
import {
  addConsentSchema,
  coordinatorListSchema,
  eraseBodySchema,
  outflowBodySchema,
  participantDetailSchema,
  participantListQuerySchema,
  participantListSchema,
  participantParamsSchema,
  participantProvisionListSchema,
  provisionParamsSchema,
  registerParticipantSchema,
  setCoordinatorsBodySchema,
  updateParticipantSchema,
  withdrawConsentSchema,
} from './participants.schemas.ts';
import * as service from './participants.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function participantsRoutes(app: App) {
  const tags = ['Deelnemers'];
  const detail = { 200: participantDetailSchema, ...errorResponses };

  app.get('/api/participants/provisions', {
    config: { action: 'participant.list' },
    schema: {
      tags,
      summary: 'De voorzieningen waarvan u de deelnemers bijhoudt',
      response: { 200: participantProvisionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listParticipantProvisions(contextOf(app, request)),
    }),
  });

  app.get('/api/provisions/:provisionId/participants', {
    config: { action: 'participant.list' },
    schema: {
      tags,
      summary: 'De deelnemers van een voorziening (het lezen wordt vastgelegd)',
      params: provisionParamsSchema,
      querystring: participantListQuerySchema,
      response: { 200: participantListSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.listParticipants(contextOf(app, request), {
        provisionId: request.params.provisionId,
        status: request.query.status,
      }),
  });

  app.post('/api/provisions/:provisionId/participants', {
    config: { action: 'participant.manage' },
    schema: {
      tags,
      summary: 'Een deelnemer inschrijven, met toestemming (en alleen dan een BSN)',
      params: provisionParamsSchema,
      body: registerParticipantSchema,
      response: { 201: participantDetailSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.registerParticipant(contextOf(app, request), {
          provisionId: request.params.provisionId,
          body: request.body,
          pseudonymKey: app.pseudonymKey,
        }),
      ),
  });

  app.get('/api/participants/:participantId', {
    config: { action: 'participant.read' },
    schema: {
      tags,
      summary: 'Eén deelnemer (het lezen wordt vastgelegd)',
      params: participantParamsSchema,
      response: detail,
    },
    handler: async (request) => service.getParticipant(contextOf(app, request), request.params),
  });

  app.patch('/api/participants/:participantId', {
    config: { action: 'participant.manage' },
    schema: {
      tags,
      params: participantParamsSchema,
      body: updateParticipantSchema,
      response: detail,
    },
    handler: async (request) =>
      service.updateParticipant(contextOf(app, request), {
        participantId: request.params.participantId,
        body: request.body,
      }),
  });

  app.post('/api/participants/:participantId/consents', {
    config: { action: 'participant.manage' },
    schema: {
      tags,
      summary: 'Toestemming toevoegen (met BSN alleen bij toestemming voor vergelijken)',
      params: participantParamsSchema,
      body: addConsentSchema,
      response: detail,
    },
    handler: async (request) =>
      service.addConsent(contextOf(app, request), {
        participantId: request.params.participantId,
        body: request.body,
        pseudonymKey: app.pseudonymKey,
      }),
  });

  app.post('/api/participants/:participantId/consents/withdraw', {
    config: { action: 'participant.manage' },
    schema: {
      tags,
      summary: 'Toestemming intrekken: dat werkt meteen',
      params: participantParamsSchema,
      body: withdrawConsentSchema,
      response: detail,
    },
    handler: async (request) =>
      service.withdrawConsent(contextOf(app, request), {
        participantId: request.params.participantId,
        body: request.body,
      }),
  });

  app.post('/api/participants/:participantId/outflow', {
    config: { action: 'participant.manage' },
    schema: {
      tags,
      summary: 'Uitstroom vastleggen: de deelnemer stopt op die datum',
      params: participantParamsSchema,
      body: outflowBodySchema,
      response: detail,
    },
    handler: async (request) =>
      service.recordOutflow(contextOf(app, request), {
        participantId: request.params.participantId,
        body: request.body,
      }),
  });

  app.get('/api/participants/:participantId/export', {
    config: { action: 'participant.export' },
    schema: {
      tags,
      summary: 'Inzage: alles wat over de deelnemer is vastgelegd, als JSON-bestand',
      params: participantParamsSchema,
      response: {
        200: fileResponse('application/json', 'Inzage als JSON-bestand'),
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const inzage = await service.exportParticipant(contextOf(app, request), request.params);
      return reply
        .type('application/json; charset=utf-8')
        .header(
          'content-disposition',
          contentDisposition(`inzage-${request.params.participantId}.json`),
        )
        .send(Buffer.from(JSON.stringify(inzage, null, 2)));
    },
  });

  app.post('/api/participants/:participantId/erase', {
    config: { action: 'participant.erase' },
    schema: {
      tags,
      summary: 'Persoonsgegevens wissen; de tellingen blijven',
      params: participantParamsSchema,
      body: eraseBodySchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.eraseParticipant(contextOf(app, request), {
        participantId: request.params.participantId,
        reason: request.body.reason,
      });
      return reply.code(204).send(null);
    },
  });

  app.get('/api/provisions/:provisionId/consent-form.pdf', {
    config: { action: 'consent.form' },
    schema: {
      tags,
      summary: 'Het toestemmingsformulier van de voorziening, om af te drukken (PDF)',
      params: provisionParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const pdf = await service.consentForm(contextOf(app, request), {
        provisionId: request.params.provisionId,
        municipalityNameOverride: app.config.MUNICIPALITY_NAME,
        retentionMonths: app.config.PARTICIPANT_RETENTION_MONTHS,
        signalRetentionMonths: app.config.SIGNAL_RETENTION_MONTHS,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          contentDisposition('toestemmingsformulier.pdf', { inline: true }),
        )
        .send(pdf);
    },
  });

  app.get('/api/provisions/:provisionId/coordinators', {
    config: { action: 'provision.coordinators' },
    schema: {
      tags: ['Voorzieningen'],
      summary: 'Coördinatoren van de organisatie, en wie deze voorziening coördineert',
      params: provisionParamsSchema,
      response: { 200: coordinatorListSchema, ...errorResponses },
    },
    handler: async (request) => service.listCoordinators(contextOf(app, request), request.params),
  });

  app.put('/api/provisions/:provisionId/coordinators', {
    config: { action: 'provision.coordinators' },
    schema: {
      tags: ['Voorzieningen'],
      summary: 'Vastleggen wie deze voorziening coördineert (werkt meteen)',
      params: provisionParamsSchema,
      body: setCoordinatorsBodySchema,
      response: { 200: coordinatorListSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.setCoordinators(contextOf(app, request), {
        provisionId: request.params.provisionId,
        userIds: request.body.userIds,
      }),
  });
}
