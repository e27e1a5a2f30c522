import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportAttachmentKind } from '../../../../domain/grants/report.ts';
import {
  type GrantReport,
  type ReportDraftBody,
  grantReportSchema,
  overdueReportsSchema,
  reportAttachmentSchema,
} from '../../../../server/features/grant-reports/grant-reports.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { grantKeys } from './grants-api.ts';

const enc = encodeURIComponent;
const reportUrl = (grantId: string) => `/api/grants/${enc(grantId)}/report`;
export const reportAttachmentUrl = (grantId: string, attachmentId: string) =>
  `${reportUrl(grantId)}/attachments/${enc(attachmentId)}`;

export const reportKeys = {
  one: (grantId: string) => ['grant-reports', 'one', grantId] as const,
  overdue: ['grant-reports', 'overdue'] as const,
};

export const grantReportQueryOptions = (grantId: string) =>
  queryOptions({
    queryKey: reportKeys.one(grantId),
    queryFn: ({ signal }) =>
      request('GET', reportUrl(grantId), { schema: grantReportSchema, signal }),
    staleTime: 0,
  });

export const overdueReportsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.overdue,
    queryFn: ({ signal }) =>
      request('GET', '/api/grant-reports/overdue', { schema: overdueReportsSchema, signal }),
    select: (data) => data.items,
    staleTime: 0,
  });

function useReportRefresh(grantId: string) {
  const queryClient = useQueryClient();
  return (report?: GrantReport) => {
    if (report) queryClient.setQueryData(reportKeys.one(grantId), report);
    else void queryClient.invalidateQueries({ queryKey: reportKeys.one(grantId) });
    return queryClient.invalidateQueries({ queryKey: grantKeys.all });
  };
}

export function useSaveReport(grantId: string) {
  const refresh = useReportRefresh(grantId);
  return useMutation({
    mutationFn: (body: ReportDraftBody) =>
      request('PUT', reportUrl(grantId), { body, schema: grantReportSchema }),
    onSuccess: (report) => refresh(report),
  });
}

export function useSubmitReport(grantId: string) {
  const refresh = useReportRefresh(grantId);
  return useMutation({
    mutationFn: () =>
      request('POST', `${reportUrl(grantId)}/submit`, { schema: grantReportSchema }),
    onSuccess: (report) => refresh(report),
  });
}

export function useUploadReportAttachment(grantId: string) {
  const refresh = useReportRefresh(grantId);
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ReportAttachmentKind; file: File }) => {
      const form = new FormData();
      // The kind first: the server reads the fields that come before the file.
      form.append('kind', kind);
      form.append('file', file);
      return request('POST', `${reportUrl(grantId)}/attachments`, {
        body: form,
        schema: reportAttachmentSchema,
      });
    },
    onSuccess: () => refresh(),
  });
}

export function useRemoveReportAttachment(grantId: string) {
  const refresh = useReportRefresh(grantId);
  return useMutation({
    mutationFn: (attachmentId: string) =>
      request('DELETE', reportAttachmentUrl(grantId, attachmentId)),
    onSuccess: () => refresh(),
  });
}
