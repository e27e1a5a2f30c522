import { z } from 'zod';

/** E-mail addresses are compared case-insensitively and without surrounding spaces. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.' }));
