/**
 * The bell's count, apart from the rest of the notifications' API: the header is on every
 * page, including the login page, whose JavaScript must stay small.
 */
import { queryOptions } from '@tanstack/react-query';
import { unreadCountSchema } from '../../../../server/features/notifications/unread-count.schemas.ts';
import { request } from '../../../app/api-client.ts';
import { queryKeys } from '../../../app/queries.ts';

/** Checked again every minute while a page is open. */
export const unreadNotificationsQueryOptions = queryOptions({
  queryKey: queryKeys.unreadNotifications,
  queryFn: ({ signal }) =>
    request('GET', '/api/notifications/unread-count', { schema: unreadCountSchema, signal }),
  select: (data) => data.unread,
  refetchInterval: 60_000,
});
