import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type CorrectionBody,
  type DepositBody,
  fundSchema,
} from '../../../../server/features/fund/fund.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const created = z.object({ id: z.uuid() });

export const fundKeys = {
  all: ['fund'] as const,
  page: (page: number) => ['fund', page] as const,
};

export const fundQueryOptions = (page = 1) =>
  queryOptions({
    queryKey: fundKeys.page(page),
    queryFn: ({ signal }) =>
      request('GET', `/api/fund?page=${page}&pageSize=50`, { schema: fundSchema, signal }),
    staleTime: 0,
  });

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: fundKeys.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.homeTasks }),
    ]);
}

export function useProposeDeposit() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: DepositBody) =>
      request('POST', '/api/fund/deposits', { body, schema: created }),
    onSuccess: refresh,
  });
}

export function useProposeCorrection() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CorrectionBody) =>
      request('POST', '/api/fund/corrections', { body, schema: created }),
    onSuccess: refresh,
  });
}

export function useApproveBooking() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (bookingId: string) =>
      request('POST', `/api/fund/bookings/${encodeURIComponent(bookingId)}/approve`, {
        schema: created,
      }),
    onSuccess: refresh,
  });
}
