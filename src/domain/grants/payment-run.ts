/**
 * The rules of a payment run of advances that the regulation leaves to the municipality
 * (docs/rules/grant-lifecycle.md, "Payment runs"): which terms go in, which stay out and why,
 * the day the bank pays, and the text a SEPA credit transfer may carry.
 */
import { isValidIban, normaliseIban } from '../identifiers.ts';

/** Why an organisation's terms stay out of a run, in Dutch; null when they may go in. */
export function ibanExclusion(iban: string | null | undefined): string | null {
  if (iban === null || iban === undefined || iban.trim() === '')
    return 'De organisatie heeft geen rekeningnummer (IBAN) opgegeven.';
  if (!isValidIban(normaliseIban(iban)))
    return 'Het rekeningnummer (IBAN) van de organisatie klopt niet (controlegetal).';
  return null;
}

/**
 * The day the bank is asked to pay: the run's last due day, or the day of export when that
 * day has passed (a bank refuses a day in the past).
 */
export function executionDay(upToDay: string, exportDay: string): string {
  return upToDay > exportDay ? upToDay : exportDay;
}

/**
 * Text in the SEPA character set (EPC guidelines: a–z, A–Z, 0–9 and / - ? : ( ) . , ' + and
 * space): accents dropped (é → e), ß and æ written out, anything else a space; trimmed to
 * `maxLength` (70 for a name, 140 for the remittance information).
 */
export function sepaText(text: string, maxLength: number): string {
  // Most names and every reference are plain already: leave them as they are.
  if (text.length <= maxLength && PLAIN.test(text)) return text;
  const written = text
    .replaceAll('ß', 'ss')
    .replaceAll('æ', 'ae')
    .replaceAll('Æ', 'AE')
    .replaceAll('ø', 'o')
    .replaceAll('Ø', 'O')
    .replaceAll('&', '+')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return written.slice(0, maxLength).trim();
}

/** SEPA characters only, no leading, trailing or double spaces. */
const PLAIN = /^(?! )(?!.* {2})(?!.* $)[A-Za-z0-9/\-?:().,'+ ]*$/;

/** Every character of the text is in the SEPA character set. */
export function isSepaText(text: string): boolean {
  return /^[A-Za-z0-9/\-?:().,'+ ]*$/.test(text);
}

/** The end-to-end id of the n-th payment of a run (1-based): unique, at most 35 characters. */
export function endToEndId(runReference: string, n: number): string {
  return `${runReference}-${String(n).padStart(5, '0')}`;
}
