import { z } from 'zod';

export const NOTIFICATION_KINDS = [
  'assignment',
  'referral',
  'decision',
  'completion_request',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  /** The page of the web app where the task is done. */
  link: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

// Its own file: the header's bell needs it on every page, the rest of this file it does not.
export { unreadCountSchema } from './unread-count.schemas.ts';

export const notificationParamsSchema = z.object({ notificationId: z.uuid() });

export const notificationSettingsSchema = z.object({
  /** A daily e-mail with the unread notifications of the last day. */
  digest: z.boolean({ error: 'Kies of u de dagelijkse e-mail wilt ontvangen.' }),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
