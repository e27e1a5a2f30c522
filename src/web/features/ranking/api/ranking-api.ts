import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { CATEGORY_CODES, type Category } from '../../../../domain/tender/categories.ts';
import { TENDER_OUTCOMES } from '../../../../domain/tender/outcomes.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export { TENDER_OUTCOMES, type TenderOutcome } from '../../../../domain/tender/outcomes.ts';

/** The output of rankAndAllocate (src/domain/tender/rank-and-allocate.ts, TenderRankOutput). */
export const rankOutputSchema = z.object({
  category: z.enum(CATEGORY_CODES),
  ceilingCents: z.number().int(),
  allocatedCents: z.number().int(),
  remainingCents: z.number().int(),
  seed: z.string(),
  applications: z.array(
    z.object({
      reference: z.string(),
      outcome: z.enum(TENDER_OUTCOMES),
      rank: z.number().int().nullable(),
      total: z.number().nullable(),
      scores: z.record(z.string(), z.number().nullable()),
      eligibleCents: z.number().int(),
      grantedCents: z.number().int(),
      tieBreak: z.string().nullable(),
    }),
  ),
});
export type RankOutput = z.infer<typeof rankOutputSchema>;

export const rankingSchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORY_CODES),
  version: z.number().int(),
  reason: z.string().nullable(),
  output: rankOutputSchema,
  fixedByName: z.string().nullable().optional(),
  fixedAt: z.string(),
});
export type Ranking = z.infer<typeof rankingSchema>;

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
        schema: z.object({ items: z.array(rankingSchema) }),
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });

export function useSimulate(roundId: string, category: Category) {
  return useMutation({
    mutationFn: (body: { ceilingCents?: number; partialGrant?: boolean }) =>
      request('POST', `${categoryUrl(roundId, category)}/simulation`, {
        body,
        schema: rankOutputSchema,
      }),
  });
}

export function useFixRanking(roundId: string, category: Category) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason?: string }) =>
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
