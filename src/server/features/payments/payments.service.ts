/**
 * Payment runs of advances (docs/rules/grant-lifecycle.md, "Payment runs"): finance prepares
 * a run of the unpaid terms due up to a day, another finance user approves it, and exporting
 * it writes the SEPA credit transfer file and the ledger's CSV, marks its terms paid and its
 * grants advanced. An exported run never changes; a term is in one run only, and paid once.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { executionDay, ibanExclusion } from '../../../domain/grants/payment-run.ts';
import { isValidIban, normaliseIban } from '../../../domain/identifiers.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { bookPayments } from '../fund/fund.service.ts';
import { AppError } from '../../platform/errors.ts';
import { type CsvColumn, toCsv, toXlsx } from '../../platform/spreadsheet.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { nextReference } from '../applications/applications.repository.ts';
import * as repo from './payments.repository.ts';
import { closeGrantsWithExtraPaymentIn } from '../settlements/settlements.repository.ts';
import type {
  ExcludedTerms,
  PaymentRun,
  PaymentRunStatus,
  PaymentRunSummary,
} from './payments.schemas.ts';
import { creditTransferXml, remittance } from './sepa.ts';
import { endToEndId } from '../../../domain/grants/payment-run.ts';

type RunRow = Awaited<ReturnType<typeof repo.listRuns>>[number];

function summaryOf(row: RunRow): PaymentRunSummary {
  return {
    id: row.id,
    reference: row.reference,
    upToDay: row.upToDay,
    status: row.status as PaymentRunStatus,
    count: row.count,
    totalCents: row.totalCents,
    preparedByName: row.preparedByName,
    preparedAt: row.preparedAt.toISOString(),
    approvedByName: row.approvedByName,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    exportedByName: row.exportedByName,
    exportedAt: row.exportedAt?.toISOString() ?? null,
    executionDay: row.executionDay,
  };
}

export async function listRuns({ db }: Pick<UseCaseContext, 'db'>): Promise<PaymentRunSummary[]> {
  return (await repo.listRuns(db)).map(summaryOf);
}

/** A run's facts without its payments: what a change answers, cheap for a run of any size. */
export async function getRunSummary(
  { db }: Pick<UseCaseContext, 'db'>,
  { runId }: { runId: string },
): Promise<PaymentRunSummary> {
  const row = await repo.findRun(db, runId);
  if (!row) throw new AppError('NOT_FOUND');
  return summaryOf(row);
}

export async function getRun(
  { db, actor }: Pick<UseCaseContext, 'db' | 'actor'>,
  { runId }: { runId: string },
): Promise<PaymentRun> {
  const row = await repo.findRun(db, runId);
  if (!row) throw new AppError('NOT_FOUND');
  const payments = await repo.paymentsOf(db, runId);
  return {
    ...summaryOf(row),
    preparedByYou: row.preparedBy === actor.userId,
    payments: payments.map((p) => ({ ...p, iban: p.iban ?? '' })),
    excluded: row.excluded as ExcludedTerms[],
  };
}

/**
 * Takes every unpaid term due up to the day that no other run holds into a new run, except
 * the terms of organisations without a valid IBAN: those are listed with the reason.
 */
export async function prepareRun(
  { db, actor, now }: UseCaseContext,
  { upToDay }: { upToDay: string },
): Promise<PaymentRunSummary> {
  const runId = await changeWithAudit(db, actor, async (tx, audit) => {
    const due = await repo.dueTermsPerGrant(tx, upToDay);
    const excluded: ExcludedTerms[] = [];
    const excludedOrganisations = new Set<string>();
    for (const grant of due) {
      const reason = ibanExclusion(grant.iban);
      if (reason === null) continue;
      excludedOrganisations.add(grant.organisationId);
      excluded.push({
        grantReference: grant.grantReference,
        organisationName: grant.organisationName,
        terms: grant.terms,
        amountCents: grant.amountCents,
        reason,
      });
    }
    const reference = await nextReference(tx, 'paymentRun', Number(amsterdamDay(now).slice(0, 4)));
    const id = await repo.insertRun(tx, {
      reference,
      upToDay,
      status: 'prepared',
      excluded,
      preparedBy: actor.userId!,
      preparedAt: now,
    });
    const claimed = await repo.claimDueTerms(tx, id, upToDay, [...excludedOrganisations]);
    if (claimed === 0) {
      throw new AppError('PAYMENT_RUN_EMPTY', {
        ...(excluded.length > 0
          ? {
              message: `Er is niets te betalen: de vervallen termijnen van ${excluded.map((e) => e.organisationName).join(', ')} blijven buiten de run omdat het rekeningnummer ontbreekt of niet klopt.`,
            }
          : {}),
        details: { excluded },
      });
    }
    await audit({
      action: 'payment.prepare',
      entityType: 'payment_run',
      entityId: id,
      after: { reference, upToDay, terms: claimed, excluded: excluded.length },
    });
    return id;
  });
  return getRunSummary({ db }, { runId });
}

/** Four eyes: someone other than who prepared the run approves it, once. */
export async function approveRun(
  { db, actor, now }: UseCaseContext,
  { runId }: { runId: string },
): Promise<PaymentRunSummary> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    if (!(await repo.approveRun(tx, runId, actor.userId ?? '', now))) {
      const run = await repo.findRun(tx, runId);
      if (!run) throw new AppError('NOT_FOUND');
      if (run.status === 'prepared' && run.preparedBy === actor.userId)
        throw new AppError('PAYMENT_RUN_OWN_APPROVAL');
      throw new AppError('PAYMENT_RUN_STATE');
    }
    await audit({ action: 'payment.approve', entityType: 'payment_run', entityId: runId });
  });
  return getRunSummary({ db }, { runId });
}

/**
 * Cancels a prepared or approved run, for instance when an IBAN turned out wrong: nothing was
 * paid, and its terms can go into a new run. An exported run cannot be cancelled.
 */
export async function cancelRun(
  { db, actor }: UseCaseContext,
  { runId }: { runId: string },
): Promise<PaymentRunSummary> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    if (!(await repo.cancelRun(tx, runId))) {
      if (!(await repo.findRun(tx, runId))) throw new AppError('NOT_FOUND');
      throw new AppError('PAYMENT_RUN_STATE');
    }
    await audit({ action: 'payment.cancel', entityType: 'payment_run', entityId: runId });
  });
  return getRunSummary({ db }, { runId });
}

type Payment = Awaited<ReturnType<typeof repo.paymentsOf>>[number] & { endToEndId: string };

const LEDGER_COLUMNS = (runReference: string, day: string): CsvColumn<Payment>[] => [
  { header: 'Betaalrun', kind: 'text', value: () => runReference },
  { header: 'End-to-end-id', kind: 'text', value: (p) => p.endToEndId },
  { header: 'Subsidie', kind: 'text', value: (p) => p.grantReference },
  { header: 'Termijn', kind: 'number', value: (p) => p.termNumber },
  { header: 'Vervaldag', kind: 'day', value: (p) => p.dueDay },
  { header: 'Organisatie', kind: 'text', value: (p) => p.organisationName },
  { header: 'IBAN', kind: 'text', value: (p) => normaliseIban(p.iban ?? '') },
  { header: 'Bedrag', kind: 'cents', value: (p) => p.amountCents },
  { header: 'Omschrijving', kind: 'text', value: (p) => remittance(p) },
  { header: 'Uitvoeringsdatum', kind: 'day', value: () => day },
];

/**
 * Exports an approved run: the SEPA file and the ledger (CSV and XLSX) are written once and
 * kept, the terms are paid and the grants advanced, in one transaction. After that the run is
 * fixed.
 */
export async function exportRun(
  { db, actor, now }: UseCaseContext,
  { runId }: { runId: string },
): Promise<PaymentRunSummary> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const account = await repo.debtor(tx);
    if (!account?.iban || !account.bic || !isValidIban(normaliseIban(account.iban)))
      throw new AppError('PAYMENT_ACCOUNT_MISSING');
    if (!(await repo.claimForExport(tx, runId, actor.userId ?? '', now))) {
      if (!(await repo.findRun(tx, runId))) throw new AppError('NOT_FOUND');
      throw new AppError('PAYMENT_RUN_STATE');
    }
    const run = (await repo.findRun(tx, runId))!;
    const payments = (await repo.paymentsOf(tx, runId)).map((p, i) => ({
      ...p,
      endToEndId: endToEndId(run.reference, i + 1),
    }));
    const wrong = payments.filter((p) => ibanExclusion(p.iban) !== null);
    if (wrong.length > 0) {
      throw new AppError('PAYMENT_RUN_STATE', {
        message: `Het rekeningnummer van ${[...new Set(wrong.map((p) => p.organisationName))].join(', ')} is na het voorbereiden gewijzigd en klopt niet; de run kan zo niet worden geëxporteerd.`,
      });
    }
    const day = executionDay(run.upToDay, amsterdamDay(now));
    const sepaXml = creditTransferXml({
      reference: run.reference,
      created: now,
      executionDay: day,
      debtor: { name: account.name, iban: account.iban, bic: account.bic },
      payments: payments.map((p) => ({ ...p, iban: p.iban! })),
    });
    const ledger = LEDGER_COLUMNS(run.reference, day);
    const ledgerCsv = toCsv(ledger, payments, 'excel-nl');
    const ledgerXlsx = await toXlsx(ledger, payments, {
      sheet: 'Betaalrun',
      title: `Betaalrun ${run.reference}`,
    });
    await repo.storeExport(tx, runId, { executionDay: day, sepaXml, ledgerCsv, ledgerXlsx });
    await repo.markRunPaid(tx, run, actor.userId, now);
    // What the run pays to the fund's initiatives is booked on the fund (docs/rules/fund-ledger.md).
    await bookPayments(tx, audit, actor, now, payments);
    // A settled grant whose extra payment this run pays is closed (afgerekend).
    await closeGrantsWithExtraPaymentIn(tx, run, actor.userId, now);
    await audit({
      action: 'payment.export',
      entityType: 'payment_run',
      entityId: runId,
      after: {
        reference: run.reference,
        payments: payments.length,
        totalCents: payments.reduce((sum, p) => sum + p.amountCents, 0),
        executionDay: day,
      },
    });
  });
  return getRunSummary({ db }, { runId });
}

/** The files of an exported run, as they were exported. */
export async function runFile(
  { db }: Pick<UseCaseContext, 'db'>,
  { runId, kind }: { runId: string; kind: 'sepa' | 'ledger' | 'ledger-xlsx' },
): Promise<{ filename: string; content: Buffer }> {
  const row = await repo.exportedFiles(db, runId);
  if (!row) throw new AppError('NOT_FOUND');
  if (row.status !== 'exported' || !row.sepaXml || !row.ledgerCsv)
    throw new AppError('PAYMENT_RUN_STATE', {
      message: 'Deze betaalrun is nog niet geëxporteerd; de bestanden ontstaan bij het exporteren.',
    });
  if (kind === 'ledger-xlsx') {
    // Runs exported before the ledger had a spreadsheet have their CSV only.
    if (!row.ledgerXlsx) throw new AppError('NOT_FOUND');
    return { filename: `${row.reference}.xlsx`, content: row.ledgerXlsx };
  }
  return kind === 'sepa'
    ? { filename: `${row.reference}.xml`, content: Buffer.from(row.sepaXml, 'utf8') }
    : { filename: `${row.reference}.csv`, content: Buffer.from(row.ledgerCsv, 'utf8') };
}
