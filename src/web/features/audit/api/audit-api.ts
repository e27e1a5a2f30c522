import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { auditListSchema } from '../../../../server/features/audit/audit.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';
import type { AuditSearch } from '../audit-search.ts';

export const auditQueryOptions = (search: AuditSearch) =>
  queryOptions({
    queryKey: ['audit', search] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/audit${queryString({ ...search })}`, {
        schema: auditListSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
