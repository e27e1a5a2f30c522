/**
 * What the files of a double-financing check are read into. A clear BSN never appears
 * here: the readers turn it into a pseudonym (`person`) as soon as it is read, or into a
 * rejection when it fails the 11-proef.
 */

import { isValidBsn } from '../../../../domain/bsn.ts';
import type {
  MatchedAllocation,
  MatchedParticipant,
} from '../../../../domain/double-financing/match.ts';
import { BadInputError } from './bad-input.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';

/** Turns a clear BSN into its pseudonym, or null when the BSN fails the 11-proef. */
export type IdentifyPerson = (bsn: string) => string | null;

/** The keyed pseudonym (HMAC-SHA-256) of a BSN that passes the 11-proef. */
export function identifyWithKey(key: string | Uint8Array): IdentifyPerson {
  return (bsn) => (isValidBsn(bsn.trim()) ? pseudonymiseBsn(bsn.trim(), key) : null);
}

/**
 * A participant period as the matching rule takes it (domain/double-financing/match.ts); its
 * person is null without consent (the BSN is then not even read) or with a rejected BSN.
 */
export type ParticipantRecord = MatchedParticipant;

/** An allocation as the matching rule takes it, with what says which version it is. */
export interface AllocationRecord extends MatchedAllocation {
  /**
   * The moment the municipality fixed this version (Toewijzingsdatum + Toewijzingstijd,
   * see domain/double-financing/allocation-versions.ts); null for a CSV row, which has none.
   */
  assignedAt: string | null;
  /** RedenWijziging; 13 means the allocation was removed. Null when absent, and for CSV. */
  changeReason: string | null;
  /** Where the record starts in its file (the ToegewezenProduct, or the CSV line). */
  line: number;
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

/** Two versions of one allocation say the same (rule IV013 then has nothing to choose). */
export function sameAllocationContent(a: AllocationRecord, b: AllocationRecord): boolean {
  return (
    a.person === b.person &&
    a.category === b.category &&
    a.product === b.product &&
    a.start === b.start &&
    a.end === b.end &&
    a.changeReason === b.changeReason
  );
}

/**
 * Two different versions of one allocation fixed at the same moment: no order of files can
 * say which is current, so the files are refused. Named the same way whichever came first.
 */
export function versionConflict(
  one: AllocationRecord & { file: string },
  other: AllocationRecord & { file: string },
): BadInputError {
  const [first, second] = [one, other].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  ) as [typeof one, typeof one];
  return new BadInputError(
    { file: second.file, line: second.line, field: 'Toewijzingstijd' },
    `ToewijzingNummer ${second.allocationNumber} of AGB ${second.providerAgb} has another version with the same Toewijzingsdatum and Toewijzingstijd (${second.assignedAt}) but different contents in ${first.file}, line ${first.line}; rule IV013 cannot tell which one is current`,
  );
}
