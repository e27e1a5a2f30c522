import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import {
  assessmentViewSchema,
  assignmentListSchema,
  type ConditionChecksBody,
  conflictListSchema,
  roundAssessmentSchema,
  scoreOverviewSchema,
} from '../../../../server/features/assessment/assessment.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const enc = encodeURIComponent;

export const assessmentKeys = {
  all: ['assessment'] as const,
  assignments: ['assessment', 'assignments'] as const,
  view: (applicationId: string) => ['assessment', 'view', applicationId] as const,
  round: queryKeys.roundAssessment,
  scores: (applicationId: string) => ['assessment', 'scores', applicationId] as const,
  conflicts: (roundId: string) => ['assessment', 'conflicts', roundId] as const,
};

/** The assessor's own assignments. */
export const assignmentsQueryOptions = queryOptions({
  queryKey: assessmentKeys.assignments,
  queryFn: ({ signal }) =>
    request('GET', '/api/assessments', {
      schema: assignmentListSchema,
      signal,
    }),
  select: (data) => data.items,
  staleTime: 0,
});

export const assessmentViewQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: assessmentKeys.view(applicationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/assessments/${enc(applicationId)}`, {
        schema: assessmentViewSchema,
        signal,
      }),
    staleTime: 0,
  });

// The ranking reads the round's assessment too, so it is shared (app/shared-queries.ts);
// its key (`assessmentKeys.round`) stays under `assessmentKeys.all`.
export { roundAssessmentQueryOptions } from '../../../app/shared-queries.ts';

export const scoreOverviewQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: assessmentKeys.scores(applicationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/applications/${enc(applicationId)}/scores`, {
        schema: scoreOverviewSchema,
        signal,
      }),
    staleTime: 0,
  });

function useInvalidateAssessment() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assessmentKeys.all });
}

/** Save (`submit: false`) or submit the assessor's own scores. */
export function useSaveScores(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ scores, submit }: { scores: ScoreSheet; submit: boolean }) =>
      submit
        ? request('POST', `/api/assessments/${enc(applicationId)}/submit`, {
            body: { scores },
            schema: assessmentViewSchema,
          })
        : request('PUT', `/api/assessments/${enc(applicationId)}`, {
            body: { scores },
            schema: assessmentViewSchema,
          }),
    onSuccess: (view) => {
      queryClient.setQueryData(assessmentKeys.view(applicationId), view);
      return queryClient.invalidateQueries({ queryKey: assessmentKeys.assignments });
    },
  });
}

/** The assessor declares an interest in an organisation of the round. */
export function useDeclareConflict() {
  const invalidate = useInvalidateAssessment();
  return useMutation({
    mutationFn: ({
      roundId,
      organisationId,
      reason,
    }: {
      roundId: string;
      organisationId: string;
      reason: string;
    }) =>
      request('POST', `/api/rounds/${enc(roundId)}/conflicts`, {
        body: { organisationId, reason },
        schema: conflictListSchema,
      }),
    onSuccess: invalidate,
  });
}

export function useAssignAssessors(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      applicationId,
      assessorIds,
    }: {
      applicationId: string;
      assessorIds: string[];
    }) =>
      request('PUT', `/api/applications/${enc(applicationId)}/assessors`, {
        body: { assessorIds },
        schema: roundAssessmentSchema,
      }),
    onSuccess: (data) => queryClient.setQueryData(assessmentKeys.round(roundId), data),
  });
}

/** The same assessors for many applications of the round at once. */
export function useAssignAssessorsToMany(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { applicationIds: string[]; assessorIds: string[] }) =>
      request('POST', `/api/rounds/${enc(roundId)}/assessors`, {
        body,
        schema: roundAssessmentSchema,
      }),
    onSuccess: (data) => queryClient.setQueryData(assessmentKeys.round(roundId), data),
  });
}

export type ConditionCheck = ConditionChecksBody['checks'][number];

export function useRecordConditions(applicationId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAssessment();
  return useMutation({
    mutationFn: (checks: ConditionCheck[]) =>
      request('PUT', `/api/applications/${enc(applicationId)}/conditions`, {
        body: { checks },
        schema: scoreOverviewSchema,
      }),
    onSuccess: async (data) => {
      await invalidate();
      queryClient.setQueryData(assessmentKeys.scores(applicationId), data);
    },
  });
}

export function useFixFinalScores(applicationId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateAssessment();
  return useMutation({
    mutationFn: (scores: ScoreSheet) =>
      request('PUT', `/api/applications/${enc(applicationId)}/final-scores`, {
        body: { scores },
        schema: scoreOverviewSchema,
      }),
    onSuccess: async (data) => {
      await invalidate();
      queryClient.setQueryData(assessmentKeys.scores(applicationId), data);
    },
  });
}
