import { z } from 'zod';
import { roleSchema } from '../../../domain/roles.ts';

export const loginBodySchema = z.object({
  email: z.string().trim().min(1, { message: 'Vul uw e-mailadres in.' }).max(320),
  password: z.string().min(1, { message: 'Vul uw wachtwoord in.' }).max(256),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

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
});
export type Me = z.infer<typeof meSchema>;
