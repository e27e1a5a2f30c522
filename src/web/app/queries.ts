/**
 * Server state the application shell reads before any page shows: who is logged in and the
 * installation's settings. Each has one query key, so a change anywhere refreshes it everywhere.
 * Server state that several features read but the login page does not need is in
 * `shared-queries.ts`, so its schemas stay out of the JavaScript of the login page.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../../domain/roles.ts';
import { meSchema, type Me } from '../../server/features/auth/auth.schemas.ts';
import { settingsSchema } from '../../server/features/settings/settings.schemas.ts';
import { ApiError, request, setCsrfToken } from './api-client.ts';

export const queryKeys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  organisations: ['organisations'] as const,
  organisation: (id: string) => ['organisations', id] as const,
  invitations: (organisationId: string) =>
    ['organisations', organisationId, 'invitations'] as const,
  neighbourhoods: ['neighbourhoods'] as const,
  rounds: ['rounds'] as const,
  round: (id: string) => ['rounds', id] as const,
  /** Under 'assessment': every change of the assessment refreshes it. */
  roundAssessment: (roundId: string) => ['assessment', 'round', roundId] as const,
  schemes: ['schemes'] as const,
  provisions: ['provisions'] as const,
  provision: (id: string) => ['provisions', id] as const,
  /** One week of attendance; `week` is any day of it, 'current' for the week of today. */
  attendanceWeek: (provisionId: string, week: string) =>
    ['provisions', provisionId, 'attendance', week] as const,
  applications: ['applications'] as const,
  applicationList: (filter: object) => ['applications', 'list', filter] as const,
  application: (id: string) => ['applications', 'detail', id] as const,
  outbox: ['outbox'] as const,
  /** Everything about participants; a change to one refreshes lists and counts as well. */
  participants: ['participants'] as const,
  participantProvisions: ['participants', 'provisions'] as const,
  participantList: (provisionId: string, status: string) =>
    ['participants', 'list', provisionId, status] as const,
  participant: (id: string) => ['participants', id] as const,
  coordinators: (provisionId: string) => ['provisions', provisionId, 'coordinators'] as const,
  referrals: ['referrals'] as const,
  referralList: (filter: object) => ['referrals', 'list', filter] as const,
  referralFinder: (filter: object) => ['referrals', 'finder', filter] as const,
  measurements: (participantId: string) => ['participants', participantId, 'measurements'] as const,
  questionnaire: (token: string) => ['questionnaire', token] as const,
  /** The list, the unread count of the bell and the digest setting. */
  notifications: ['notifications'] as const,
  notificationList: ['notifications', 'list'] as const,
  unreadNotifications: ['notifications', 'unread'] as const,
  notificationSettings: ['notifications', 'settings'] as const,
  homeTasks: ['home-tasks'] as const,
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

export function useMe(): Me | null {
  return useQuery(meQueryOptions).data ?? null;
}

export function hasAnyRole(me: Me | null, roles: readonly Role[]): boolean {
  return !!me && me.roles.some((role) => roles.includes(role));
}
