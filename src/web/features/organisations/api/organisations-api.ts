import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  organisationSchema,
  type OrganisationBody,
} from '../../../../server/features/organisations/organisations.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export const organisationQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: queryKeys.organisation(organisationId),
    queryFn: ({ signal }) =>
      request('GET', `/api/organisations/${encodeURIComponent(organisationId)}`, {
        schema: organisationSchema,
        signal,
      }),
  });

function useInvalidateAfterOrganisationChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      // The list and every single organisation (same key prefix).
      queryClient.invalidateQueries({ queryKey: queryKeys.organisations }),
      // Users show the names of their organisations; the logged-in person's too.
      queryClient.invalidateQueries({ queryKey: ['users'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.me }),
    ]);
}

export function useCreateOrganisation() {
  const invalidate = useInvalidateAfterOrganisationChange();
  return useMutation({
    mutationFn: (body: OrganisationBody) =>
      request('POST', '/api/organisations', { body, schema: organisationSchema }),
    onSuccess: invalidate,
  });
}

export function useUpdateOrganisation(organisationId: string) {
  const invalidate = useInvalidateAfterOrganisationChange();
  return useMutation({
    mutationFn: (body: OrganisationBody) =>
      request('PATCH', `/api/organisations/${encodeURIComponent(organisationId)}`, {
        body,
        schema: organisationSchema,
      }),
    onSuccess: invalidate,
  });
}
