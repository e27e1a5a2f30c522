import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AttachmentKind } from '../../../../domain/tender/scheme-definition.ts';
import {
  completionListSchema,
  completionRequestSchema,
  setAsideResultSchema,
} from '../../../../server/features/completion/completion.schemas.ts';
import { request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;

export const completionKeys = {
  all: ['completion'] as const,
  open: ['completion', 'open'] as const,
  ofApplication: (applicationId: string) => ['completion', 'application', applicationId] as const,
};

export const completionRequestsQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: completionKeys.ofApplication(applicationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/applications/${enc(applicationId)}/completion-requests`, {
        schema: completionListSchema,
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });

export const openCompletionRequestsQueryOptions = () =>
  queryOptions({
    queryKey: completionKeys.open,
    queryFn: ({ signal }) =>
      request('GET', '/api/completion-requests', { schema: completionListSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

/** After any change: the requests, the application (its status) and the decision. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: completionKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['applications'] }),
      queryClient.invalidateQueries({ queryKey: ['decisions'] }),
    ]);
}

export function useRequestCompletion(applicationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: {
      attachmentKind: AttachmentKind | null;
      description: string;
      termDays: number;
    }) =>
      request('POST', `/api/applications/${enc(applicationId)}/completion-requests`, {
        body,
        schema: completionRequestSchema,
      }),
    onSuccess: refresh,
  });
}

export function useAnswerCompletion(applicationId: string, requestId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (answer: { text: string; file: File | null }) => {
      const url = `/api/applications/${enc(applicationId)}/completion-requests/${enc(requestId)}/answer`;
      if (!answer.file) {
        return request('POST', url, {
          body: { text: answer.text },
          schema: completionRequestSchema,
        });
      }
      const form = new FormData();
      form.append('text', answer.text);
      form.append('file', answer.file);
      return request('POST', url, { body: form, schema: completionRequestSchema });
    },
    onSuccess: refresh,
  });
}

export function useSetAside(applicationId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (completionRequestId: string) =>
      request('POST', `/api/applications/${enc(applicationId)}/set-aside`, {
        body: { completionRequestId },
        schema: setAsideResultSchema,
      }),
    onSuccess: refresh,
  });
}
