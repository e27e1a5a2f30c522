import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type Grouping,
  type ScenarioBody,
  businessCasesSchema,
} from '../../../../server/features/rendement/rendement.schemas.ts';
import { request } from '../../../app/api-client.ts';

const created = z.object({ id: z.uuid() });

export interface RendementChoice {
  scenario: string | undefined;
  groupBy: Grouping;
  year: number | undefined;
}

function queryString({ scenario, groupBy, year }: RendementChoice): string {
  const params = new URLSearchParams({ groupBy });
  if (scenario !== undefined) params.set('scenario', scenario);
  if (year !== undefined) params.set('year', String(year));
  return params.toString();
}

export const rendementQueryOptions = (choice: RendementChoice) =>
  queryOptions({
    queryKey: ['rendement', choice] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/rendement?${queryString(choice)}`, {
        schema: businessCasesSchema,
        signal,
      }),
    staleTime: 0,
  });

export const rendementXlsxUrl = (choice: RendementChoice) =>
  `/api/rendement.xlsx?${queryString(choice)}`;

export function useSaveScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ScenarioBody }) =>
      id === null
        ? request('POST', '/api/rendement/scenarios', { body, schema: created })
        : request('PUT', `/api/rendement/scenarios/${encodeURIComponent(id)}`, {
            body,
            schema: created,
          }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['rendement'] }),
  });
}
