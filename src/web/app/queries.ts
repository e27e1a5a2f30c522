/**
 * Server state more than one feature reads: who is logged in, the installation's settings and
 * the list of organisations. Each has one query key, so a change anywhere refreshes it everywhere.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../../domain/roles.ts';
import { meSchema, type Me } from '../../server/features/auth/auth.schemas.ts';
import { organisationListSchema } from '../../server/features/organisations/organisations.schemas.ts';
import { settingsSchema } from '../../server/features/settings/settings.schemas.ts';
import { ApiError, request, setCsrfToken } from './api-client.ts';

export const queryKeys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  organisations: ['organisations'] as const,
  organisation: (id: string) => ['organisations', id] as const,
};

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await request('GET', '/api/auth/me', { schema: meSchema });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** `null` when nobody is logged in. */
export const meQueryOptions = queryOptions({
  queryKey: queryKeys.me,
  queryFn: fetchMe,
  staleTime: 60_000,
});

export const settingsQueryOptions = queryOptions({
  queryKey: queryKeys.settings,
  queryFn: () => request('GET', '/api/settings', { schema: settingsSchema }),
  staleTime: Infinity,
});

export const organisationListQueryOptions = queryOptions({
  queryKey: queryKeys.organisations,
  queryFn: ({ signal }) =>
    request('GET', '/api/organisations', { schema: organisationListSchema, signal }),
  select: (data) => data.items,
});

export function useMe(): Me | null {
  return useQuery(meQueryOptions).data ?? null;
}

export function hasAnyRole(me: Me | null, roles: readonly Role[]): boolean {
  return !!me && me.roles.some((role) => roles.includes(role));
}
