/**
 * What the files of a double-financing check are read into. A clear BSN never appears
 * here: the readers turn it into a pseudonym (`person`) as soon as it is read, or into a
 * rejection when it fails the 11-proef.
 */

import { isValidBsn } from '../../../domain/bsn.ts';
import { pseudonymiseBsn } from '../../platform/pseudonym.ts';

/** Turns a clear BSN into its pseudonym, or null when the BSN fails the 11-proef. */
export type IdentifyPerson = (bsn: string) => string | null;

/** The keyed pseudonym (HMAC-SHA-256) of a BSN that passes the 11-proef. */
export function identifyWithKey(key: string | Uint8Array): IdentifyPerson {
  return (bsn) => (isValidBsn(bsn.trim()) ? pseudonymiseBsn(bsn.trim(), key) : null);
}

export interface ParticipantRecord {
  provision: string;
  consent: boolean;
  /** Null without consent (the BSN is then not even read) or with a rejected BSN. */
  person: string | null;
  start: string;
  end: string | null;
}

export interface AllocationRecord {
  /** Null when the BSN was rejected: still counted, never matched. */
  person: string | null;
  providerAgb: string;
  allocationNumber: string;
  category: string | null;
  product: string | null;
  start: string;
  end: string | null;
}

export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export const BSN_REJECTED = 'BSN fails the 11-proef';

/** An AGB code (Algemeen GegevensBeheer zorgverleners) has eight digits. */
export const AGB_CODE = /^[0-9]{8}$/;

export interface ReadFile<T> {
  records: T[];
  rejected: Rejection[];
}
