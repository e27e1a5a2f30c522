// zod/mini: the bell is part of every page's first JavaScript (see auth.schemas.ts).
import * as z from 'zod/mini';

/** The number of unread notifications, for the bell in the header. */
export const unreadCountSchema = z.object({ unread: z.int() });
