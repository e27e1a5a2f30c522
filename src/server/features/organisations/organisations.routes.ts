import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
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
