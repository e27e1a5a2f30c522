import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  organisationBodySchema,
  organisationListSchema,
  organisationParamsSchema,
  organisationSchema,
  updateOrganisationBodySchema,
} from './organisations.schemas.ts';
import * as service from './organisations.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function organisationsRoutes(app: App) {
  const tags = ['Organisaties'];
  app.get('/api/organisations', {
    config: { action: 'organisation.list' },
    schema: { tags, response: { 200: organisationListSchema, ...errorResponses } },
    handler: async (request) => ({
      items: await service.listOrganisations(contextOf(app, request)),
    }),
  });

  app.get('/api/organisations/:organisationId', {
    config: { action: 'organisation.read' },
    schema: {
      tags,
      params: organisationParamsSchema,
      response: { 200: organisationSchema, ...errorResponses },
    },
    handler: async (request) => service.getOrganisation(contextOf(app, request), request.params),
  });

  app.post('/api/organisations', {
    config: { action: 'organisation.create' },
    schema: {
      tags,
      body: organisationBodySchema,
      response: { 201: organisationSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const created = await service.createOrganisation(contextOf(app, request), request.body);
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
      service.updateOrganisation(contextOf(app, request), {
        organisationId: request.params.organisationId,
        body: request.body,
      }),
  });
}
