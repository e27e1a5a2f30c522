import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type StartCouncilReport,
  councilReportListSchema,
  councilReportStartedSchema,
} from '../../../../server/features/council-report/council-report.schemas.ts';
import { request } from '../../../app/api-client.ts';

const KEY = ['council-reports'] as const;

/** The list, asked every second while a report is being made. */
export const councilReportsQueryOptions = () =>
  queryOptions({
    queryKey: KEY,
    queryFn: ({ signal }) =>
      request('GET', '/api/council-reports', { schema: councilReportListSchema, signal }),
    refetchInterval: (query) =>
      query.state.data?.reports.some((r) => r.status === 'generating') ? 1000 : false,
    staleTime: 0,
  });

export function useStartCouncilReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartCouncilReport) =>
      request('POST', '/api/council-reports', { body, schema: councilReportStartedSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export const councilReportFileUrl = (reportId: string, kind: 'pdf' | 'xlsx') =>
  `/api/council-reports/${encodeURIComponent(reportId)}/report.${kind}`;
