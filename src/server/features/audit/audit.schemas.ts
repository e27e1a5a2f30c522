import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';

const auditDay = z.iso
  .date({ message: 'Gebruik een datum als 2026-11-23.' })
  .refine(isValidDay, { message: 'Gebruik een datum als 2026-11-23.' });

export const auditQuerySchema = z.object({
  actor: z.string().trim().max(320).optional(),
  action: z.string().trim().max(100).optional(),
  entityType: z.string().trim().max(100).optional(),
  entityId: z.string().trim().max(100).optional(),
  /** Inclusive day range, YYYY-MM-DD, in Europe/Amsterdam. */
  from: auditDay.optional(),
  to: auditDay.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime({ offset: true }),
  actorEmail: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
