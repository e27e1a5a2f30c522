import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ObjectionOutcome } from '../../../../domain/tender/objection-outcomes.ts';
import {
  objectionListSchema,
  objectionSchema,
} from '../../../../server/features/objections/objections.schemas.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export const objectionKeys = {
  all: ['objections'] as const,
  register: ['objections', 'register'] as const,
  ofApplication: (applicationId: string) => ['objections', 'application', applicationId] as const,
};

export const applicationObjectionsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: objectionKeys.ofApplication(applicationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/applications/${enc(applicationId)}/objections`, {
        schema: objectionListSchema,
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const objectionRegisterQueryOptions = () =>
  queryOptions({
    queryKey: objectionKeys.register,
    queryFn: ({ signal }) =>
      request('GET', '/api/objections', { schema: objectionListSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const objectionLetterUrl = (applicationId: string, objectionId: string) =>
  `/api/applications/${enc(applicationId)}/objections/${enc(objectionId)}/letter.pdf`;

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: objectionKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['applications'] }),
      queryClient.invalidateQueries({ queryKey: ['decisions'] }),
    ]);
}

export function useRegisterObjection(applicationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { receivedDay: string; postedDay: string | null }) =>
      request('POST', `/api/applications/${enc(applicationId)}/objections`, {
        body,
        schema: objectionSchema,
      }),
    onSuccess: refresh,
  });
}

export function useRecordHearing(objectionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { hearingDay: string; hearingNotes: string }) =>
      request('PUT', `/api/objections/${enc(objectionId)}/hearing`, {
        body,
        schema: objectionSchema,
      }),
    onSuccess: refresh,
  });
}

export function useDecideObjection(objectionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { outcome: ObjectionOutcome; reasons: string }) =>
      request('POST', `/api/objections/${enc(objectionId)}/decision`, {
        body,
        schema: objectionSchema,
      }),
    onSuccess: refresh,
  });
}
