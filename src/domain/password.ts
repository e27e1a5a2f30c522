import { z } from 'zod';
import { isCommonPassword } from './common-passwords.ts';

/** NCSC guidance: length beats composition rules. See docs/rules/passwords.md. */
export const PASSWORD_MIN_LENGTH = 12;

export const COMMON_PASSWORD_MESSAGE =
  'Dit wachtwoord staat op de lijst van meest gebruikte wachtwoorden en wordt als eerste geraden. Kies een ander, bijvoorbeeld een zin van een paar woorden.';

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    message: `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn.`,
  })
  .max(256, { message: 'Het wachtwoord mag hoogstens 256 tekens lang zijn.' })
  .refine((password) => !isCommonPassword(password), { message: COMMON_PASSWORD_MESSAGE });
