import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  notificationListSchema,
  notificationParamsSchema,
  notificationSettingsSchema,
  unreadCountSchema,
} from './notifications.schemas.ts';
import * as service from './notifications.service.ts';
import { contextOf } from '../../platform/use-case.ts';

/** Every logged-in user reads and marks only their own notifications (the query holds them to it). */
export async function notificationsRoutes(app: App) {
  const tags = ['Meldingen'];

  app.get('/api/notifications', {
    config: { action: 'notification.read' },
    schema: {
      tags,
      summary: 'Uw meldingen van nieuwe taken, nieuwste eerst, met het aantal ongelezen',
      response: { 200: notificationListSchema, ...errorResponses },
    },
    handler: async (request) => service.listNotifications(contextOf(app, request)),
  });

  app.get('/api/notifications/unread-count', {
    config: { action: 'notification.read' },
    schema: {
      tags,
      summary: 'Het aantal ongelezen meldingen (voor de bel in de kop)',
      response: { 200: unreadCountSchema, ...errorResponses },
    },
    handler: async (request) => service.unreadCount(contextOf(app, request)),
  });

  app.post('/api/notifications/:notificationId/read', {
    config: { action: 'notification.update' },
    schema: {
      tags,
      summary: 'Een melding als gelezen markeren',
      params: notificationParamsSchema,
      response: { 200: unreadCountSchema, ...errorResponses },
    },
    handler: async (request) => service.markRead(contextOf(app, request), request.params),
  });

  app.post('/api/notifications/read-all', {
    config: { action: 'notification.update' },
    schema: {
      tags,
      summary: 'Alle meldingen als gelezen markeren',
      response: { 200: unreadCountSchema, ...errorResponses },
    },
    handler: async (request) => service.markAllRead(contextOf(app, request)),
  });

  app.get('/api/notifications/settings', {
    config: { action: 'notification.read' },
    schema: {
      tags,
      summary: 'Of u de dagelijkse e-mail met nieuwe taken ontvangt',
      response: { 200: notificationSettingsSchema, ...errorResponses },
    },
    handler: async (request) => service.settings(contextOf(app, request)),
  });

  app.put('/api/notifications/settings', {
    config: { action: 'notification.update' },
    schema: {
      tags,
      summary: 'De dagelijkse e-mail met nieuwe taken aan- of uitzetten',
      body: notificationSettingsSchema,
      response: { 200: notificationSettingsSchema, ...errorResponses },
    },
    handler: async (request) => service.updateSettings(contextOf(app, request), request.body),
  });
}
