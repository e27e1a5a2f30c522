/**
 * Keyed pseudonyms for BSNs. Matching needs the same person to get the same identifier,
 * but a plain hash of a BSN is no protection: there are fewer than a billion BSNs, so
 * anyone could hash them all. A keyed hash (HMAC-SHA-256) can only be recomputed by
 * whoever holds the key, which is configuration (SAMENREDZAAM_PSEUDONYM_KEY), never data.
 */
import { createHmac, randomBytes } from 'node:crypto';

export const PSEUDONYM_KEY_VARIABLE = 'SAMENREDZAAM_PSEUDONYM_KEY';
/** As long as the session secret: shorter keys are too easy to guess. */
export const PSEUDONYM_KEY_MIN_LENGTH = 32;

/** The pseudonym of a BSN: lowercase hex of HMAC-SHA-256(key, bsn). */
export function pseudonymiseBsn(bsn: string, key: string | Uint8Array): string {
  return createHmac('sha256', key).update(bsn, 'utf8').digest('hex');
}

export interface PseudonymKey {
  key: string | Uint8Array;
  /** True when no key was configured and this one was made up for this run only. */
  random: boolean;
}

export class PseudonymKeyError extends Error {}

/**
 * The key from the environment, or a random one when none is set (pseudonyms then differ
 * from every other run, which callers must say). A key that is set but too short is an
 * error rather than a silent weakness.
 */
export function pseudonymKeyFromEnv(env: NodeJS.ProcessEnv = process.env): PseudonymKey {
  const configured = env[PSEUDONYM_KEY_VARIABLE];
  if (configured === undefined || configured === '') {
    return { key: randomBytes(32), random: true };
  }
  if (configured.length < PSEUDONYM_KEY_MIN_LENGTH) {
    throw new PseudonymKeyError(
      `${PSEUDONYM_KEY_VARIABLE} is ${configured.length} characters long; use at least ${PSEUDONYM_KEY_MIN_LENGTH} random characters (for example from \`openssl rand -hex 32\`).`,
    );
  }
  return { key: configured, random: false };
}

/** The stderr notice for a random key. */
export const RANDOM_KEY_NOTICE = `${PSEUDONYM_KEY_VARIABLE} is not set: using a random key for this run only, so these pseudonyms cannot be compared with those of another run.`;
