/**
 * A timeline lists its steps by moment. "Afgerekend" follows the step that closes the grant
 * (settled, reclaim paid back, extra payment paid) in the same transaction, so it is recorded
 * a millisecond later to keep that order on the grant's timeline.
 */
export function afterwards(moment: Date): Date {
  return new Date(moment.getTime() + 1);
}
