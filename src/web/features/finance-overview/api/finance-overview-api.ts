import { queryOptions } from '@tanstack/react-query';
import { financeOverviewSchema } from '../../../../server/features/finance-overview/finance-overview.schemas.ts';
import { request } from '../../../app/api-client.ts';

/** `year` undefined: the year the server chooses (the newest with grants). */
export const financeOverviewQueryOptions = (year: number | undefined) =>
  queryOptions({
    queryKey: ['finance-overview', year ?? 'default'] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/finance/overview${year === undefined ? '' : `?year=${year}`}`, {
        schema: financeOverviewSchema,
        signal,
      }),
    staleTime: 0,
  });

export const financeOverviewXlsxUrl = (year: number) => `/api/finance/overview.xlsx?year=${year}`;
