import { count, desc } from 'drizzle-orm';
import { containsText } from '../../platform/db/like.ts';
import { mailMessages } from '../../platform/db/schema.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { type MailMessage, outboxListSchema, outboxQuerySchema } from './outbox.schemas.ts';

/** Every message the product sent or would send; without SMTP this is where mail waits. */
export async function outboxRoutes(app: App) {
  app.get('/api/outbox', {
    config: { action: 'outbox.list' },
    schema: {
      tags: ['Beheer'],
      querystring: outboxQuerySchema,
      response: { 200: outboxListSchema, ...errorResponses },
    },
    handler: async (request) => {
      const { to, page, pageSize } = request.query;
      const where = to ? containsText(mailMessages.to, to) : undefined;
      const [rows, [total]] = await Promise.all([
        app.db
          .select()
          .from(mailMessages)
          .where(where)
          .orderBy(desc(mailMessages.createdAt))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        app.db.select({ n: count() }).from(mailMessages).where(where),
      ]);
      const items: MailMessage[] = rows.map((m) => ({
        ...m,
        attachments: m.attachments as MailMessage['attachments'],
        status: m.status as MailMessage['status'],
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      }));
      return { items, total: total?.n ?? 0 };
    },
  });
}
