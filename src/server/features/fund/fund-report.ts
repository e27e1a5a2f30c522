/**
 * The council report of the fund as PDF and XLSX (docs/rules/fund-ledger.md, "Council
 * report"): the balances, the bookings per year and kind, the honoured initiatives per
 * priority and per neighbourhood, and the results of the settled ones. Totals and
 * organisations only; counts of residents through "<5"; no free texts of the organisations.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  type GroupLine,
  type HonouredInitiative,
  type YearKindTotal,
  bookingsPerYear,
  perNeighbourhood,
  perPriority,
  totalLine,
} from '../../../domain/fund/council-report.ts';
import {
  BOOKING_KIND_LABELS,
  type Balances,
  type BookingKind,
  balancesOf,
} from '../../../domain/fund/ledger.ts';
import type { ReportedCount } from '../../../domain/participants/suppression.ts';
import { impactReportSchema } from '../../../domain/sif/impact.ts';
import { SIF_PRIORITY_LABELS, initiativeContentSchema } from '../../../domain/sif/initiative.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { formatEuros } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { XLSX_EURO_FORMAT, newWorkbook, xlsxEuros } from '../../platform/spreadsheet.ts';
import {
  honouredInitiatives,
  neighbourhoodNames,
} from '../sif-initiatives/sif-initiatives.repository.ts';
import * as repo from './fund.repository.ts';

export interface CouncilReport {
  fundName: string;
  day: string;
  balances: Balances;
  bookings: YearKindTotal[];
  perPriority: GroupLine[];
  perNeighbourhood: GroupLine[];
  total: GroupLine;
  settled: HonouredInitiative[];
}

export async function councilReportData(db: Queryable, now: Date): Promise<CouncilReport> {
  const fund = await repo.findFund(db);
  if (!fund) throw new AppError('NOT_FOUND');
  const [totals, perYear, rows] = await Promise.all([
    repo.totals(db, fund.id),
    repo.totalsPerYear(db, fund.id),
    honouredInitiatives(db),
  ]);
  const contents = rows.map((r) => initiativeContentSchema.parse(r.content));
  const names = await neighbourhoodNames(db, [
    ...new Set(contents.flatMap((c) => c.neighbourhoodCodes)),
  ]);
  const initiatives = rows.map((row, i): HonouredInitiative => {
    const content = contents[i]!;
    const impact = row.impact ? impactReportSchema.parse(row.impact) : null;
    return {
      reference: row.reference ?? '',
      title: content.title,
      organisationName: row.organisationName,
      priorities: content.priorities,
      neighbourhoods: content.neighbourhoodCodes.map((c) => names.get(c) ?? c),
      grantedCents: row.grantedCents,
      settled:
        row.settlementStatus === 'issued' && row.settledCents !== null
          ? {
              settledCents: row.settledCents,
              participants: impact?.reach?.participants ?? null,
              referredByTeams: impact?.reach?.referredByTeams ?? null,
              acceptedReferrals: impact?.fewerProvisions?.acceptedReferrals ?? null,
            }
          : null,
    };
  });
  return {
    fundName: fund.name,
    day: amsterdamDay(now),
    balances: balancesOf(totals),
    bookings: bookingsPerYear(perYear.map((t) => ({ ...t, kind: t.kind as BookingKind }))),
    perPriority: perPriority(initiatives, SIF_PRIORITY_LABELS),
    perNeighbourhood: perNeighbourhood(initiatives),
    total: totalLine(initiatives),
    settled: initiatives.filter((i) => i.settled !== null),
  };
}

const NOT_AVAILABLE = 'niet beschikbaar';
const shown = (value: ReportedCount | null) => (value === null ? NOT_AVAILABLE : value);

const BALANCE_LINES: [keyof Balances, string][] = [
  ['depositedCents', 'Gestort'],
  ['committedCents', 'Vastgelegd'],
  ['paidCents', 'Betaald'],
  ['reclaimedCents', 'Terugontvangen'],
  ['freeCents', 'Vrij te besteden'],
];

export function councilReportPdf(report: CouncilReport): TDocumentDefinitions {
  const table = (headers: string[], body: (string | number)[][], numeric: number[]): Content => ({
    table: {
      headerRows: 1,
      widths: headers.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [
        headers.map((h) => ({ text: h, bold: true })),
        ...body.map((row) =>
          row.map((cell, i) => ({
            text: String(cell),
            alignment: numeric.includes(i) ? ('right' as const) : ('left' as const),
          })),
        ),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 12],
  });
  const groups = (lines: GroupLine[]) =>
    lines.map((l) => [l.label, l.initiatives, formatEuros(l.grantedCents)]);
  return {
    pageSize: 'A4',
    info: { title: `Raadsrapportage ${report.fundName} ${report.day}` },
    content: [
      { text: `Raadsrapportage ${report.fundName}`, fontSize: 18, bold: true },
      { text: `Stand op ${report.day}`, margin: [0, 0, 0, 12] },
      { text: 'Saldi', fontSize: 14, bold: true },
      table(
        ['Saldo', 'Bedrag'],
        BALANCE_LINES.map(([key, label]) => [label, formatEuros(report.balances[key])]),
        [1],
      ),
      { text: 'Boekingen per jaar', fontSize: 14, bold: true },
      table(
        ['Jaar en soort', 'Aantal', 'Bedrag'],
        report.bookings.map((b) => [
          `${b.year} ${BOOKING_KIND_LABELS[b.kind]}`,
          b.bookings,
          formatEuros(b.amountCents),
        ]),
        [1, 2],
      ),
      { text: 'Verleende initiatieven per prioriteit', fontSize: 14, bold: true },
      table(
        ['Prioriteit', 'Initiatieven', 'Verleend'],
        groups([...report.perPriority, report.total]),
        [1, 2],
      ),
      { text: 'Verleende initiatieven per buurt', fontSize: 14, bold: true },
      table(
        ['Buurt', 'Initiatieven', 'Verleend'],
        groups([...report.perNeighbourhood, report.total]),
        [1, 2],
      ),
      { text: 'Resultaten van vastgestelde initiatieven', fontSize: 14, bold: true },
      table(
        ['Initiatief', 'Vastgesteld', 'Deelnemers', 'Via sociaal team', 'Verwijzingen'],
        report.settled.map((i) => [
          `${i.reference} ${i.title} (${i.organisationName})`,
          formatEuros(i.settled!.settledCents),
          shown(i.settled!.participants),
          shown(i.settled!.referredByTeams),
          shown(i.settled!.acceptedReferrals),
        ]),
        [1, 2, 3, 4],
      ),
      {
        text: 'Een initiatief met meer prioriteiten of buurten telt bij elk mee; de totaalregel telt het één keer. Aantallen van 1 tot 4 staan er als "<5".',
        fontSize: 9,
      },
    ],
    defaultStyle: { fontSize: 10 },
  };
}

export async function councilReportXlsx(report: CouncilReport): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Samenredzaam';
  workbook.title = `Raadsrapportage ${report.fundName} ${report.day}`;
  const sheet = (name: string, headers: string[], rows: (string | number)[][], euros: number[]) => {
    const ws = workbook.addWorksheet(name);
    ws.addRow(headers).font = { bold: true };
    for (const row of rows)
      ws.addRow(row.map((cell, i) => (euros.includes(i) ? xlsxEuros(Number(cell)) : cell)));
    ws.columns.forEach((column, i) => {
      column.width = i === 0 ? 40 : 16;
      if (euros.includes(i)) column.numFmt = XLSX_EURO_FORMAT;
    });
  };
  const groups = (lines: GroupLine[]) => lines.map((l) => [l.label, l.initiatives, l.grantedCents]);
  sheet(
    'Saldi',
    ['Saldo', `Bedrag op ${report.day}`],
    BALANCE_LINES.map(([key, label]) => [label, report.balances[key]]),
    [1],
  );
  sheet(
    'Boekingen per jaar',
    ['Jaar', 'Soort', 'Aantal', 'Bedrag'],
    report.bookings.map((b) => [b.year, BOOKING_KIND_LABELS[b.kind], b.bookings, b.amountCents]),
    [3],
  );
  sheet(
    'Per prioriteit',
    ['Prioriteit', 'Initiatieven', 'Verleend'],
    groups([...report.perPriority, report.total]),
    [2],
  );
  sheet(
    'Per buurt',
    ['Buurt', 'Initiatieven', 'Verleend'],
    groups([...report.perNeighbourhood, report.total]),
    [2],
  );
  sheet(
    'Resultaten',
    ['Initiatief', 'Organisatie', 'Vastgesteld', 'Deelnemers', 'Via sociaal team', 'Verwijzingen'],
    report.settled.map((i) => [
      `${i.reference} ${i.title}`,
      i.organisationName,
      i.settled!.settledCents,
      shown(i.settled!.participants),
      shown(i.settled!.referredByTeams),
      shown(i.settled!.acceptedReferrals),
    ]),
    [2],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
