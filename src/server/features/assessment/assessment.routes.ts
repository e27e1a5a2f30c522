import { rolesMayPerform } from '../../platform/access.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  applicationParamsSchema,
  assessmentViewSchema,
  assignAssessorsBodySchema,
  assignmentListSchema,
  bulkAssignBodySchema,
  conditionChecksBodySchema,
  conflictBodySchema,
  conflictListSchema,
  roundAssessmentSchema,
  roundParamsSchema,
  scoreOverviewSchema,
  scoreSheetBodySchema,
} from './assessment.schemas.ts';
import * as service from './assessment.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function assessmentRoutes(app: App) {
  const tags = ['Beoordeling'];

  app.get('/api/rounds/:roundId/assessment', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: roundAssessmentSchema, ...errorResponses },
    },
    handler: async (request) => service.roundAssessment(contextOf(app, request), request.params),
  });

  app.put('/api/applications/:applicationId/assessors', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      params: applicationParamsSchema,
      body: assignAssessorsBodySchema,
      response: { 200: roundAssessmentSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.assignAssessors(contextOf(app, request), {
        applicationId: request.params.applicationId,
        assessorIds: request.body.assessorIds,
      }),
  });

  app.post('/api/rounds/:roundId/assessors', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      summary:
        'Dezelfde beoordelaars toewijzen aan meerdere aanvragen tegelijk; een belang weigert alles',
      params: roundParamsSchema,
      body: bulkAssignBodySchema,
      response: { 200: roundAssessmentSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.assignAssessorsToMany(contextOf(app, request), {
        roundId: request.params.roundId,
        applicationIds: request.body.applicationIds,
        assessorIds: request.body.assessorIds,
      }),
  });

  app.get('/api/rounds/:roundId/conflicts', {
    config: { action: 'assessment.conflicts' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: conflictListSchema, ...errorResponses },
    },
    handler: async (request) => {
      const context = contextOf(app, request);
      const seesAll = rolesMayPerform(context.actor.roles, 'assessment.manage') !== 'none';
      return {
        items: await service.listConflicts(context, { roundId: request.params.roundId, seesAll }),
      };
    },
  });

  app.post('/api/rounds/:roundId/conflicts', {
    config: { action: 'assessment.score' },
    schema: {
      tags,
      summary: 'Een belang melden bij een organisatie (door de beoordelaar zelf)',
      params: roundParamsSchema,
      body: conflictBodySchema,
      response: { 201: conflictListSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send({
        items: await service.declareConflict(contextOf(app, request), {
          roundId: request.params.roundId,
          body: request.body,
        }),
      }),
  });

  app.get('/api/assessments', {
    config: { action: 'assessment.score' },
    schema: {
      tags,
      response: { 200: assignmentListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.myAssignments(contextOf(app, request)),
    }),
  });

  app.get('/api/assessments/:applicationId', {
    config: { action: 'assessment.score' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: assessmentViewSchema, ...errorResponses },
    },
    handler: async (request) => service.assessmentView(contextOf(app, request), request.params),
  });

  app.put('/api/assessments/:applicationId', {
    config: { action: 'assessment.score' },
    schema: {
      tags,
      params: applicationParamsSchema,
      body: scoreSheetBodySchema,
      response: { 200: assessmentViewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveScores(contextOf(app, request), {
        applicationId: request.params.applicationId,
        scores: request.body.scores,
        submit: false,
      }),
  });

  app.post('/api/assessments/:applicationId/submit', {
    config: { action: 'assessment.score' },
    schema: {
      tags,
      summary: 'Eigen scores indienen; daarna zijn die van de andere beoordelaars zichtbaar',
      params: applicationParamsSchema,
      body: scoreSheetBodySchema,
      response: { 200: assessmentViewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveScores(contextOf(app, request), {
        applicationId: request.params.applicationId,
        scores: request.body.scores,
        submit: true,
      }),
  });

  app.put('/api/applications/:applicationId/conditions', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      params: applicationParamsSchema,
      body: conditionChecksBodySchema,
      response: { 200: scoreOverviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.recordConditions(contextOf(app, request), {
        applicationId: request.params.applicationId,
        checks: request.body.checks,
      }),
  });

  app.get('/api/applications/:applicationId/scores', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: scoreOverviewSchema, ...errorResponses },
    },
    handler: async (request) => service.scoreOverview(contextOf(app, request), request.params),
  });

  app.put('/api/applications/:applicationId/final-scores', {
    config: { action: 'assessment.manage' },
    schema: {
      tags,
      summary: 'Eindscores vaststellen (voorzitter), met motivering per criterium',
      params: applicationParamsSchema,
      body: scoreSheetBodySchema,
      response: { 200: scoreOverviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.fixFinalScores(contextOf(app, request), {
        applicationId: request.params.applicationId,
        scores: request.body.scores,
      }),
  });
}
