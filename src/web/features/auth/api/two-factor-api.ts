/**
 * The second factor: the code step of logging in, enrolling an app, one's own settings, the
 * demo's codes and a forgotten password. Not part of the login page's first JavaScript.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { meSchema, type Me } from '../../../../server/features/auth/auth.schemas.ts';
import type {
  PasswordResetBody,
  PasswordResetRequestBody,
} from '../../../../server/features/auth/password-reset.schemas.ts';
import {
  demoCodesSchema,
  enrolmentConfirmedSchema,
  enrolmentSchema,
  recoveryCodesSchema,
  twoFactorStatusSchema,
  type SecondFactorBody,
  type TotpCodeBody,
} from '../../../../server/features/auth/two-factor.schemas.ts';
import { request, setCsrfToken } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';
import { forgetPersonalData } from './auth-api.ts';

const twoFactorKey = ['two-factor'] as const;

/** A session that is complete now: its new CSRF token, and who is logged in. */
function useCompleteLogin() {
  const queryClient = useQueryClient();
  return (me: Me) => {
    setCsrfToken(me.csrfToken);
    forgetPersonalData(queryClient);
    queryClient.setQueryData(queryKeys.me, me);
  };
}

export function useVerifySecondFactor() {
  const complete = useCompleteLogin();
  return useMutation({
    mutationFn: (body: SecondFactorBody) =>
      request('POST', '/api/auth/two-factor/verify', { body, schema: meSchema }),
    onSuccess: complete,
  });
}

export function useStartEnrolment() {
  return useMutation({
    mutationFn: () =>
      request('POST', '/api/auth/two-factor/enrolment', { schema: enrolmentSchema }),
  });
}

export function useConfirmEnrolment() {
  const complete = useCompleteLogin();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) =>
      request('POST', '/api/auth/two-factor/enrolment/confirm', {
        body,
        schema: enrolmentConfirmedSchema,
      }),
    onSuccess: async (result) => {
      complete(result.me);
      await queryClient.invalidateQueries({ queryKey: twoFactorKey });
    },
  });
}

export const twoFactorStatusQueryOptions = queryOptions({
  queryKey: twoFactorKey,
  queryFn: ({ signal }) =>
    request('GET', '/api/auth/two-factor', { schema: twoFactorStatusSchema, signal }),
});

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) =>
      request('POST', '/api/auth/two-factor/disable', { body, schema: twoFactorStatusSchema }),
    onSuccess: (status) => queryClient.setQueryData(twoFactorKey, status),
  });
}

export function useRenewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TotpCodeBody) =>
      request('POST', '/api/auth/two-factor/recovery-codes', { body, schema: recoveryCodesSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: twoFactorKey }),
  });
}

/** The demo accounts' current codes, asked again when the app would show the next one. */
export const demoCodesQueryOptions = queryOptions({
  queryKey: ['demo-codes'] as const,
  queryFn: ({ signal }) =>
    request('GET', '/api/auth/demo-codes', { schema: demoCodesSchema, signal }),
  staleTime: 0,
  refetchInterval: (query) => {
    const next = query.state.data?.codes[0]?.nextAt;
    const wait = next ? new Date(next).getTime() - Date.now() + 500 : 30_000;
    return Math.min(30_000, Math.max(1_000, wait));
  },
});

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequestBody) =>
      request('POST', '/api/auth/password-reset', { body }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: PasswordResetBody) =>
      request('POST', '/api/auth/password-reset/confirm', { body }),
  });
}
