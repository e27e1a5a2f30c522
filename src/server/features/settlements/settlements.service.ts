/**
 * Settling grants (vaststelling, Awb 4:46; docs/rules/grant-lifecycle.md, "Settlement"): the
 * policy officer reviews a grant and proposes the settled amount; the settlement letters are
 * issued in a batch by a durable job, one grant per transaction, so a restarted server resumes
 * and issues nothing twice. Issuing fixes the advances paid: a reclaim gets its due day, an
 * extra payment becomes a term of the grant that the next payment run pays, and a balanced
 * grant is closed at once. Finance records a reclaim paid back, which closes the grant.
 */
import { applicationContentSchema } from '../../../domain/applications/application-content.ts';
import type { AccountabilityTier } from '../../../domain/grants/accountability.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import {
  type SettlementOutcome,
  proposalProblems,
  settlementGateProblem,
  settlementLetterFigures,
  settlementLimit,
  settlementOutcome,
} from '../../../domain/grants/settlement.ts';
import { isValidIban, normaliseIban } from '../../../domain/identifiers.ts';
import type { GrantCategory } from '../../../domain/tender/categories.ts';
import { objectionDeadline } from '../../../domain/tender/objection.ts';
import { schemeDefinitionSchema } from '../../../domain/tender/scheme-definition.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { type JobContext, enqueueJob } from '../../platform/jobs.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { insertDocument, nextReference } from '../applications/applications.repository.ts';
import { findDocument } from '../decisions/decisions.repository.ts';
import { addressLines, plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { bookReclaimReceived, followGrantAmount } from '../fund/fund.service.ts';
import { impactOfGrant } from '../sif-initiatives/sif-initiatives.service.ts';
import { submittedReportForReview } from '../grant-reports/grant-reports.service.ts';
import type { GrantStatus } from '../grants/grants.schemas.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import { debtor } from '../payments/payments.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import { settlementLetter } from './settlement-letter.ts';
import { afterwards } from './settlement-steps.ts';
import * as repo from './settlements.repository.ts';
import type {
  AwaitingSettlement,
  ProposedSettlements,
  ReclaimList,
  Settlement,
  SettlementReview,
  settlementBodySchema,
} from './settlements.schemas.ts';
import type { z } from 'zod';

export const ISSUE_SETTLEMENTS = 'settlements.issue';

export interface SettlementLetterSettings {
  municipalityNameOverride: string | undefined;
  objectionAddress: string;
  mail: MailSettings;
}

type GrantFacts = NonNullable<Awaited<ReturnType<typeof repo.reviewFacts>>>;

/** The application's budget, with the amounts of a granted budget shift when there is one. */
async function budgetOf(db: Queryable, facts: GrantFacts) {
  const lines = applicationContentSchema.parse(facts.content).budgetLines;
  const shift = await repo.grantedBudgetShift(db, facts.grantId);
  if (!shift || shift.length !== lines.length) return lines;
  return lines.map((line, i) => ({ ...line, cents: shift[i]! }));
}

/** Issued: the outcome the letter states; proposed: what it would be against the paid now. */
function outcomeOf(
  row: NonNullable<Awaited<ReturnType<typeof repo.settlementOf>>>,
  facts: { grantedCents: number; paidCents: number },
): SettlementOutcome {
  if (row.status === 'issued' && row.outcomeKind)
    return { kind: row.outcomeKind, amountCents: row.outcomeCents ?? 0 } as SettlementOutcome;
  return settlementOutcome({
    grantedCents: facts.grantedCents,
    settledCents: row.settledCents,
    paidCents: facts.paidCents,
  });
}

/**
 * The review of a grant for its settlement: the figures, the budget, the settlement so far and
 * whether it can be proposed or changed now. The organisation sees its settlement once issued.
 */
export async function getReview(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { grantId }: { grantId: string },
): Promise<SettlementReview> {
  const facts = await repo.reviewFacts(db, scope, grantId);
  if (!facts) throw new AppError('NOT_FOUND');
  const row = await repo.settlementOf(db, grantId);
  const budgetLines = await budgetOf(db, facts);
  const limit = settlementLimit({ ...facts, budgetLines });
  const visible = row && (scope.kind === 'all' || row.status === 'issued') ? row : undefined;
  const settlement: Settlement | null = visible
    ? {
        status: visible.status as Settlement['status'],
        settledCents: visible.settledCents,
        reasons: visible.reasons,
        proposedAt: visible.proposedAt.toISOString(),
        proposedByName: visible.proposedByName,
        outcome: outcomeOf(visible, facts),
        reference: visible.reference,
        issuedAt: visible.issuedAt?.toISOString() ?? null,
        reclaimDueDay: visible.reclaimDueDay,
        reclaimPaidDay: visible.reclaimPaidDay,
        html: visible.html,
      }
    : null;
  return {
    grantId: facts.grantId,
    grantReference: facts.grantReference,
    organisationName: facts.organisationName,
    provisionName: facts.provisionName,
    category: facts.category as GrantCategory,
    grantStatus: facts.status as GrantStatus,
    accountabilityTier: facts.accountabilityTier as AccountabilityTier,
    periodStart: facts.periodStart,
    periodEnd: facts.periodEnd,
    grantedCents: facts.grantedCents,
    paidCents: facts.paidCents,
    limitCents: limit.limitCents,
    limitBecause: limit.because,
    budgetLines,
    notPossible: notPossible(facts, row?.status, amsterdamDay(now)),
    settlement,
    report:
      scope.kind === 'all' ? await submittedReportForReview({ db, scope, now }, { grantId }) : null,
    impact: scope.kind === 'all' ? await impactOfGrant(db, grantId) : null,
  };
}

/** Why the settlement cannot be proposed or changed now; null when it can. */
function notPossible(facts: GrantFacts, settlementStatus: string | undefined, today: string) {
  if (settlementStatus === 'issued') return 'De vaststellingsbeschikking is al verzonden.';
  return settlementGateProblem({ ...facts, today });
}

/**
 * The policy officer proposes the settled amount, or changes the proposal until the letter
 * is issued: never above the grant, a living room never above its fixed costs, with reasons
 * when lower than granted. Nothing changes on bad input.
 */
export async function proposeSettlement(
  { db, actor, scope, now }: UseCaseContext,
  { grantId, body }: { grantId: string; body: z.output<typeof settlementBodySchema> },
): Promise<SettlementReview> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const facts = await repo.lockGrantForSettlement(tx, grantId);
    if (!facts) throw new AppError('NOT_FOUND');
    const existing = await repo.settlementOf(tx, grantId);
    const problem = notPossible(facts, existing?.status, amsterdamDay(now));
    if (problem) throw new AppError('SETTLEMENT_NOT_POSSIBLE', { message: problem });
    const problems = proposalProblems({
      category: facts.category,
      grantedCents: facts.grantedCents,
      settledCents: body.settledCents,
      budgetLines: await budgetOf(tx, facts),
      reasons: body.reasons,
    });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
    await repo.saveProposal(tx, {
      grantId,
      settledCents: body.settledCents,
      reasons: body.settledCents < facts.grantedCents ? body.reasons : '',
      proposedBy: actor.userId,
      proposedAt: now,
    });
    await repo.insertGrantEvents(tx, [
      { grantId, kind: 'settlement_proposed', at: now, actorUserId: actor.userId },
    ]);
    await audit({
      action: 'settlement.propose',
      entityType: 'grant',
      entityId: grantId,
      // The reasons are free text and stay out of the audit trail.
      before: existing ? { settledCents: existing.settledCents } : null,
      after: { settledCents: body.settledCents, grantedCents: facts.grantedCents },
    });
  });
  return getReview({ db, scope, now }, { grantId });
}

export async function listProposed({
  db,
}: Pick<UseCaseContext, 'db'>): Promise<ProposedSettlements['items']> {
  return (await repo.proposedSettlements(db)).map((row) => ({
    grantId: row.grantId,
    grantReference: row.grantReference,
    organisationName: row.organisationName,
    grantedCents: row.grantedCents,
    settledCents: row.settledCents,
    paidCents: row.paidCents,
    outcome: settlementOutcome({
      grantedCents: row.grantedCents,
      settledCents: row.settledCents,
      paidCents: row.paidCents,
    }),
    proposedAt: row.proposedAt.toISOString(),
  }));
}

/** The grants that wait for the policy officer to propose their settlement. */
export async function listAwaitingSettlement({
  db,
  now,
}: Pick<UseCaseContext, 'db' | 'now'>): Promise<AwaitingSettlement['items']> {
  return (await repo.awaitingSettlement(db, amsterdamDay(now))).map((row) => ({
    ...row,
    accountabilityTier: row.accountabilityTier as AccountabilityTier,
    reportSubmittedAt: row.reportSubmittedAt?.toISOString() ?? null,
  }));
}

/** The municipality's account that reclaims are paid back to, when it is a valid IBAN. */
async function municipalityIban(db: Queryable): Promise<string | null> {
  const account = await debtor(db);
  return account?.iban && isValidIban(normaliseIban(account.iban))
    ? normaliseIban(account.iban)
    : null;
}

/**
 * Starts the job that issues the proposed settlements (these grants', or all). Refused while a
 * grant has a term in a payment run that is not exported (what is paid must be known), and
 * for a reclaim while the municipality's account is missing (the letter names it).
 */
export async function startIssue(
  { db, actor }: UseCaseContext,
  { grantIds }: { grantIds?: readonly string[] | undefined },
): Promise<{ jobId: string; count: number }> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const proposed = await repo.proposedSettlements(tx, grantIds);
    if (proposed.length === 0) throw new AppError('SETTLEMENT_NOTHING_TO_ISSUE');
    const ids = proposed.map((p) => p.grantId);
    const inRun = await repo.grantsWithTermInOpenRun(tx, ids);
    if (inRun.length > 0)
      throw new AppError('SETTLEMENT_TERMS_IN_RUN', {
        message: `Een voorschot van ${inRun.map((g) => g.reference).join(', ')} zit in een betaalrun die nog niet is geëxporteerd. Verstuur de vaststelling na de export (of na het annuleren van de run), zodat vaststaat wat is betaald.`,
        details: { grants: inRun.map((g) => g.reference) },
      });
    if (proposed.some((p) => p.reclaimPossible) && !(await municipalityIban(tx)))
      throw new AppError('PAYMENT_ACCOUNT_MISSING', {
        message:
          'Een terugvordering noemt het rekeningnummer van de gemeente, maar dat ontbreekt of klopt niet. De functioneel beheerder vult het in onder Beheer, Betaalrekening.',
      });
    const jobId = await enqueueJob(
      tx,
      ISSUE_SETTLEMENTS,
      { grantIds: ids, issuedBy: actor.userId },
      actor.userId,
    );
    await audit({
      action: 'settlement.issue',
      entityType: 'job',
      entityId: jobId,
      after: { settlements: ids.length },
    });
    return { jobId, count: ids.length };
  });
}

interface LetterHead {
  municipalityName: string;
  iban: string | null;
}

/** What every settlement letter of a batch says of the municipality: its name and account. */
async function letterHead(db: Queryable, settings: SettlementLetterSettings): Promise<LetterHead> {
  const municipality = await getSettings(
    { db },
    { municipalityNameOverride: settings.municipalityNameOverride },
  );
  return { municipalityName: municipality.municipalityName, iban: await municipalityIban(db) };
}

/**
 * The job: each grant of the batch in its own transaction; a settlement issued already (by an
 * earlier run of the same job before a restart) is passed over, so nothing is issued twice.
 */
export function issueSettlementsJob(settings: SettlementLetterSettings) {
  return async ({ db, params, progress, now }: JobContext) => {
    const grantIds = params.grantIds as string[];
    const issuedBy = (params.issuedBy as string | null) ?? null;
    const head = await letterHead(db, settings);
    for (const [i, grantId] of grantIds.entries()) {
      await issueOne({ db, now: now() }, { grantId, issuedBy, settings, head });
      await progress(i + 1, grantIds.length);
      // Let requests in between letters (on the embedded database they share one thread).
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}

/** Issues one settlement with its letter; false when it was issued already. */
export async function issueOne(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  {
    grantId,
    issuedBy,
    settings,
    head,
  }: {
    grantId: string;
    issuedBy: string | null;
    settings: SettlementLetterSettings;
    /** The municipality's name and account, read once for a batch. */
    head?: LetterHead | undefined;
  },
): Promise<boolean> {
  return changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
    const facts = await repo.lockGrantForSettlement(tx, grantId);
    const row = facts ? await repo.lockProposed(tx, grantId) : undefined;
    if (!facts || !row) return false;
    // Withdrawn since the proposal, or an advance taken into a run since the batch started:
    // left proposed (what is paid must be known), for the policy officer to see.
    if (!['report_submitted', 'granted', 'advanced'].includes(facts.status)) return false;
    if ((await repo.grantsWithTermInOpenRun(tx, [grantId])).length > 0) return false;
    const sentDay = amsterdamDay(now);
    const figures = settlementLetterFigures(
      {
        grantedCents: facts.grantedCents,
        settledCents: row.settledCents,
        paidCents: facts.paidCents,
      },
      sentDay,
    );
    const { municipalityName, iban } = head ?? (await letterHead(tx, settings));
    const reference = await nextReference(tx, 'settlement', Number(sentDay.slice(0, 4)));
    const definition = schemeDefinitionSchema.parse(facts.formDefinition);
    const letter = settlementLetter({
      municipalityName,
      objectionAddress: settings.objectionAddress,
      municipalityIban: iban,
      reference,
      grantReference: facts.grantReference,
      decisionReference: facts.decisionReference,
      letterDate: sentDay,
      objectionDeadline: objectionDeadline(sentDay),
      addressLines: addressLines(await repo.letterParties(tx, grantId)),
      provisionName: facts.provisionName,
      category: facts.category as GrantCategory,
      period: { start: facts.periodStart, end: facts.periodEnd },
      eligibleCostsGround: definition.legalGrounds.eligibleCosts,
      reasons: row.reasons,
      figures,
    });
    const pdf = await renderPdf(plainLetterPdf(letter));
    const documentId = await insertDocument(tx, {
      kind: 'settlement',
      applicationId: facts.applicationId,
      filename: `vaststelling-${reference}.pdf`,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
      data: pdf,
      createdAt: now,
    });
    // The advances not paid are replaced by the settlement; an extra payment is due today, so
    // the next payment run takes it.
    await repo.dropUnpaidTerms(tx, grantId);
    const { outcome } = figures;
    const extraPaymentTermId =
      outcome.kind === 'extra_payment'
        ? await repo.insertExtraPaymentTerm(tx, grantId, sentDay, outcome.amountCents)
        : null;
    await repo.markIssued(tx, grantId, {
      paidCents: figures.paidCents,
      outcomeKind: outcome.kind,
      outcomeCents: outcome.amountCents,
      reference,
      documentId,
      html: plainLetterHtml(letter),
      issuedAt: now,
      issuedBy,
      reclaimDueDay: figures.reclaimDueDay,
      extraPaymentTermId,
    });
    // The fund releases what its commitment holds above the settled amount (never what is paid).
    await followGrantAmount(tx, audit, SYSTEM_ACTOR, now, {
      grantId,
      amountCents: figures.settledCents,
    });
    const balanced = outcome.kind === 'balanced';
    await repo.setGrantStatus(tx, grantId, balanced ? 'closed' : 'settled');
    await repo.insertGrantEvents(tx, [
      { grantId, kind: 'settled', at: now, actorUserId: issuedBy, detail: reference },
      ...(balanced
        ? [{ grantId, kind: 'closed', at: afterwards(now), actorUserId: issuedBy }]
        : []),
    ]);
    for (const recipient of await activeApplicantEmails(tx, [facts.organisationId])) {
      await queueMail(tx, settings.mail, {
        to: recipient.email,
        subject: `Vaststelling ${reference} van uw subsidie ${facts.grantReference}`,
        text: [
          'Goedendag,',
          '',
          `In de bijlage vindt u de beschikking ${reference} waarmee wij uw subsidie ${facts.grantReference} vaststellen. U kunt haar ook lezen en downloaden in Samenredzaam.`,
          ...(figures.reclaimDueDay
            ? [
                `Wij vorderen een deel van de voorschotten terug; u betaalt het uiterlijk ${formatDay(figures.reclaimDueDay)}, zoals de beschikking beschrijft.`,
              ]
            : []),
          `Bent u het er niet mee eens, dan kunt u tot en met ${formatDay(objectionDeadline(sentDay))} bezwaar maken; hoe staat in de beschikking.`,
        ].join('\n'),
        attachments: [
          { filename: `vaststelling-${reference}.pdf`, contentType: 'application/pdf', documentId },
        ],
      });
    }
    await audit({
      action: 'settlement.issued',
      entityType: 'grant',
      entityId: grantId,
      after: {
        reference,
        settledCents: figures.settledCents,
        paidCents: figures.paidCents,
        outcome: outcome.kind,
        amountCents: outcome.amountCents,
        reclaimDueDay: figures.reclaimDueDay,
        issuedBy,
        sha256: sha256(pdf),
      },
    });
    return true;
  });
}

/** The letter as PDF, for whoever may read the grant, once issued. */
export async function settlementDocument(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { grantId }: { grantId: string },
) {
  if (!(await repo.reviewFacts(db, scope, grantId))) throw new AppError('NOT_FOUND');
  const row = await repo.settlementOf(db, grantId);
  if (!row?.documentId)
    throw new AppError('NOT_FOUND', {
      message: 'Er is nog geen vaststellingsbeschikking verzonden voor deze subsidie.',
    });
  return (await findDocument(db, row.documentId))!;
}

/** The reclaims issued, for finance: open ones by due day, or all of them. */
export async function listReclaims(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { show }: { show: 'open' | 'all' },
): Promise<ReclaimList['items']> {
  const today = amsterdamDay(now);
  return (await repo.reclaims(db, show)).map((row) => ({
    grantId: row.grantId,
    grantReference: row.grantReference,
    settlementReference: row.settlementReference ?? '',
    organisationName: row.organisationName,
    amountCents: row.amountCents ?? 0,
    issuedAt: row.issuedAt!.toISOString(),
    reclaimDueDay: row.reclaimDueDay!,
    reclaimPaidDay: row.reclaimPaidDay,
    overdue: row.reclaimPaidDay === null && row.reclaimDueDay! < today,
  }));
}

/**
 * Finance records that a reclaim was paid back (the day the bank received it): the grant is
 * closed (afgerekend). Once only; a day after today or before the letter is refused.
 */
export async function registerReclaimPaid(
  { db, actor, scope, now }: UseCaseContext,
  { grantId, paidDay }: { grantId: string; paidDay: string },
): Promise<SettlementReview> {
  const today = amsterdamDay(now);
  await changeWithAudit(db, actor, async (tx, audit) => {
    const facts = await repo.lockGrantForSettlement(tx, grantId);
    if (!facts) throw new AppError('NOT_FOUND');
    const row = await repo.settlementOf(tx, grantId);
    if (!row || row.status !== 'issued' || row.outcomeKind !== 'reclaim')
      throw new AppError('RECLAIM_NOT_OPEN', {
        message: 'Op deze subsidie staat geen terugvordering open.',
      });
    const issuedDay = amsterdamDay(row.issuedAt!);
    if (paidDay > today || paidDay < issuedDay)
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'paidDay',
            message: `De datum van ontvangst ligt tussen de verzenddatum van de vaststelling (${formatDay(issuedDay)}) en vandaag.`,
          },
        ],
      });
    const registered = await repo.registerReclaimPaid(tx, grantId, {
      reclaimPaidDay: paidDay,
      reclaimRegisteredBy: actor.userId,
      reclaimRegisteredAt: now,
    });
    if (!registered)
      throw new AppError('RECLAIM_NOT_OPEN', {
        message: `Deze terugvordering is al als terugbetaald geregistreerd (${formatDay(row.reclaimPaidDay ?? paidDay)}).`,
      });
    await bookReclaimReceived(tx, audit, actor, now, {
      grantId,
      amountCents: registered.amountCents ?? 0,
    });
    await repo.setGrantStatus(tx, grantId, 'closed');
    await repo.insertGrantEvents(tx, [
      { grantId, kind: 'reclaim_paid', at: now, actorUserId: actor.userId, detail: row.reference },
      { grantId, kind: 'closed', at: afterwards(now), actorUserId: actor.userId },
    ]);
    await audit({
      action: 'reclaim.register_paid',
      entityType: 'grant',
      entityId: grantId,
      after: { reference: registered.reference, amountCents: registered.amountCents, paidDay },
    });
  });
  return getReview({ db, scope, now }, { grantId });
}
