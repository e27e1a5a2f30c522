/**
 * The double-financing API for the Wmo analyst: imports of allocations (with their progress),
 * the scope, matching runs, signals with their follow-up, providers and the dashboard.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  dashboardSchema,
  matchingRunListSchema,
  matchingRunSchema,
  matchingScopeSchema,
  providerEmailResponseSchema,
  signalDetailSchema,
  signalListSchema,
  wmoImportListSchema,
  wmoImportSchema,
  type MatchingScope,
  type SignalListQuery,
  type WmoImport,
} from '../../../../server/features/double-financing/double-financing.schemas.ts';
import type { MatchingScopeBody } from '../../../../domain/double-financing/scope.ts';
import type {
  SignalNoteBody,
  SignalStatusBody,
} from '../../../../domain/double-financing/signals.ts';
import { queryString, request } from '../../../app/api-client.ts';

const enc = encodeURIComponent;
const BASE = '/api/wmo';

export const doubleFinancingKeys = {
  all: ['double-financing'] as const,
  imports: ['double-financing', 'imports'] as const,
  import: (id: string) => ['double-financing', 'imports', id] as const,
  scope: ['double-financing', 'scope'] as const,
  runs: ['double-financing', 'runs'] as const,
  signals: ['double-financing', 'signals'] as const,
  signalList: (filter: SignalListQuery) => ['double-financing', 'signals', 'list', filter] as const,
  signal: (id: string) => ['double-financing', 'signals', 'detail', id] as const,
  dashboard: ['double-financing', 'dashboard'] as const,
};

/** Still at work: the page asks again every second. */
export const isImportBusy = (item: Pick<WmoImport, 'status'>) =>
  item.status === 'queued' || item.status === 'running';

export const importsQueryOptions = queryOptions({
  queryKey: doubleFinancingKeys.imports,
  queryFn: ({ signal }) =>
    request('GET', `${BASE}/imports`, { schema: wmoImportListSchema, signal }),
  select: (data) => data.items,
  staleTime: 0,
});

/** One import, asked every second while it is queued or running. */
export const importQueryOptions = (importId: string) =>
  queryOptions({
    queryKey: doubleFinancingKeys.import(importId),
    queryFn: ({ signal }) =>
      request('GET', `${BASE}/imports/${enc(importId)}`, { schema: wmoImportSchema, signal }),
    refetchInterval: (query) =>
      query.state.data && !isImportBusy(query.state.data) ? false : 1000,
    staleTime: 0,
  });

export function useUploadImports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      return request('POST', `${BASE}/imports`, { body: form, schema: wmoImportListSchema });
    },
    onSuccess: (result) => {
      for (const item of result.items) {
        queryClient.setQueryData(doubleFinancingKeys.import(item.id), item);
      }
      return queryClient.invalidateQueries({ queryKey: doubleFinancingKeys.imports });
    },
  });
}

export const scopeQueryOptions = queryOptions({
  queryKey: doubleFinancingKeys.scope,
  queryFn: ({ signal }) => request('GET', `${BASE}/scope`, { schema: matchingScopeSchema, signal }),
});

export function useSaveScope() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MatchingScopeBody) =>
      request('PUT', `${BASE}/scope`, { body, schema: matchingScopeSchema }),
    onSuccess: (scope: MatchingScope) => queryClient.setQueryData(doubleFinancingKeys.scope, scope),
  });
}

export const runsQueryOptions = queryOptions({
  queryKey: doubleFinancingKeys.runs,
  queryFn: ({ signal }) =>
    request('GET', `${BASE}/runs`, { schema: matchingRunListSchema, signal }),
  select: (data) => data.items,
  staleTime: 0,
});

/** A run changes the runs, the signals and the dashboard. */
export function useStartRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', `${BASE}/runs`, { schema: matchingRunSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: doubleFinancingKeys.all }),
  });
}

export const signalsQueryOptions = (filter: SignalListQuery) =>
  queryOptions({
    queryKey: doubleFinancingKeys.signalList(filter),
    queryFn: ({ signal }) =>
      request('GET', `${BASE}/signals${queryString({ ...filter })}`, {
        schema: signalListSchema,
        signal,
      }),
    staleTime: 0,
  });

export const signalQueryOptions = (signalId: string) =>
  queryOptions({
    queryKey: doubleFinancingKeys.signal(signalId),
    queryFn: ({ signal }) =>
      request('GET', `${BASE}/signals/${enc(signalId)}`, { schema: signalDetailSchema, signal }),
    retry: false,
  });

/** After a change of a signal: its page, the lists and the dashboard are out of date. */
function useSignalChange<T>(signalId: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => request('POST', `${BASE}/signals/${enc(signalId)}/${path}`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: doubleFinancingKeys.all }),
  });
}

export const useChangeSignalStatus = (signalId: string) =>
  useSignalChange<SignalStatusBody>(signalId, 'status');

export const useAddSignalNote = (signalId: string) =>
  useSignalChange<SignalNoteBody>(signalId, 'notes');

export const providerLetterUrl = (providerAgb: string) =>
  `${BASE}/providers/${enc(providerAgb)}/letter.pdf`;

export function useEmailProvider() {
  return useMutation({
    mutationFn: ({ providerAgb, to }: { providerAgb: string; to: string }) =>
      request('POST', `${BASE}/providers/${enc(providerAgb)}/email`, {
        body: { to },
        schema: providerEmailResponseSchema,
      }),
  });
}

export const dashboardQueryOptions = queryOptions({
  queryKey: doubleFinancingKeys.dashboard,
  queryFn: ({ signal }) => request('GET', `${BASE}/dashboard`, { schema: dashboardSchema, signal }),
  staleTime: 0,
});
