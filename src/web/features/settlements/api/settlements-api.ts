import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { jobSchema } from '../../../../server/features/decisions/decisions.schemas.ts';
import {
  type ReclaimPaidBody,
  type SettlementBody,
  issueStartedSchema,
  awaitingSettlementSchema,
  proposedSettlementsSchema,
  reclaimListSchema,
  settlementReviewSchema,
} from '../../../../server/features/settlements/settlements.schemas.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export const settlementKeys = {
  all: ['settlements'] as const,
  review: (grantId: string) => ['settlements', 'review', grantId] as const,
  proposed: ['settlements', 'proposed'] as const,
  awaiting: ['settlements', 'awaiting'] as const,
  reclaims: (show: 'open' | 'all') => ['settlements', 'reclaims', show] as const,
  job: (jobId: string) => ['settlements', 'job', jobId] as const,
};

export const reviewQueryOptions = (grantId: string) =>
  queryOptions({
    queryKey: settlementKeys.review(grantId),
    queryFn: ({ signal }) =>
      request('GET', `/api/grants/${enc(grantId)}/settlement`, {
        schema: settlementReviewSchema,
        signal,
      }),
    staleTime: 0,
  });

export const settlementPdfUrl = (grantId: string) => `/api/grants/${enc(grantId)}/settlement.pdf`;

export const awaitingQueryOptions = () =>
  queryOptions({
    queryKey: settlementKeys.awaiting,
    queryFn: ({ signal }) =>
      request('GET', '/api/settlements/awaiting', { schema: awaitingSettlementSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const proposedQueryOptions = () =>
  queryOptions({
    queryKey: settlementKeys.proposed,
    queryFn: ({ signal }) =>
      request('GET', '/api/settlements/proposed', { schema: proposedSettlementsSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const reclaimsQueryOptions = (show: 'open' | 'all') =>
  queryOptions({
    queryKey: settlementKeys.reclaims(show),
    queryFn: ({ signal }) =>
      request('GET', `/api/reclaims?show=${show}`, { schema: reclaimListSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

/** The issuing job's progress, asked every second until it is done or failed. */
export const issueJobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: settlementKeys.job(jobId),
    queryFn: ({ signal }) =>
      request('GET', `/api/jobs/${enc(jobId)}`, { schema: jobSchema, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
    staleTime: 0,
  });

export function useProposeSettlement(grantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SettlementBody) =>
      request('PUT', `/api/grants/${enc(grantId)}/settlement`, {
        body,
        schema: settlementReviewSchema,
      }),
    onSuccess: (review) => {
      queryClient.setQueryData(settlementKeys.review(grantId), review);
      return queryClient.invalidateQueries({ queryKey: ['grants'] });
    },
  });
}

export function useIssueSettlements() {
  return useMutation({
    mutationFn: (grantIds: string[]) =>
      request('POST', '/api/settlements/issue', { body: { grantIds }, schema: issueStartedSchema }),
  });
}

export function useRegisterReclaimPaid(grantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReclaimPaidBody) =>
      request('POST', `/api/grants/${enc(grantId)}/settlement/reclaim-paid`, {
        body,
        schema: settlementReviewSchema,
      }),
    onSuccess: (review) => {
      queryClient.setQueryData(settlementKeys.review(grantId), review);
      return queryClient.invalidateQueries({ queryKey: settlementKeys.all });
    },
  });
}
