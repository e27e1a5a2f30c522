import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  provisionSchema,
  type ProvisionBody,
  type ProvisionVisibilityBody,
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
    mutationFn: (body: Partial<Omit<ProvisionBody, 'organisationId'>>) =>
      request('PATCH', provisionUrl(provisionId), { body, schema: provisionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.provisions }),
  });
}

/** The provision changed: its page, the list, and the public map (next visit) show it. */
function useProvisionChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.provisions });
}

export function useSetPhoto(provisionId: string) {
  const changed = useProvisionChanged();
  return useMutation({
    mutationFn: ({ photo, altText }: { photo: File; altText: string }) => {
      const form = new FormData();
      // The text first: the server reads the fields that come before the file.
      form.append('altText', altText);
      form.append('photo', photo);
      return request('PUT', `${provisionUrl(provisionId)}/photo`, {
        body: form,
        schema: provisionSchema,
      });
    },
    onSuccess: changed,
  });
}

export function useRemovePhoto(provisionId: string) {
  const changed = useProvisionChanged();
  return useMutation({
    mutationFn: () =>
      request('DELETE', `${provisionUrl(provisionId)}/photo`, { schema: provisionSchema }),
    onSuccess: changed,
  });
}

export function useSetVisibility(provisionId: string) {
  const changed = useProvisionChanged();
  return useMutation({
    mutationFn: (body: ProvisionVisibilityBody) =>
      request('PUT', `${provisionUrl(provisionId)}/visibility`, { body, schema: provisionSchema }),
    onSuccess: changed,
  });
}
