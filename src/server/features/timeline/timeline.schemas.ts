import { z } from 'zod';

export const timelineStepSchema = z.object({
  code: z.string(),
  label: z.string(),
  /** YYYY-MM-DD: when it happened, or for a step still to come the day it is due. */
  day: z.iso.date().nullable(),
  state: z.enum(['done', 'current', 'upcoming']),
  note: z.string().nullable(),
});

export const timelineSchema = z.object({
  applicationId: z.uuid(),
  steps: z.array(timelineStepSchema),
});
export type Timeline = z.infer<typeof timelineSchema>;
export type TimelineStepView = z.infer<typeof timelineStepSchema>;

export const timelineParamsSchema = z.object({ applicationId: z.uuid() });
