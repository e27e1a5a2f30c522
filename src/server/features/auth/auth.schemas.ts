import { z } from 'zod';
import { roleSchema } from '../../../domain/roles.ts';

export const loginBodySchema = z.object({
  email: z.string().trim().min(1, { message: 'Vul uw e-mailadres in.' }).max(320),
  password: z.string().min(1, { message: 'Vul uw wachtwoord in.' }).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

/**
 * What a session still lacks after the password: the code of the second factor, or enrolling
 * one (a role that requires it). Until then only that step and logging out work.
 */
export const pendingStepSchema = z.enum(['two_factor', 'two_factor_enrolment']);
export type PendingStep = z.infer<typeof pendingStepSchema>;

export const organisationRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  organisations: z.array(organisationRefSchema),
  /** The provisions this user coordinates: only there they see participants. */
  coordinatedProvisionIds: z.array(z.uuid()),
  /** Send back in the `x-csrf-token` header on every change (POST, PATCH, PUT, DELETE). */
  csrfToken: z.string(),
  /** Present while the login is not complete: the step that comes first. */
  pendingStep: pendingStepSchema.optional(),
});
export type Me = z.infer<typeof meSchema>;
