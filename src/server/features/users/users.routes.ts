import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  clearLoginThrottleResultSchema,
  createUserBodySchema,
  updateUserBodySchema,
  userListSchema,
  userParamsSchema,
  userSchema,
} from './users.schemas.ts';
import * as service from './users.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function usersRoutes(app: App) {
  const tags = ['Gebruikers'];
  app.get('/api/users', {
    config: { action: 'user.list' },
    schema: { tags, response: { 200: userListSchema, ...errorResponses } },
    handler: async (request) => ({ items: await service.listUsers(contextOf(app, request)) }),
  });

  app.post('/api/users', {
    config: { action: 'user.create' },
    schema: { tags, body: createUserBodySchema, response: { 201: userSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createUser(contextOf(app, request), request.body)),
  });

  app.patch('/api/users/:userId', {
    config: { action: 'user.update' },
    schema: {
      tags,
      params: userParamsSchema,
      body: updateUserBodySchema,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateUser(contextOf(app, request), {
        userId: request.params.userId,
        body: request.body,
      }),
  });

  app.delete('/api/users/:userId/login-failures', {
    config: { action: 'user.unlock' },
    schema: {
      tags,
      params: userParamsSchema,
      response: { 200: clearLoginThrottleResultSchema, ...errorResponses },
    },
    handler: async (request) => service.clearLoginThrottle(contextOf(app, request), request.params),
  });
}
