import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { questionnaireSchema } from '../../../../domain/participants/positive-health.ts';
import {
  measurementListSchema,
  measurementSchema,
  questionnaireLinkSchema,
  questionnaireLookupSchema,
  questionnaireThanksSchema,
  type RecordMeasurementBody,
} from '../../../../server/features/measurements/measurements.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const participantUrl = (participantId: string) =>
  `/api/participants/${encodeURIComponent(participantId)}`;

export const measurementsQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: queryKeys.measurements(participantId),
    queryFn: ({ signal }) =>
      request('GET', `${participantUrl(participantId)}/measurements`, {
        schema: measurementListSchema,
        signal,
      }),
  });

export function useRecordMeasurement(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordMeasurementBody) =>
      request('POST', `${participantUrl(participantId)}/measurements`, {
        body,
        schema: measurementSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.measurements(participantId) }),
  });
}

export function useCreateQuestionnaireLink(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request('POST', `${participantUrl(participantId)}/questionnaire-links`, {
        schema: questionnaireLinkSchema,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.measurements(participantId) }),
  });
}

const questionnaireUrl = (token: string) => `/api/questionnaire/${encodeURIComponent(token)}`;

export const questionnaireQueryOptions = (token: string) =>
  queryOptions({
    queryKey: queryKeys.questionnaire(token),
    queryFn: ({ signal }) =>
      request('GET', questionnaireUrl(token), { schema: questionnaireLookupSchema, signal }),
    retry: false,
    // The answers take a while; refetching in between could turn the page into "expired".
    refetchOnWindowFocus: false,
  });

export function useAnswerQuestionnaire(token: string) {
  return useMutation({
    mutationFn: (body: z.input<typeof questionnaireSchema>) =>
      request('POST', questionnaireUrl(token), { body, schema: questionnaireThanksSchema }),
  });
}
