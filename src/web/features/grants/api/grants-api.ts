import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { GrantCategory } from '../../../../domain/tender/categories.ts';
import {
  type ScheduleBody,
  grantListSchema,
  grantSchema,
} from '../../../../server/features/grants/grants.schemas.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export interface GrantFilter {
  roundId?: string | undefined;
  category?: GrantCategory | undefined;
}

export const grantKeys = {
  all: ['grants'] as const,
  list: (filter: GrantFilter) => ['grants', 'list', filter] as const,
  one: (grantId: string) => ['grants', 'one', grantId] as const,
};

export const grantListQueryOptions = (filter: GrantFilter) =>
  queryOptions({
    queryKey: grantKeys.list(filter),
    queryFn: ({ signal }) => {
      const query = new URLSearchParams();
      if (filter.roundId) query.set('roundId', filter.roundId);
      if (filter.category) query.set('category', filter.category);
      const suffix = query.size > 0 ? `?${query.toString()}` : '';
      return request('GET', `/api/grants${suffix}`, { schema: grantListSchema, signal });
    },
    select: (data) => data.items,
    staleTime: 0,
  });

export const grantQueryOptions = (grantId: string) =>
  queryOptions({
    queryKey: grantKeys.one(grantId),
    queryFn: ({ signal }) =>
      request('GET', `/api/grants/${enc(grantId)}`, { schema: grantSchema, signal }),
    staleTime: 0,
  });

export function useChangeSchedule(grantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleBody) =>
      request('PUT', `/api/grants/${enc(grantId)}/schedule`, { body, schema: grantSchema }),
    onSuccess: (grant) => {
      queryClient.setQueryData(grantKeys.one(grantId), grant);
      return queryClient.invalidateQueries({ queryKey: grantKeys.all });
    },
  });
}
