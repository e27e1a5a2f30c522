import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { CATEGORY_CODES } from '../../../../domain/tender/categories.ts';
import { request } from '../../../app/api-client.ts';
import {
  type RenunciationBody,
  renunciationSchema,
} from '../../../../server/features/decisions/decisions.schemas.ts';

const enc = encodeURIComponent;

export const OUTCOMES = [
  'granted',
  'partially_granted',
  'not_granted_ceiling',
  'rejected_criterion_below_6',
  'rejected_general_conditions',
  'late',
] as const;

const jobSchema = z.object({
  id: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  error: z.string().nullable(),
});

const decisionRowSchema = z.object({
  id: z.string(),
  reference: z.string(),
  applicationId: z.string(),
  applicationReference: z.string(),
  organisationName: z.string(),
  category: z.enum(CATEGORY_CODES),
  outcome: z.enum(OUTCOMES),
  grantedCents: z.number().int(),
  issuedAt: z.string().nullable(),
});

export const decisionSchema = z.object({
  id: z.string(),
  reference: z.string(),
  outcome: z.string(),
  title: z.string(),
  grantedCents: z.number().int(),
  issuedAt: z.string().nullable(),
  sentDay: z.string().nullable(),
  objectionDeadline: z.string().nullable(),
  html: z.string(),
  renunciation: renunciationSchema.nullable(),
});

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
        schema: z.object({ items: z.array(decisionRowSchema) }),
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
        schema: z.object({ jobId: z.string() }),
      }),
  });
}

export function useIssueDecisions(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request('POST', `/api/rounds/${enc(roundId)}/decisions/issue`, {
        schema: z.object({
          issued: z.number().int(),
          sentDay: z.string(),
          objectionDeadline: z.string(),
        }),
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
