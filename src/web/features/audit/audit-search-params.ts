/**
 * The audit log's filters as the URL carries them: texts and a page number. The router reads
 * these for whatever page is opened, the login page too, so this module holds no zod schema;
 * the audit page drops the values the API would refuse (`cleanAuditSearch`).
 */
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

export function readAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const search: AuditSearch = {};
  for (const key of AUDIT_FILTER_KEYS) {
    const value = raw[key];
    // The router parses "123" in the URL as a number; an id is text.
    if (typeof value === 'string' || typeof value === 'number') search[key] = String(value);
  }
  const page = Number(raw['page']);
  if (Number.isInteger(page) && page > 1) search.page = page;
  return search;
}
