import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationContent } from '../../../../domain/applications/application-content.ts';
import type { AttachmentKind } from '../../../../domain/tender/scheme-definition.ts';
import {
  applicationSchema,
  attachmentSchema,
  type Application,
} from '../../../../server/features/applications/applications.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export const applicationUrl = (applicationId: string) =>
  `/api/applications/${encodeURIComponent(applicationId)}`;

export const attachmentUrl = (applicationId: string, attachmentId: string) =>
  `${applicationUrl(applicationId)}/attachments/${encodeURIComponent(attachmentId)}`;

export const receiptUrl = (applicationId: string) => `${applicationUrl(applicationId)}/receipt`;

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: queryKeys.application(applicationId),
    queryFn: ({ signal }) =>
      request('GET', applicationUrl(applicationId), { schema: applicationSchema, signal }),
  });

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { roundId: string; provisionId: string }) =>
      request('POST', '/api/applications', { body, schema: applicationSchema }),
    onSuccess: (application) => {
      queryClient.setQueryData(queryKeys.application(application.id), application);
      return queryClient.invalidateQueries({ queryKey: queryKeys.applications });
    },
  });
}

/** Saves a draft. `keepalive` lets the request finish when the page is being left. */
export function saveDraft(
  applicationId: string,
  body: { version: number; content: ApplicationContent },
  keepalive = false,
): Promise<Application> {
  return request('PUT', applicationUrl(applicationId), {
    body,
    schema: applicationSchema,
    keepalive,
  });
}

/** After a change of status, the application and every list that shows it. */
function useRefreshApplication(applicationId: string) {
  const queryClient = useQueryClient();
  return (application?: Application) => {
    if (application) queryClient.setQueryData(queryKeys.application(applicationId), application);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.applications }),
      queryClient.invalidateQueries({ queryKey: queryKeys.rounds }),
    ]);
  };
}

export function useSubmitApplication(applicationId: string) {
  const refresh = useRefreshApplication(applicationId);
  return useMutation({
    mutationFn: (version: number) =>
      request('POST', `${applicationUrl(applicationId)}/submit`, {
        body: { version },
        schema: applicationSchema,
      }),
    onSuccess: refresh,
    // A late submission is an error answer, but it was stored: show the new status.
    onError: () => refresh(),
  });
}

export function useWithdrawApplication(applicationId: string) {
  const refresh = useRefreshApplication(applicationId);
  return useMutation({
    mutationFn: (reason: string) =>
      request('POST', `${applicationUrl(applicationId)}/withdraw`, {
        body: { reason },
        schema: applicationSchema,
      }),
    onSuccess: refresh,
  });
}

export function useUploadAttachment(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: AttachmentKind; file: File }) => {
      const form = new FormData();
      // The kind first: the server reads the fields that come before the file.
      form.append('kind', kind);
      form.append('file', file);
      return request('POST', `${applicationUrl(applicationId)}/attachments`, {
        body: form,
        schema: attachmentSchema,
      });
    },
    onSuccess: (attachment) =>
      queryClient.setQueryData<Application>(queryKeys.application(applicationId), (current) =>
        current ? { ...current, attachments: [...current.attachments, attachment] } : current,
      ),
  });
}

export function useRemoveAttachment(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      request('DELETE', attachmentUrl(applicationId, attachmentId)),
    onSuccess: (_, attachmentId) =>
      queryClient.setQueryData<Application>(queryKeys.application(applicationId), (current) =>
        current
          ? { ...current, attachments: current.attachments.filter((a) => a.id !== attachmentId) }
          : current,
      ),
  });
}
