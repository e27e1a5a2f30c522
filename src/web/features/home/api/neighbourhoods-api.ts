import { queryOptions } from '@tanstack/react-query';
import { neighbourhoodListSchema } from '../../../../server/features/settings/settings.schemas.ts';
import { request } from '../../../app/api-client.ts';

export const neighbourhoodsQueryOptions = queryOptions({
  queryKey: ['neighbourhoods'] as const,
  queryFn: ({ signal }) =>
    request('GET', '/api/neighbourhoods', { schema: neighbourhoodListSchema, signal }),
  staleTime: Infinity,
});
