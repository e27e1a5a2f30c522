import { mailSettings, publicUrl } from '../../platform/config.ts';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  acceptInvitationBodySchema,
  acceptedInvitationSchema,
  invitationBodySchema,
  invitationListSchema,
  invitationLookupSchema,
  invitationParamsSchema,
  invitationSchema,
} from './invitations.schemas.ts';
import * as service from './invitations.service.ts';
import { organisationParamsSchema } from './organisations.schemas.ts';

export async function invitationsRoutes(app: App) {
  const tags = ['Organisaties'];
  const mail = mailSettings(app.config);
  app.get('/api/organisations/:organisationId/invitations', {
    config: { action: 'organisation.invite' },
    schema: {
      tags,
      params: organisationParamsSchema,
      response: { 200: invitationListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listInvitations(app.db, request.scope, request.params.organisationId),
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
      const invitation = await service.inviteColleague(
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
    handler: async (request) => service.lookupInvitation(app.db, request.params.token, app.now()),
  });

  app.post('/api/invitations/:token/accept', {
    config: { action: 'invitation.accept' },
    schema: {
      tags,
      params: invitationParamsSchema,
      body: acceptInvitationBodySchema,
      response: { 200: acceptedInvitationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.acceptInvitation(
        app.db,
        request.actor,
        request.params.token,
        request.body,
        app.now(),
      ),
  });
}
