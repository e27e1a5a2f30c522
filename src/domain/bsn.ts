import { z } from 'zod';

/**
 * The burgerservicenummer (BSN) and its 11-proef: nine digits d1…d9 with
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11). Exactly nine digits: a BSN that lost its
 * leading zero in a spreadsheet (eight digits) is refused rather than guessed at.
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || bsn === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += Number(bsn[i]) * (9 - i);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

export const BSN_MESSAGE = 'Dit BSN klopt niet (elfproef).';

export const bsnSchema = z.string().trim().refine(isValidBsn, { message: BSN_MESSAGE });

/**
 * A text with every nine-digit number that could be a BSN masked to its first two digits
 * ("111222333" → "11*******"): a stored message that quotes a field value keeps enough to
 * find the line in the file, but no BSN (docs/privacy/logging.md). Longer and shorter
 * digit runs (AGB codes, dates, message ids) are left as they are.
 */
export function maskBsnLikeNumbers(text: string): string {
  return text.replace(/(?<![0-9])([0-9]{2})[0-9]{7}(?![0-9])/g, '$1*******');
}
