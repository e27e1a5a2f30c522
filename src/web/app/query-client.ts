import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, setCsrfToken } from './api-client.ts';
import { queryKeys } from './queries.ts';

/**
 * When the session has expired (401 UNAUTHENTICATED on any call), forget who was logged in;
 * the authenticated layout then sends the person to the login page. When the server says the
 * login lacks its second step, ask again who is logged in, so the router goes to that step.
 */
function onSessionLost(error: unknown, client: () => QueryClient) {
  if (error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED') {
    setCsrfToken(null);
    client().setQueryData(queryKeys.me, null);
  }
  if (
    error instanceof ApiError &&
    (error.code === 'TWO_FACTOR_REQUIRED' || error.code === 'TWO_FACTOR_ENROLMENT_REQUIRED')
  ) {
    void client().invalidateQueries({ queryKey: queryKeys.me });
  }
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onSessionLost(error, () => client) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(error, () => client) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}
