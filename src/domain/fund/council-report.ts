/**
 * The council report of the Sociaal Investeringsfonds (docs/rules/fund-ledger.md, "Council
 * report"): the bookings per year and kind, the honoured initiatives per priority and per
 * neighbourhood, and the results of the settled ones. Pure: the figures come in, the tables
 * go out.
 */
import type { ReportedCount } from '../participants/suppression.ts';
import { SIF_PRIORITIES, type SifPriority } from '../sif/initiative.ts';
import { BOOKING_KINDS, type BookingKind } from './ledger.ts';

export interface YearKindTotal {
  year: number;
  kind: BookingKind;
  bookings: number;
  amountCents: number;
}

export interface HonouredInitiative {
  reference: string;
  title: string;
  organisationName: string;
  priorities: readonly SifPriority[];
  /** Neighbourhood names. */
  neighbourhoods: readonly string[];
  grantedCents: number;
  /** Once settled: the settled amount and the impact figures ("<5" already applied). */
  settled: {
    settledCents: number;
    participants: ReportedCount | null;
    referredByTeams: ReportedCount | null;
    acceptedReferrals: ReportedCount | null;
  } | null;
}

export interface GroupLine {
  label: string;
  initiatives: number;
  grantedCents: number;
}

/** Years ascending, kinds in the ledger's order. */
export function bookingsPerYear(totals: readonly YearKindTotal[]): YearKindTotal[] {
  return [...totals].sort(
    (a, b) => a.year - b.year || BOOKING_KINDS.indexOf(a.kind) - BOOKING_KINDS.indexOf(b.kind),
  );
}

/**
 * Initiatives and granted amounts per group. An initiative that serves two priorities (or
 * works in two neighbourhoods) counts in each with its whole amount, so the lines add up to
 * more than the total; the total line counts each initiative once.
 */
function grouped(
  initiatives: readonly HonouredInitiative[],
  groupsOf: (i: HonouredInitiative) => readonly string[],
  order: readonly string[],
): GroupLine[] {
  const lines = new Map<string, GroupLine>(
    order.map((label) => [label, { label, initiatives: 0, grantedCents: 0 }]),
  );
  for (const initiative of initiatives)
    for (const label of new Set(groupsOf(initiative))) {
      const line = lines.get(label) ?? { label, initiatives: 0, grantedCents: 0 };
      line.initiatives += 1;
      line.grantedCents += initiative.grantedCents;
      lines.set(label, line);
    }
  return [...lines.values()];
}

export function perPriority(
  initiatives: readonly HonouredInitiative[],
  labels: Record<SifPriority, string>,
): GroupLine[] {
  return grouped(
    initiatives,
    (i) => i.priorities.map((p) => labels[p]),
    SIF_PRIORITIES.map((p) => labels[p]),
  );
}

export function perNeighbourhood(initiatives: readonly HonouredInitiative[]): GroupLine[] {
  return grouped(initiatives, (i) => i.neighbourhoods, []).sort((a, b) =>
    a.label.localeCompare(b.label, 'nl'),
  );
}

export function totalLine(initiatives: readonly HonouredInitiative[]): GroupLine {
  return {
    label: 'Totaal (elk initiatief één keer)',
    initiatives: initiatives.length,
    grantedCents: initiatives.reduce((sum, i) => sum + i.grantedCents, 0),
  };
}
