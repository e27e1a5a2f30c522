import { z } from 'zod';
import { emailSchema } from '../../../domain/email.ts';
import { newPasswordSchema } from '../../../domain/password.ts';
import { roleSchema } from '../../../domain/roles.ts';
import { organisationRefSchema } from '../auth/auth.schemas.ts';

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  organisations: z.array(organisationRefSchema),
  active: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ items: z.array(userSchema) });

const nameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vul een naam in.' })
  .max(200, { message: 'De naam mag hoogstens 200 tekens lang zijn.' });

export const createUserBodySchema = z.object({
  email: emailSchema,
  name: nameSchema,
  password: newPasswordSchema,
  roles: z.array(roleSchema).min(1, { message: 'Kies minstens één rol.' }),
  organisationIds: z.array(z.uuid()).default([]),
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    name: nameSchema,
    roles: z.array(roleSchema).min(1, { message: 'Kies minstens één rol.' }),
    organisationIds: z.array(z.uuid()),
    active: z.boolean(),
    password: newPasswordSchema,
  })
  .partial();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const userParamsSchema = z.object({ userId: z.uuid() });

export const clearLoginThrottleResultSchema = z.object({
  /** How many failed logins of the account were forgotten. */
  clearedFailures: z.number().int().min(0),
});
