/**
 * The audit log's filters live in the URL (shareable, back button works). Parsing is lenient:
 * a value the API would refuse is dropped instead of breaking the page.
 */
import { z } from 'zod';
import { auditQuerySchema } from '../../../server/features/audit/audit.schemas.ts';

export const AUDIT_FILTER_KEYS = [
  'actor',
  'action',
  'entityType',
  'entityId',
  'from',
  'to',
] as const;
export type AuditFilterKey = (typeof AUDIT_FILTER_KEYS)[number];

export type AuditSearch = Partial<Record<AuditFilterKey, string>> & { page?: number };

export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const search: AuditSearch = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = raw[key];
    // The router parses "123" in the URL as a number; an id is text.
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const parsed = auditQuerySchema.shape[key].safeParse(String(value));
    if (parsed.success && parsed.data) search[key] = parsed.data;
  }
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const shape = auditQuerySchema.shape;

/** The filter form: the API's own rules, with an empty field meaning "no filter". */
export const auditFilterSchema = z.object({
  actor: z.preprocess(blankToUndefined, shape.actor),
  action: z.preprocess(blankToUndefined, shape.action),
  entityType: z.preprocess(blankToUndefined, shape.entityType),
  entityId: z.preprocess(blankToUndefined, shape.entityId),
  from: z.preprocess(blankToUndefined, shape.from),
  to: z.preprocess(blankToUndefined, shape.to),
});

export type AuditFilterValues = Record<AuditFilterKey, string>;
export type AuditFilterOutput = z.output<typeof auditFilterSchema>;
