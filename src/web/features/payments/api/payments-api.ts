import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  paymentRunListSchema,
  paymentRunSchema,
  paymentRunSummarySchema,
} from '../../../../server/features/payments/payments.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const enc = encodeURIComponent;

export const paymentKeys = {
  all: ['payment-runs'] as const,
  list: ['payment-runs', 'list'] as const,
  one: (runId: string) => ['payment-runs', 'one', runId] as const,
};

export const paymentRunListQueryOptions = () =>
  queryOptions({
    queryKey: paymentKeys.list,
    queryFn: ({ signal }) =>
      request('GET', '/api/payment-runs', { schema: paymentRunListSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const paymentRunQueryOptions = (runId: string) =>
  queryOptions({
    queryKey: paymentKeys.one(runId),
    queryFn: ({ signal }) =>
      request('GET', `/api/payment-runs/${enc(runId)}`, { schema: paymentRunSchema, signal }),
    staleTime: 0,
  });

export const sepaFileUrl = (runId: string) => `/api/payment-runs/${enc(runId)}/sepa.xml`;
export const ledgerFileUrl = (runId: string) => `/api/payment-runs/${enc(runId)}/ledger.csv`;
export const ledgerXlsxUrl = (runId: string) => `/api/payment-runs/${enc(runId)}/ledger.xlsx`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['grants'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.homeTasks }),
    ]);
}

export function usePrepareRun() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { upToDay: string }) =>
      request('POST', '/api/payment-runs', { body, schema: paymentRunSummarySchema }),
    onSuccess: refresh,
  });
}

export function useRunAction(runId: string, action: 'approve' | 'export' | 'cancel') {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () =>
      request('POST', `/api/payment-runs/${enc(runId)}/${action}`, {
        schema: paymentRunSummarySchema,
      }),
    onSuccess: refresh,
  });
}
