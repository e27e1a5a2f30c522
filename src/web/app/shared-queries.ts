/**
 * Server state that more than one feature reads (organisations, neighbourhoods, rounds,
 * provisions, applications): features share it through here, never by importing each
 * other. Only pages behind the login import this file, so these schemas are not part of the
 * JavaScript of the login page.
 */
import { queryOptions } from '@tanstack/react-query';
import { applicationListSchema } from '../../server/features/applications/applications.schemas.ts';
import { roundAssessmentSchema } from '../../server/features/assessment/assessment.schemas.ts';
import { organisationListSchema } from '../../server/features/organisations/organisations.schemas.ts';
import {
  provisionListSchema,
  provisionSchema,
} from '../../server/features/provisions/provisions.schemas.ts';
import { roundListSchema, roundSchema } from '../../server/features/rounds/rounds.schemas.ts';
import { neighbourhoodListSchema } from '../../server/features/settings/settings.schemas.ts';
import { queryString, request } from './api-client.ts';
import { queryKeys } from './queries.ts';

export const organisationListQueryOptions = queryOptions({
  queryKey: queryKeys.organisations,
  queryFn: ({ signal }) =>
    request('GET', '/api/organisations', { schema: organisationListSchema, signal }),
  select: (data) => data.items,
});

export const neighbourhoodsQueryOptions = queryOptions({
  queryKey: queryKeys.neighbourhoods,
  queryFn: ({ signal }) =>
    request('GET', '/api/neighbourhoods', { schema: neighbourhoodListSchema, signal }),
  staleTime: Infinity,
});

export const roundListQueryOptions = queryOptions({
  queryKey: queryKeys.rounds,
  queryFn: ({ signal }) => request('GET', '/api/rounds', { schema: roundListSchema, signal }),
  select: (data) => data.items,
});

export const roundQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: queryKeys.round(roundId),
    queryFn: ({ signal }) =>
      request('GET', `/api/rounds/${encodeURIComponent(roundId)}`, { schema: roundSchema, signal }),
  });

/** The assessment of a round's applications, which the ranking waits for as well. */
export const roundAssessmentQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: queryKeys.roundAssessment(roundId),
    queryFn: ({ signal }) =>
      request('GET', `/api/rounds/${encodeURIComponent(roundId)}/assessment`, {
        schema: roundAssessmentSchema,
        signal,
      }),
    staleTime: 0,
  });

export const provisionListQueryOptions = queryOptions({
  queryKey: queryKeys.provisions,
  queryFn: ({ signal }) =>
    request('GET', '/api/provisions', { schema: provisionListSchema, signal }),
  select: (data) => data.items,
});

export const provisionQueryOptions = (provisionId: string) =>
  queryOptions({
    queryKey: queryKeys.provision(provisionId),
    queryFn: ({ signal }) =>
      request('GET', `/api/provisions/${encodeURIComponent(provisionId)}`, {
        schema: provisionSchema,
        signal,
      }),
  });

export interface ApplicationFilter {
  roundId?: string;
  category?: string;
  status?: string;
  search?: string;
}

export const applicationListQueryOptions = (filter: ApplicationFilter = {}) =>
  queryOptions({
    queryKey: queryKeys.applicationList(filter),
    queryFn: ({ signal }) =>
      request('GET', `/api/applications${queryString({ ...filter })}`, {
        schema: applicationListSchema,
        signal,
      }),
    select: (data) => data.items,
  });
