import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '../../../app/api-client.ts';
import {
  decisionListSchema,
  decisionSchema,
  generationStartedSchema,
  issueResultSchema,
  jobSchema,
  type RenunciationBody,
} from '../../../../server/features/decisions/decisions.schemas.ts';

const enc = encodeURIComponent;

export const decisionKeys = {
  all: ['decisions'] as const,
  list: (roundId: string) => ['decisions', 'round', roundId] as const,
  job: (jobId: string) => ['decisions', 'job', jobId] as const,
  ofApplication: (applicationId: string) => ['decisions', 'application', applicationId] as const,
};

export const decisionsQueryOptions = (roundId: string) =>
  queryOptions({
    queryKey: decisionKeys.list(roundId),
    queryFn: ({ signal }) =>
      request('GET', `/api/rounds/${enc(roundId)}/decisions`, {
        schema: decisionListSchema,
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });

/** The job's progress, asked every second until it is done or failed. */
export const jobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: decisionKeys.job(jobId),
    queryFn: ({ signal }) =>
      request('GET', `/api/jobs/${enc(jobId)}`, { schema: jobSchema, signal }),
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
    staleTime: 0,
  });

export const decisionQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: decisionKeys.ofApplication(applicationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/applications/${enc(applicationId)}/decision`, {
        schema: decisionSchema,
        signal,
      }),
    retry: false,
  });

export const decisionPdfUrl = (applicationId: string) =>
  `/api/applications/${enc(applicationId)}/decision.pdf`;

export function useGenerateDecisions(roundId: string) {
  return useMutation({
    mutationFn: () =>
      request('POST', `/api/rounds/${enc(roundId)}/decisions/generate`, {
        schema: generationStartedSchema,
      }),
  });
}

export function useIssueDecisions(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request('POST', `/api/rounds/${enc(roundId)}/decisions/issue`, {
        schema: issueResultSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: decisionKeys.all }),
  });
}

/** The organisation renounces its grant; the policy officer records it on a written request. */
export function useRenounceGrant(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RenunciationBody) =>
      request('POST', `/api/applications/${enc(applicationId)}/renunciation`, {
        body,
        schema: decisionSchema,
      }),
    onSuccess: (decision) =>
      queryClient.setQueryData(decisionKeys.ofApplication(applicationId), decision),
  });
}
