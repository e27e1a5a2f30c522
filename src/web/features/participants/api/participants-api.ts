import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ParticipantStatus } from '../../../../domain/participants/registration.ts';
import {
  type addConsentSchema,
  coordinatorListSchema,
  type eraseBodySchema,
  type outflowBodySchema,
  participantDetailSchema,
  participantListSchema,
  participantProvisionListSchema,
  type ParticipantDetail,
  type registerParticipantSchema,
  type updateParticipantSchema,
  type withdrawConsentSchema,
} from '../../../../server/features/participants/participants.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const participantUrl = (participantId: string) =>
  `/api/participants/${encodeURIComponent(participantId)}`;
const provisionUrl = (provisionId: string) => `/api/provisions/${encodeURIComponent(provisionId)}`;

export const consentFormUrl = (provisionId: string) =>
  `${provisionUrl(provisionId)}/consent-form.pdf`;
export const inzageUrl = (participantId: string) => `${participantUrl(participantId)}/export`;

export const participantProvisionsQueryOptions = queryOptions({
  queryKey: queryKeys.participantProvisions,
  queryFn: ({ signal }) =>
    request('GET', '/api/participants/provisions', {
      schema: participantProvisionListSchema,
      signal,
    }),
  select: (data) => data.items,
});

export const participantListQueryOptions = (provisionId: string, status: ParticipantStatus) =>
  queryOptions({
    queryKey: queryKeys.participantList(provisionId, status),
    queryFn: ({ signal }) =>
      request('GET', `${provisionUrl(provisionId)}/participants?status=${status}`, {
        schema: participantListSchema,
        signal,
      }),
  });

export const participantQueryOptions = (participantId: string) =>
  queryOptions({
    queryKey: queryKeys.participant(participantId),
    queryFn: ({ signal }) =>
      request('GET', participantUrl(participantId), { schema: participantDetailSchema, signal }),
  });

/** After a change: the answer is the new state of the participant; lists and counts follow. */
function useParticipantChange<TBody>(
  participantId: string,
  send: (body: TBody) => Promise<ParticipantDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.participant(participantId), detail);
      await queryClient.invalidateQueries({
        queryKey: queryKeys.participants,
        predicate: (query) => query.queryKey[1] !== participantId,
      });
    },
  });
}

export function useRegisterParticipant(provisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof registerParticipantSchema>) =>
      request('POST', `${provisionUrl(provisionId)}/participants`, {
        body,
        schema: participantDetailSchema,
      }),
    onSuccess: async (detail) => {
      queryClient.setQueryData(queryKeys.participant(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
    },
  });
}

export const useUpdateParticipant = (participantId: string) =>
  useParticipantChange(participantId, (body: z.input<typeof updateParticipantSchema>) =>
    request('PATCH', participantUrl(participantId), { body, schema: participantDetailSchema }),
  );

export const useAddConsent = (participantId: string) =>
  useParticipantChange(participantId, (body: z.input<typeof addConsentSchema>) =>
    request('POST', `${participantUrl(participantId)}/consents`, {
      body,
      schema: participantDetailSchema,
    }),
  );

export const useWithdrawConsent = (participantId: string) =>
  useParticipantChange(participantId, (body: z.input<typeof withdrawConsentSchema>) =>
    request('POST', `${participantUrl(participantId)}/consents/withdraw`, {
      body,
      schema: participantDetailSchema,
    }),
  );

export const useRecordOutflow = (participantId: string) =>
  useParticipantChange(participantId, (body: z.input<typeof outflowBodySchema>) =>
    request('POST', `${participantUrl(participantId)}/outflow`, {
      body,
      schema: participantDetailSchema,
    }),
  );

export function useEraseParticipant(participantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof eraseBodySchema>) =>
      request('POST', `${participantUrl(participantId)}/erase`, { body }),
    onSuccess: async () => {
      // The participant is gone: forget what the browser still holds about them.
      queryClient.removeQueries({ queryKey: queryKeys.participant(participantId) });
      await queryClient.invalidateQueries({ queryKey: queryKeys.participants });
    },
  });
}

export const coordinatorsQueryOptions = (provisionId: string) =>
  queryOptions({
    queryKey: queryKeys.coordinators(provisionId),
    queryFn: ({ signal }) =>
      request('GET', `${provisionUrl(provisionId)}/coordinators`, {
        schema: coordinatorListSchema,
        signal,
      }),
    select: (data) => data.items,
  });

export function useSetCoordinators(provisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) =>
      request('PUT', `${provisionUrl(provisionId)}/coordinators`, {
        body: { userIds },
        schema: coordinatorListSchema,
      }),
    onSuccess: (list) => queryClient.setQueryData(queryKeys.coordinators(provisionId), list),
  });
}
