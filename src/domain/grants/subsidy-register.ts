/**
 * The open subsidy register (docs/rules/subsidy-register.md): what the municipality granted
 * to whom, per year, published under CC0. Only organisations are named; an applicant without
 * a KvK number is treated as a natural person applying in their own name and shown as
 * "particulier", without KvK number.
 */
export const PRIVATE_APPLICANT = 'particulier';

export function publicApplicant(applicant: { name: string; kvkNumber: string | null }): {
  name: string;
  kvkNumber: string | null;
} {
  const kvk = applicant.kvkNumber?.trim() ?? '';
  return /^\d{8}$/.test(kvk)
    ? { name: applicant.name, kvkNumber: kvk }
    : { name: PRIVATE_APPLICANT, kvkNumber: null };
}

export const REGISTER_LICENCE = {
  name: 'CC0 1.0 Universal',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;
