/**
 * The audit log's filters live in the URL (shareable, back button works). Parsing is lenient:
 * a value the API would refuse is dropped instead of breaking the page.
 */
import { z } from 'zod';
import { auditQuerySchema } from '../../../server/features/audit/audit.schemas.ts';
import { AUDIT_FILTER_KEYS, type AuditFilterKey, type AuditSearch } from './audit-search-params.ts';

export { AUDIT_FILTER_KEYS, type AuditFilterKey, type AuditSearch } from './audit-search-params.ts';

/** The filters of the URL without the values the API would refuse. */
export function cleanAuditSearch(search: AuditSearch): AuditSearch {
  const clean: AuditSearch = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = search[key];
    if (value === undefined) continue;
    const parsed = auditQuerySchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data) clean[key] = parsed.data;
  }
  if (search.page !== undefined) clean.page = search.page;
  return clean;
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
