import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ChangeDecisionBody,
  type ChangeRequestBody,
  type LoweringBody,
  grantChangeListSchema,
  grantChangeSchema,
  pendingChangeListSchema,
} from '../../../../server/features/grant-changes/grant-changes.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { grantKeys } from './grants-api.ts';

const enc = encodeURIComponent;

export const grantChangeKeys = {
  of: (grantId: string) => ['grants', 'changes', grantId] as const,
  pending: ['grants', 'changes', 'pending'] as const,
};

export const grantChangesQueryOptions = (grantId: string) =>
  queryOptions({
    queryKey: grantChangeKeys.of(grantId),
    queryFn: ({ signal }) =>
      request('GET', `/api/grants/${enc(grantId)}/changes`, {
        schema: grantChangeListSchema,
        signal,
      }),
    staleTime: 0,
  });

export const pendingChangesQueryOptions = () =>
  queryOptions({
    queryKey: grantChangeKeys.pending,
    queryFn: ({ signal }) =>
      request('GET', '/api/grant-changes/pending', { schema: pendingChangeListSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

/** Where the letter of a change is downloaded. */
export const changeLetterUrl = (grantId: string, changeId: string) =>
  `/api/grants/${enc(grantId)}/changes/${enc(changeId)}/letter.pdf`;

function useRefresh() {
  const queryClient = useQueryClient();
  // The grant's amount, terms and timeline change with it.
  return () => queryClient.invalidateQueries({ queryKey: grantKeys.all });
}

export function useRequestChange(grantId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ChangeRequestBody) =>
      request('POST', `/api/grants/${enc(grantId)}/changes`, { body, schema: grantChangeSchema }),
    onSuccess: refresh,
  });
}

export function useDecideChange(grantId: string, changeId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ChangeDecisionBody) =>
      request('POST', `/api/grants/${enc(grantId)}/changes/${enc(changeId)}/decision`, {
        body,
        schema: grantChangeSchema,
      }),
    onSuccess: refresh,
  });
}

export function useLowerGrant(grantId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: LoweringBody) =>
      request('POST', `/api/grants/${enc(grantId)}/lowering`, {
        body,
        schema: grantChangeSchema,
      }),
    onSuccess: refresh,
  });
}
