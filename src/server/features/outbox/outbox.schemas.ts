import { z } from 'zod';

export const mailMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  attachments: z.array(
    z.object({ filename: z.string(), contentType: z.string(), documentId: z.uuid() }),
  ),
  status: z.enum(['outbox', 'queued', 'sending', 'sent', 'failed']),
  error: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
});
export type MailMessage = z.infer<typeof mailMessageSchema>;

export const outboxListSchema = z.object({
  items: z.array(mailMessageSchema),
  total: z.number().int(),
});
export type OutboxList = z.infer<typeof outboxListSchema>;

export const outboxQuerySchema = z.object({
  to: z.string().trim().max(320).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutboxQuery = z.output<typeof outboxQuerySchema>;
