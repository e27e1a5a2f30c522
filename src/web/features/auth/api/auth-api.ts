import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { meSchema, type LoginBody } from '../../../../server/features/auth/auth.schemas.ts';
import { request, setCsrfToken } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

/** Forget everything fetched for the previous person; keep the public settings. */
export function forgetPersonalData(queryClient: QueryClient) {
  queryClient.removeQueries({
    predicate: (query) =>
      query.queryKey[0] !== queryKeys.settings[0] && query.queryKey[0] !== queryKeys.me[0],
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => request('POST', '/api/auth/login', { body, schema: meSchema }),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      forgetPersonalData(queryClient);
      queryClient.setQueryData(queryKeys.me, me);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', '/api/auth/logout'),
    onSuccess: () => {
      setCsrfToken(null);
      forgetPersonalData(queryClient);
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}
