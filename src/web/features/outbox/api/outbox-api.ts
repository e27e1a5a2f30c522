import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { outboxListSchema } from '../../../../server/features/outbox/outbox.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export interface OutboxFilter {
  to?: string;
  page?: number;
}

export const outboxQueryOptions = (filter: OutboxFilter) =>
  queryOptions({
    queryKey: [...queryKeys.outbox, filter] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/outbox${queryString({ ...filter })}`, {
        schema: outboxListSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
