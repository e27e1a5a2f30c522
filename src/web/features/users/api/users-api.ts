import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { twoFactorStatusSchema } from '../../../../server/features/auth/two-factor.schemas.ts';
import {
  clearLoginThrottleResultSchema,
  userListSchema,
  userSchema,
  type CreateUserBody,
  type UpdateUserBody,
} from '../../../../server/features/users/users.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const usersKey = ['users'] as const;

export const usersQueryOptions = queryOptions({
  queryKey: usersKey,
  queryFn: ({ signal }) => request('GET', '/api/users', { schema: userListSchema, signal }),
  select: (data) => data.items,
});

function useInvalidateAfterUserChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: usersKey }),
      // Member counts of organisations and the logged-in person's own roles may have changed.
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
      queryClient.invalidateQueries({ queryKey: queryKeys.me }),
    ]);
}

/** Adds a user, or, given the id of one, changes that user. */
export function useSaveUser(userId: string | undefined) {
  const invalidate = useInvalidateAfterUserChange();
  return useMutation({
    mutationFn: (body: CreateUserBody | UpdateUserBody) =>
      userId === undefined
        ? request('POST', '/api/users', { body, schema: userSchema })
        : request('PATCH', `/api/users/${encodeURIComponent(userId)}`, {
            body,
            schema: userSchema,
          }),
    onSuccess: invalidate,
  });
}

/** Lifts the login delays of an account (docs/rules/login-throttle.md). */
export function useClearLoginThrottle(userId: string) {
  return useMutation({
    mutationFn: () =>
      request('DELETE', `/api/users/${encodeURIComponent(userId)}/login-failures`, {
        schema: clearLoginThrottleResultSchema,
      }),
  });
}

const twoFactorKey = (userId: string) => [...usersKey, userId, 'two-factor'] as const;

export const userTwoFactorQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: twoFactorKey(userId),
    queryFn: ({ signal }) =>
      request('GET', `/api/users/${encodeURIComponent(userId)}/two-factor`, {
        schema: twoFactorStatusSchema,
        signal,
      }),
  });

/** Removes a user's second factor (a lost phone); their sessions end. */
export function useResetTwoFactor(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      request('DELETE', `/api/users/${encodeURIComponent(userId)}/two-factor`, {
        schema: twoFactorStatusSchema,
      }),
    onSuccess: (status) => queryClient.setQueryData(twoFactorKey(userId), status),
  });
}
