import { z } from 'zod';
import { emailSchema } from '../../../domain/email.ts';
import { newPasswordSchema } from '../../../domain/password.ts';

/** "Wachtwoord vergeten?": the address to send a link to. */
export const passwordResetRequestBodySchema = z.object({ email: emailSchema });
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBodySchema>;

/** The link's token and the new password (the same rules as every password). */
export const passwordResetBodySchema = z.object({
  token: z
    .string()
    .trim()
    .min(1, { message: 'De link is niet volledig. Open de link uit de e-mail opnieuw.' })
    .max(200),
  password: newPasswordSchema,
});
export type PasswordResetBody = z.infer<typeof passwordResetBodySchema>;
