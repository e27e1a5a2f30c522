import { z } from 'zod';

/** NCSC guidance: length beats composition rules. */
export const PASSWORD_MIN_LENGTH = 12;

export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    message: `Het wachtwoord moet minstens ${PASSWORD_MIN_LENGTH} tekens lang zijn.`,
  })
  .max(256, { message: 'Het wachtwoord mag hoogstens 256 tekens lang zijn.' });
