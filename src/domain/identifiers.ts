import { z } from 'zod';

/** A KvK number is 8 digits (the Chamber of Commerce dropped its check digit in 2016). */
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}

/** Spaces are for people; IBANs are compared and stored without them, upper case. */
export function normaliseIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** ISO 13616: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export function isValidIban(value: string): boolean {
  const iban = normaliseIban(value);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  if (iban.startsWith('NL') && iban.length !== 18) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** "NL91 ABNA 0417 1643 00": groups of four, as on a bank card. */
export function formatIban(value: string): string {
  return normaliseIban(value)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

export const kvkNumberSchema = z
  .string()
  .trim()
  .refine(isValidKvkNumber, { message: 'Een KvK-nummer bestaat uit 8 cijfers.' });

export const ibanSchema = z.string().transform(normaliseIban).refine(isValidIban, {
  message: 'Dit IBAN klopt niet. Controleer het nummer, bijvoorbeeld NL91 ABNA 0417 1643 00.',
});

/** A BIC (ISO 9362): bank, country and location, with or without a branch code. */
export const bicSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .refine((value) => /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(value), {
    message: 'Vul een geldige BIC in van 8 of 11 tekens, bijvoorbeeld BNGHNL2G.',
  });

export const postcodeSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .refine((v) => /^[1-9]\d{3}[A-Z]{2}$/.test(v), { message: 'Vul een postcode in als 6211 AB.' })
  .transform((v) => `${v.slice(0, 4)} ${v.slice(4)}`);
