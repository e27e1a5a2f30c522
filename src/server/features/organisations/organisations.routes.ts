import { z } from 'zod';
import { mailSettings, publicUrl } from '../../platform/config.ts';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import * as invitations from './invitations.service.ts';
import {
  acceptInvitationBodySchema,
  invitationBodySchema,
  invitationLookupSchema,
  invitationParamsSchema,
  invitationSchema,
  organisationBodySchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationBodySchema,
} from './organisations.schemas.ts';
import * as service from './organisations.service.ts';

export async function organisationsRoutes(app: App) {
  const tags = ['Organisaties'];
  app.get('/api/organisations', {
    config: { action: 'organisation.list' },
    schema: { tags, response: { 200: organisationListSchema, ...errorResponses } },
    handler: async (request) => ({ items: await service.listOrganisations(app.db, request.scope) }),
  });

  app.get('/api/organisations/:organisationId', {
    config: { action: 'organisation.read' },
    schema: {
      tags,
      params: organisationParamsSchema,
      response: { 200: organisationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getOrganisation(app.db, request.scope, request.params.organisationId),
  });

  app.post('/api/organisations', {
    config: { action: 'organisation.create' },
    schema: {
      tags,
      body: organisationBodySchema,
      response: { 201: organisationSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const created = await service.createOrganisation(app.db, requireActor(request), request.body);
      return reply.code(201).send(created);
    },
  });

  app.patch('/api/organisations/:organisationId', {
    config: { action: 'organisation.update' },
    schema: {
      tags,
      params: organisationParamsSchema,
      body: updateOrganisationBodySchema,
      response: { 200: organisationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateOrganisation(
        app.db,
        requireActor(request),
        request.scope,
        request.params.organisationId,
        request.body,
        app.now(),
      ),
  });
}

export async function invitationsRoutes(app: App) {
  const tags = ['Organisaties'];
  const mail = mailSettings(app.config);
  app.get('/api/organisations/:organisationId/invitations', {
    config: { action: 'organisation.invite' },
    schema: {
      tags,
      params: organisationParamsSchema,
      response: { 200: z.object({ items: z.array(invitationSchema) }), ...errorResponses },
    },
    handler: async (request) => ({
      items: await invitations.listInvitations(
        app.db,
        request.scope,
        request.params.organisationId,
      ),
    }),
  });

  app.post('/api/organisations/:organisationId/invitations', {
    config: { action: 'organisation.invite' },
    schema: {
      tags,
      params: organisationParamsSchema,
      body: invitationBodySchema,
      response: { 201: invitationSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const invitation = await invitations.inviteColleague(
        app.db,
        requireActor(request),
        request.scope,
        request.params.organisationId,
        request.body.email,
        { now: app.now(), publicUrl: publicUrl(app.config), mail },
      );
      return reply.code(201).send(invitation);
    },
  });

  app.get('/api/invitations/:token', {
    config: { action: 'invitation.accept' },
    schema: {
      tags,
      params: invitationParamsSchema,
      response: { 200: invitationLookupSchema, ...errorResponses },
    },
    handler: async (request) =>
      invitations.lookupInvitation(app.db, request.params.token, app.now()),
  });

  app.post('/api/invitations/:token/accept', {
    config: { action: 'invitation.accept' },
    schema: {
      tags,
      params: invitationParamsSchema,
      body: acceptInvitationBodySchema,
      response: { 200: z.object({ organisationId: z.uuid() }), ...errorResponses },
    },
    handler: async (request) =>
      invitations.acceptInvitation(
        app.db,
        request.actor,
        request.params.token,
        request.body,
        app.now(),
      ),
  });
}
