import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  paymentAccountSchema,
  type PaymentAccountBody,
} from '../../../../server/features/settings/payment-account.schemas.ts';
import {
  settingsSchema,
  type PrivacySettingsBody,
} from '../../../../server/features/settings/settings.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export function useUpdatePrivacySettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PrivacySettingsBody) =>
      request('PUT', '/api/settings/privacy', { body, schema: settingsSchema }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });
}

const PAYMENT_ACCOUNT_KEY = ['settings', 'payment-account'] as const;

/** The municipality's own account for payment runs (administrator and finance). */
export const paymentAccountQueryOptions = queryOptions({
  queryKey: PAYMENT_ACCOUNT_KEY,
  queryFn: () => request('GET', '/api/settings/payment-account', { schema: paymentAccountSchema }),
});

export function useUpdatePaymentAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PaymentAccountBody) =>
      request('PUT', '/api/settings/payment-account', { body, schema: paymentAccountSchema }),
    onSuccess: (account) => queryClient.setQueryData(PAYMENT_ACCOUNT_KEY, account),
  });
}
