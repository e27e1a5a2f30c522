import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  checklistSchema,
  roundOverviewSchema,
  roundSchema,
  schemeListSchema,
  schemeSchema,
  type RoundBody,
} from '../../../../server/features/rounds/rounds.schemas.ts';
import type { Ceilings } from '../../../../server/features/rounds/rounds.schemas.ts';
import type { SchemeDefinition } from '../../../../domain/tender/scheme-definition.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const roundUrl = (roundId: string) => `/api/rounds/${encodeURIComponent(roundId)}`;

// Other features read the round too, so its query is shared state (app/shared-queries.ts).
export { roundQueryOptions } from '../../../app/shared-queries.ts';

export const checklistQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: [...queryKeys.round(roundId), 'checklist'] as const,
    queryFn: ({ signal }) =>
      request('GET', `${roundUrl(roundId)}/checklist`, { schema: checklistSchema, signal }),
    staleTime: 0,
  });

export const overviewQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: [...queryKeys.round(roundId), 'overview'] as const,
    queryFn: ({ signal }) =>
      request('GET', `${roundUrl(roundId)}/overview`, { schema: roundOverviewSchema, signal }),
    staleTime: 0,
  });

export const schemesQueryOptions = queryOptions({
  queryKey: queryKeys.schemes,
  queryFn: ({ signal }) => request('GET', '/api/schemes', { schema: schemeListSchema, signal }),
  select: (data) => data.items,
});

/** A round changed: the list, the round itself, its checklist and overview. */
function useInvalidateRounds() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.rounds });
}

export function useCreateRound() {
  const invalidate = useInvalidateRounds();
  return useMutation({
    mutationFn: (body: RoundBody) => request('POST', '/api/rounds', { body, schema: roundSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateRound(roundId: string) {
  const invalidate = useInvalidateRounds();
  return useMutation({
    mutationFn: (body: RoundBody) =>
      request('PUT', roundUrl(roundId), { body, schema: roundSchema }),
    onSuccess: invalidate,
  });
}

export function useChangeCeilings(roundId: string) {
  const invalidate = useInvalidateRounds();
  return useMutation({
    mutationFn: (body: { ceilings: Ceilings; reason: string }) =>
      request('PUT', `${roundUrl(roundId)}/ceilings`, { body, schema: roundSchema }),
    onSuccess: invalidate,
  });
}

export function useOpenRound(roundId: string) {
  const invalidate = useInvalidateRounds();
  return useMutation({
    mutationFn: () => request('POST', `${roundUrl(roundId)}/open`, { schema: roundSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateScheme(schemeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; definition: SchemeDefinition }) =>
      request('PUT', `/api/schemes/${encodeURIComponent(schemeId)}`, {
        body,
        schema: schemeSchema,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.schemes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.rounds }),
      ]),
  });
}
