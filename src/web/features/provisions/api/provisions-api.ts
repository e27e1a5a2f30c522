import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  provisionSchema,
  type ProvisionBody,
} from '../../../../server/features/provisions/provisions.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

const provisionUrl = (provisionId: string) => `/api/provisions/${encodeURIComponent(provisionId)}`;

export function useCreateProvision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProvisionBody) =>
      request('POST', '/api/provisions', { body, schema: provisionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.provisions }),
  });
}

export function useUpdateProvision(provisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<ProvisionBody, 'organisationId'>) =>
      request('PATCH', provisionUrl(provisionId), { body, schema: provisionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.provisions }),
  });
}
