import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReferralBody, ReferralDecision } from '../../../../domain/participants/referrals.ts';
import {
  finderResultSchema,
  referralListSchema,
  referralSchema,
  type FinderQuery,
  type ReferralListQuery,
} from '../../../../server/features/referrals/referrals.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export const finderQueryOptions = (filter: FinderQuery) =>
  queryOptions({
    queryKey: queryKeys.referralFinder(filter),
    queryFn: ({ signal }) =>
      request('GET', `/api/referrals/provisions${queryString({ ...filter })}`, {
        schema: finderResultSchema,
        signal,
      }),
  });

export const referralListQueryOptions = (filter: ReferralListQuery = {}) =>
  queryOptions({
    queryKey: queryKeys.referralList(filter),
    queryFn: ({ signal }) =>
      request('GET', `/api/referrals${queryString({ ...filter })}`, {
        schema: referralListSchema,
        signal,
      }),
    select: (data) => data.items,
  });

export function useCreateReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralBody) =>
      request('POST', '/api/referrals', { body, schema: referralSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.referrals }),
  });
}

export function useDecideReferral(referralId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralDecision) =>
      request('POST', `/api/referrals/${encodeURIComponent(referralId)}/decision`, {
        body,
        schema: referralSchema,
      }),
    // An accepted referral is a new participant of the provision.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.referrals }),
        queryClient.invalidateQueries({ queryKey: queryKeys.participants }),
      ]),
  });
}
