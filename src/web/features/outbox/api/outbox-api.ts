import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import {
  outboxListSchema,
  type OutboxQuery,
} from '../../../../server/features/outbox/outbox.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

/** What the outbox page filters on; the server's page size stays as it is. */
export type OutboxFilter = Partial<Pick<OutboxQuery, 'to' | 'page'>>;

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
