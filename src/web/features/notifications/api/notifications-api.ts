import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type NotificationSettings,
  notificationListSchema,
  notificationSettingsSchema,
  unreadCountSchema,
} from '../../../../server/features/notifications/notifications.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

export const notificationListQueryOptions = queryOptions({
  queryKey: queryKeys.notificationList,
  queryFn: ({ signal }) =>
    request('GET', '/api/notifications', { schema: notificationListSchema, signal }),
});

export const notificationSettingsQueryOptions = queryOptions({
  queryKey: queryKeys.notificationSettings,
  queryFn: ({ signal }) =>
    request('GET', '/api/notifications/settings', { schema: notificationSettingsSchema, signal }),
});

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      request('POST', `/api/notifications/${encodeURIComponent(id)}/read`, {
        schema: unreadCountSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request('POST', '/api/notifications/read-all', { schema: unreadCountSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

export function useUpdateNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationSettings) =>
      request('PUT', '/api/notifications/settings', {
        body,
        schema: notificationSettingsSchema,
      }),
    onSuccess: (data) => queryClient.setQueryData(queryKeys.notificationSettings, data),
  });
}
