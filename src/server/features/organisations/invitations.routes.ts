import { mailSettings, publicUrl } from '../../platform/config.ts';
import type { App } from '../../platform/http.ts';
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
import { contextOf, publicContextOf } from '../../platform/use-case.ts';

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
      items: await service.listInvitations(contextOf(app, request), request.params),
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
      const invitation = await service.inviteColleague(contextOf(app, request), {
        organisationId: request.params.organisationId,
        email: request.body.email,
        publicUrl: publicUrl(app.config),
        mail,
      });
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
      service.lookupInvitation(publicContextOf(app, request), request.params),
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
      service.acceptInvitation(publicContextOf(app, request), {
        token: request.params.token,
        body: request.body,
      }),
  });
}
