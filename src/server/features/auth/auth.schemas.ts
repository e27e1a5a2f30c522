/**
 * Written with zod/mini, as is every schema the login page loads (oidc.schemas.ts, settings,
 * the bell's count, the roles): the full zod would add about 4 kB gzip to the JavaScript that
 * every visitor loads first, which scripts/check-bundle-size.ts holds under 150 kB. The
 * server and the other pages use them as they use the full zod's schemas.
 */
import * as z from 'zod/mini';
import { roleSchema } from '../../../domain/roles.ts';

export const loginBodySchema = z.object({
  email: z
    .string()
    .check(z.trim(), z.minLength(1, { message: 'Vul uw e-mailadres in.' }), z.maxLength(320)),
  password: z
    .string()
    .check(z.minLength(1, { message: 'Vul uw wachtwoord in.' }), z.maxLength(256)),
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
  pendingStep: z.optional(pendingStepSchema),
});
export type Me = z.infer<typeof meSchema>;
