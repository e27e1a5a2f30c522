import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Category } from '../../../../domain/tender/categories.ts';
import {
  type FixRankingBody,
  rankingListSchema,
  rankingSchema,
  rankOutputSchema,
  type SimulationBody,
} from '../../../../server/features/ranking/ranking.schemas.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export type { RankOutput } from '../../../../server/features/ranking/ranking.schemas.ts';

const categoryUrl = (roundId: string, category: Category) =>
  `/api/rounds/${enc(roundId)}/categories/${category}`;

export const rankingKeys = {
  all: ['ranking'] as const,
  list: (roundId: string, category: Category) => ['ranking', roundId, category] as const,
};

export const rankingsQueryOptions = (roundId: string, category: Category) =>
  queryOptions({
    queryKey: rankingKeys.list(roundId, category),
    queryFn: ({ signal }) =>
      request('GET', `${categoryUrl(roundId, category)}/rankings`, {
        schema: rankingListSchema,
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });

export function useSimulate(roundId: string, category: Category) {
  return useMutation({
    mutationFn: (body: SimulationBody) =>
      request('POST', `${categoryUrl(roundId, category)}/simulation`, {
        body,
        schema: rankOutputSchema,
      }),
  });
}

export function useFixRanking(roundId: string, category: Category) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FixRankingBody) =>
      request('POST', `${categoryUrl(roundId, category)}/rankings`, {
        body,
        schema: rankingSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rankingKeys.all }),
  });
}

export const rankingExportUrl = (roundId: string, format: 'xlsx' | 'pdf') =>
  `/api/rounds/${enc(roundId)}/rankings/export?format=${format}`;
export const scoresExportUrl = (roundId: string) => `/api/rounds/${enc(roundId)}/scores/export`;
