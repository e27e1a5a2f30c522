import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { meSchema, type LoginBody } from '../../../../server/features/auth/auth.schemas.ts';
import {
  logoutHandoverSchema,
  oidcLoginOptionSchema,
  type LogoutHandover,
} from '../../../../server/features/auth/oidc.schemas.ts';
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
    // A session that began at the organisation's identity provider answers where to log out
    // there as well; a password session answers nothing.
    mutationFn: (): Promise<LogoutHandover | undefined> =>
      request('POST', '/api/auth/logout', { schema: logoutHandoverSchema }),
    onSuccess: () => {
      setCsrfToken(null);
      forgetPersonalData(queryClient);
      queryClient.setQueryData(queryKeys.me, null);
    },
  });
}

/** Whether the login page offers the organisation's own identity provider, and its text. */
export const oidcLoginOptionQueryOptions = queryOptions({
  queryKey: ['oidc-login-option'] as const,
  queryFn: () => request('GET', '/api/auth/oidc', { schema: oidcLoginOptionSchema }),
  staleTime: Infinity,
});

/** The server sends the browser on to the identity provider (a page load, not a fetch). */
export function oidcLoginHref(back: string | undefined): string {
  return back ? `/api/auth/oidc/login?terug=${encodeURIComponent(back)}` : '/api/auth/oidc/login';
}
