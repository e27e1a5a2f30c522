import { queryOptions } from '@tanstack/react-query';
import { homeTasksSchema } from '../../../../server/features/home/home.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

/** Every role's open tasks, computed by the server from the data; fresh on every visit. */
export const homeTasksQueryOptions = queryOptions({
  queryKey: queryKeys.homeTasks,
  queryFn: ({ signal }) => request('GET', '/api/home/tasks', { schema: homeTasksSchema, signal }),
  staleTime: 0,
});
