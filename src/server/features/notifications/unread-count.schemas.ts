import { z } from 'zod';

/** The number of unread notifications, for the bell in the header. */
export const unreadCountSchema = z.object({ unread: z.number().int() });
