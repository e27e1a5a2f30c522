import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type AcceptInvitationBody,
  acceptedInvitationSchema,
  type InvitationBody,
  invitationListSchema,
  invitationLookupSchema,
  invitationSchema,
} from '../../../../server/features/organisations/invitations.schemas.ts';
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

const invitationsUrl = (organisationId: string) =>
  `/api/organisations/${encodeURIComponent(organisationId)}/invitations`;

export const invitationsQueryOptions = (organisationId: string) =>
  queryOptions({
    queryKey: queryKeys.invitations(organisationId),
    queryFn: ({ signal }) =>
      request('GET', invitationsUrl(organisationId), {
        schema: invitationListSchema,
        signal,
      }),
    select: (data) => data.items,
  });

export function useInviteColleague(organisationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationBody) =>
      request('POST', invitationsUrl(organisationId), { body, schema: invitationSchema }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: queryKeys.invitations(organisationId) }),
  });
}

const invitationUrl = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export const invitationLookupQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token] as const,
    queryFn: ({ signal }) =>
      request('GET', invitationUrl(token), { schema: invitationLookupSchema, signal }),
    retry: false,
  });

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) =>
      request('POST', `${invitationUrl(token)}/accept`, { body, schema: acceptedInvitationSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
