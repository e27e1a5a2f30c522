import { queryOptions } from '@tanstack/react-query';
import { timelineSchema } from '../../../../server/features/timeline/timeline.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

/** Under the application's own key, so whatever refreshes the application refreshes this too. */
export const timelineQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: [...queryKeys.application(applicationId), 'timeline'] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/applications/${encodeURIComponent(applicationId)}/timeline`, {
        schema: timelineSchema,
        signal,
      }),
    staleTime: 0,
  });
