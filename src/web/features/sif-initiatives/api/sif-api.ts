import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { ImpactBody } from '../../../../domain/sif/impact.ts';
import type { PublicTextBody, WithdrawBody } from '../../../../domain/sif/public-text.ts';
import {
  type AssessmentBody,
  type DecisionBody,
  type SubmitInitiativeBody,
  initiativeListSchema,
  initiativeSchema,
} from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const enc = encodeURIComponent;
const submitted = z.object({ id: z.uuid(), reference: z.string(), decisionDueDay: z.string() });

export const sifKeys = {
  all: ['sif-initiatives'] as const,
  one: (id: string) => ['sif-initiatives', id] as const,
};

export const initiativeListQueryOptions = queryOptions({
  queryKey: sifKeys.all,
  queryFn: ({ signal }) =>
    request('GET', '/api/sif-initiatives', { schema: initiativeListSchema, signal }),
  staleTime: 0,
});

export const initiativeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: sifKeys.one(id),
    queryFn: ({ signal }) =>
      request('GET', `/api/sif-initiatives/${enc(id)}`, { schema: initiativeSchema, signal }),
    staleTime: 0,
  });

export const letterPdfUrl = (id: string) => `/api/applications/${enc(id)}/decision.pdf`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sifKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['fund'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.homeTasks }),
    ]);
}

export function useSubmitInitiative() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SubmitInitiativeBody) =>
      request('POST', '/api/sif-initiatives', { body, schema: submitted }),
    onSuccess: refresh,
  });
}

/** One mutation per action on an initiative; each answers with the initiative as it now is. */
function useInitiativeAction<B>(id: string, action: 'assessment' | 'decision' | 'impact') {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: B) =>
      request('POST', `/api/sif-initiatives/${enc(id)}/${action}`, {
        body,
        schema: initiativeSchema,
      }),
    onSuccess: refresh,
  });
}

export const useSubmitAssessment = (id: string) =>
  useInitiativeAction<AssessmentBody>(id, 'assessment');
export const useDecide = (id: string) => useInitiativeAction<DecisionBody>(id, 'decision');
export const useSubmitImpact = (id: string) => useInitiativeAction<ImpactBody>(id, 'impact');

/** The organisation saves the draft of its public text (PUT) or approves it. */
export function usePublicText(id: string) {
  const refresh = useRefresh();
  const save = useMutation({
    mutationFn: (body: PublicTextBody) =>
      request('PUT', `/api/sif-initiatives/${enc(id)}/public-text`, {
        body,
        schema: initiativeSchema,
      }),
    onSuccess: refresh,
  });
  const approve = useMutation({
    mutationFn: () =>
      request('POST', `/api/sif-initiatives/${enc(id)}/public-text/approve`, {
        schema: initiativeSchema,
      }),
    onSuccess: refresh,
  });
  return { save, approve };
}

export function useWithdrawPublic(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: WithdrawBody) =>
      request('POST', `/api/sif-initiatives/${enc(id)}/public-text/withdraw`, {
        body,
        schema: initiativeSchema,
      }),
    onSuccess: refresh,
  });
}
