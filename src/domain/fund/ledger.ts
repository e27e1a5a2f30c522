/**
 * The ledger of the Sociaal Investeringsfonds (docs/rules/fund-ledger.md): the fund's money is
 * a list of bookings that is only ever added to, and every balance is a fold over that list,
 * never stored. A correction is a counter-booking of an earlier booking: it lowers the total of
 * the kind it corrects.
 */

/** The kinds of booking; deposits and corrections need a second finance user (four eyes). */
export const BOOKING_KINDS = [
  'deposit',
  'commitment',
  'release',
  'payment',
  'reclaim_received',
  'correction',
] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];
/** The Dutch names of the kinds, as the fund page and the council report show them. */
export const BOOKING_KIND_LABELS: Record<BookingKind, string> = {
  deposit: 'Storting',
  commitment: 'Verplichting',
  release: 'Vrijval',
  payment: 'Betaling',
  reclaim_received: 'Terugontvangen',
  correction: 'Correctie',
};
/** What a correction can correct: any booking but another correction. */
export type CorrectableKind = Exclude<BookingKind, 'correction'>;
export const CORRECTABLE_KINDS = BOOKING_KINDS.filter(
  (k): k is CorrectableKind => k !== 'correction',
);

/** One booking as the fold needs it; sums of bookings of one kind fold the same way. */
export interface LedgerEntry {
  kind: BookingKind;
  amountCents: number;
  /** For a correction: the kind of the booking it corrects. */
  corrects?: CorrectableKind | null;
}

export interface Balances {
  depositedCents: number;
  /** Commitments minus releases. */
  committedCents: number;
  paidCents: number;
  reclaimedCents: number;
  /** Deposits plus reclaims received minus what is committed: what may still be committed. */
  freeCents: number;
  /** Committed and not yet paid: what payments may still draw on. */
  openCents: number;
}

export const EMPTY_BALANCES: Balances = {
  depositedCents: 0,
  committedCents: 0,
  paidCents: 0,
  reclaimedCents: 0,
  freeCents: 0,
  openCents: 0,
};

/** The signed effect of an entry per kind: a correction counts negative on the kind it corrects. */
function effect(entry: LedgerEntry): { kind: CorrectableKind; cents: number } {
  if (entry.kind === 'correction') {
    if (!entry.corrects) throw new Error('A correction names the kind it corrects.');
    return { kind: entry.corrects, cents: -entry.amountCents };
  }
  return { kind: entry.kind, cents: entry.amountCents };
}

/** The balances after the entries, in any order. */
export function balancesOf(entries: Iterable<LedgerEntry>): Balances {
  const totals: Record<CorrectableKind, number> = {
    deposit: 0,
    commitment: 0,
    release: 0,
    payment: 0,
    reclaim_received: 0,
  };
  for (const entry of entries) {
    const { kind, cents } = effect(entry);
    totals[kind] += cents;
  }
  return balancesFromTotals(totals);
}

function balancesFromTotals(t: Record<CorrectableKind, number>): Balances {
  const committedCents = t.commitment - t.release;
  return {
    depositedCents: t.deposit,
    committedCents,
    paidCents: t.payment,
    reclaimedCents: t.reclaim_received,
    freeCents: t.deposit + t.reclaim_received - committedCents,
    openCents: committedCents - t.payment,
  };
}

/** A refusal, in Dutch, naming the field it is about. */
export interface LedgerProblem {
  field: 'amountCents' | 'sourceYear' | 'description' | 'reason' | 'correctsId';
  message: string;
}

const euros = (cents: number) =>
  `€ ${(cents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function amountProblem(amountCents: number): LedgerProblem | null {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    return {
      field: 'amountCents',
      message: 'Het bedrag moet een positief bedrag in hele centen zijn.',
    };
  return null;
}

/** A deposit names where the money comes from: the annual result of a year, or another source. */
export function depositSourceProblem(source: {
  sourceYear?: number | null;
  description?: string | null;
}): LedgerProblem | null {
  const year = source.sourceYear ?? null;
  const description = source.description?.trim() ?? '';
  if (year === null && description === '')
    return {
      field: 'description',
      message:
        'Vul de bron van de storting in: het jaar van het jaarrekeningresultaat of een omschrijving van de andere bron.',
    };
  if (year !== null && (!Number.isInteger(year) || year < 2000 || year > 2100))
    return { field: 'sourceYear', message: 'Vul een geldig jaar van de jaarrekening in.' };
  return null;
}

/**
 * Why the entry may not be booked on top of the current balances (of the fund, and for a
 * payment or release of one grant also that grant's own balances); null when it may. A
 * booking never makes the free balance negative, and nothing is paid or released above
 * what is committed and unpaid.
 */
export function bookingProblem(
  current: Balances,
  entry: LedgerEntry,
  grant?: Balances,
): LedgerProblem | null {
  const amount = amountProblem(entry.amountCents);
  if (amount) return amount;
  const after = balancesOf([...totalsAsEntries(current), entry]);
  if (after.freeCents < 0)
    return {
      field: 'amountCents',
      message: `Deze boeking maakt het vrij te besteden saldo negatief: er is nog ${euros(current.freeCents)} vrij.`,
    };
  if (after.openCents < 0)
    return {
      field: 'amountCents',
      message: `Er wordt nooit meer betaald of vrijgegeven dan vastgelegd en nog niet betaald is: dat is ${euros(current.openCents)}.`,
    };
  if (after.depositedCents < 0 || after.paidCents < 0 || after.reclaimedCents < 0)
    return { field: 'amountCents', message: 'De correctie is groter dan wat er geboekt is.' };
  if (grant) {
    const grantAfter = balancesOf([...totalsAsEntries(grant), entry]);
    if (grantAfter.openCents < 0)
      return {
        field: 'amountCents',
        message: `Voor deze subsidie is ${euros(grant.openCents)} vastgelegd en nog niet betaald; meer kan niet worden betaald of vrijgegeven.`,
      };
  }
  return null;
}

/** A correction corrects at most what is left of the booking after earlier corrections. */
export function correctionProblem(
  original: { kind: BookingKind; amountCents: number },
  alreadyCorrectedCents: number,
  entry: { amountCents: number; reason: string },
): LedgerProblem | null {
  if (original.kind === 'correction')
    return { field: 'correctsId', message: 'Een correctie kan zelf niet worden gecorrigeerd.' };
  if (entry.reason.trim() === '')
    return { field: 'reason', message: 'Vul de reden van de correctie in.' };
  const left = original.amountCents - alreadyCorrectedCents;
  if (entry.amountCents > left)
    return {
      field: 'amountCents',
      message: `Van deze boeking is nog ${euros(left)} te corrigeren; de correctie mag niet groter zijn.`,
    };
  return amountProblem(entry.amountCents);
}

/** The balances written back as entries (one per kind), to fold one more entry on top. */
function totalsAsEntries(b: Balances): LedgerEntry[] {
  // committed = commitment − release and open = committed − paid: so commitments are committed
  // in full and nothing is released; the fold gives back exactly the same balances.
  const entries: LedgerEntry[] = [
    { kind: 'deposit', amountCents: b.depositedCents },
    { kind: 'commitment', amountCents: b.committedCents },
    { kind: 'payment', amountCents: b.paidCents },
    { kind: 'reclaim_received', amountCents: b.reclaimedCents },
  ];
  return entries;
}

/** One day of the balance series: the balances at the end of that day. */
export interface SeriesPoint extends Balances {
  day: string;
}

/**
 * The balances at the end of each day on which something was booked, oldest first, for the
 * chart of the fund. Entries may come in any order and may be sums per day and kind.
 */
export function seriesOf(entries: Iterable<LedgerEntry & { day: string }>): SeriesPoint[] {
  const perDay = new Map<string, Record<CorrectableKind, number>>();
  for (const entry of entries) {
    let totals = perDay.get(entry.day);
    if (!totals) {
      totals = { deposit: 0, commitment: 0, release: 0, payment: 0, reclaim_received: 0 };
      perDay.set(entry.day, totals);
    }
    const { kind, cents } = effect(entry);
    totals[kind] += cents;
  }
  const running: Record<CorrectableKind, number> = {
    deposit: 0,
    commitment: 0,
    release: 0,
    payment: 0,
    reclaim_received: 0,
  };
  return [...perDay.keys()].sort().map((day) => {
    const totals = perDay.get(day)!;
    for (const kind of CORRECTABLE_KINDS) running[kind] += totals[kind];
    return { day, ...balancesFromTotals(running) };
  });
}

/**
 * The balances at the end of each month that has a point in the series (the last point of
 * the month), for the public fund page and the council report.
 */
export function monthlyPoints(series: readonly SeriesPoint[]): (Balances & { month: string })[] {
  const byMonth = new Map<string, SeriesPoint>();
  for (const point of series) byMonth.set(point.day.slice(0, 7), point);
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, { day: _day, ...balances }]) => ({ month, ...balances }));
}
