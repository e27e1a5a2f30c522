/**
 * The Sociaal Investeringsfonds' rolling tender (docs/rules/sif-initiatives.md): organisations
 * submit initiatives at any time on the fund's own form; two assessors score each as it comes;
 * the policy officer decides within the term, against the fund's free balance in the same
 * transaction that commits the amount. A granted initiative becomes an ordinary grant.
 */
import { applicationContentSchema } from '../../../domain/applications/application-content.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import type { GrantReach } from '../../../domain/grants/report-reach.ts';
import {
  type ImpactBody,
  type ImpactReport,
  impactBodySchema,
  impactReport,
  impactReportSchema,
} from '../../../domain/sif/impact.ts';
import {
  type PublicText,
  type PublicTextBody,
  type WithdrawBody,
  isHonoured,
  isPublic,
  publicTextBodySchema,
  publicTextProblem,
  withdrawBodySchema,
} from '../../../domain/sif/public-text.ts';
import {
  type InitiativeContent,
  type RefusalGround,
  type SifOutcome,
  allowedOutcomes,
  assessmentVerdict,
  daysLeft,
  decisionDueDay,
  decisionProblem,
  initiativeContentSchema,
  nearingTerm,
  NEARING_TERM_DAYS,
  sifScoreSheetProblems,
  sifScoreSheetSchema,
} from '../../../domain/sif/initiative.ts';
import { addDays } from '../../../domain/dates.ts';
import { objectionDeadline } from '../../../domain/tender/objection.ts';
import { defaultSchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { insertDocument, nextReference } from '../applications/applications.repository.ts';
import { applicationLetterFacts } from '../completion/completion.service.ts';
import { addressLines, plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { bookForGrant, currentBalances, lockedBalances } from '../fund/fund.service.ts';
import { createGrantsForDecisions } from '../grants/grants.service.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import { sifDecisionLetter } from './sif-letter.ts';
import * as repo from './sif-initiatives.repository.ts';
import {
  type AssessmentBody,
  type DecisionBody,
  type Initiative,
  type InitiativeSummary,
  type SubmitInitiativeBody,
  assessmentBodySchema,
  decisionBodySchema,
  submitInitiativeBodySchema,
} from './sif-initiatives.schemas.ts';

const NOT_AN_INITIATIVE = 'Dit initiatief van het Sociaal Investeringsfonds bestaat niet.';

function refused(path: string, message: string): never {
  throw new AppError('SIF_NOT_POSSIBLE', { message, fields: [{ path, message }] });
}

function summaryOf(
  row: repo.InitiativeRow,
  today: string,
  assessedByYou: boolean,
): InitiativeSummary {
  const content = initiativeContentSchema.parse(row.content);
  const decided = row.status === 'decided';
  return {
    id: row.id,
    reference: row.reference ?? '',
    title: content.title,
    organisationName: row.organisationName,
    requestedCents: row.requestedCents ?? content.requestedCents,
    status: decided ? 'decided' : 'under_assessment',
    receivedDay: row.receivedDay,
    decisionDueDay: row.decisionDueDay,
    daysLeft: daysLeft(row.decisionDueDay, today),
    nearingTerm: !decided && nearingTerm(row.decisionDueDay, today),
    assessmentsSubmitted: row.assessmentsSubmitted,
    assessedByYou,
    outcome: (row.outcome as SifOutcome | null) ?? null,
    grantedCents: row.grantedCents ?? null,
  };
}

/** The initiatives in scope: the organisation's own, or all for the municipality. */
export async function listInitiatives({
  db,
  actor,
  scope,
  now,
}: Pick<UseCaseContext, 'db' | 'actor' | 'scope' | 'now'>): Promise<InitiativeSummary[]> {
  const today = amsterdamDay(now);
  const [rows, mine] = await Promise.all([
    repo.listInitiatives(db, scope),
    actor.userId ? repo.assessedBy(db, actor.userId) : Promise.resolve(new Set<string>()),
  ]);
  return rows.map((row) => summaryOf(row, today, mine.has(row.id)));
}

async function findOrFail(db: UseCaseContext['db'], scope: UseCaseContext['scope'], id: string) {
  const row = await repo.findInitiative(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND', { message: NOT_AN_INITIATIVE });
  return row;
}

export async function getInitiative(
  { db, actor, scope, now }: Pick<UseCaseContext, 'db' | 'actor' | 'scope' | 'now'>,
  { applicationId }: { applicationId: string },
): Promise<Initiative> {
  const row = await findOrFail(db, scope, applicationId);
  const today = amsterdamDay(now);
  const content = initiativeContentSchema.parse(row.content);
  const [sheets, names, grant] = await Promise.all([
    repo.assessmentsOf(db, applicationId),
    repo.neighbourhoodNames(db, content.neighbourhoodCodes),
    repo.grantOf(db, applicationId),
  ]);
  const yours = sheets.find((s) => s.assessorId === actor.userId);
  const policyOfficer = actor.roles.includes('policy_officer');
  const verdict = assessmentVerdict(sheets.map((s) => sifScoreSheetSchema.parse(s.scores)));
  let fund: Initiative['fund'] = null;
  if (policyOfficer && row.status !== 'decided') {
    const { freeCents } = await currentBalances(db);
    fund = {
      freeCents,
      allowedOutcomes: allowedOutcomes({
        requestedCents: content.requestedCents,
        freeCents,
        verdict: verdict.verdict,
      }),
    };
  }
  return {
    ...summaryOf(row, today, yours !== undefined),
    organisationId: row.organisationId,
    provisionName: row.provisionName,
    content,
    neighbourhoodNames: content.neighbourhoodCodes.map((c) => names.get(c) ?? c),
    yourScores: yours ? sifScoreSheetSchema.parse(yours.scores) : null,
    assessment: policyOfficer ? verdict : null,
    fund,
    decision:
      row.decisionReference && row.outcome && row.decisionIssuedAt
        ? {
            reference: row.decisionReference,
            outcome: row.outcome as SifOutcome,
            grantedCents: row.grantedCents ?? 0,
            refusalGround: (row.refusalGround as RefusalGround | null) ?? null,
            lateReason: row.lateReason,
            issuedAt: row.decisionIssuedAt.toISOString(),
            html: row.decisionHtml ?? '',
          }
        : null,
    grant: grant ? { id: grant.id, reference: grant.reference, status: grant.status } : null,
    impactOpen: row.impact === null && grant?.reportStatus === 'submitted',
    impact: row.impact ? impactReportSchema.parse(row.impact) : null,
    publicPage: publicPageOf(row),
  };
}

function publicPageOf(row: repo.InitiativeRow): Initiative['publicPage'] {
  const outcome = (row.outcome as SifOutcome | null) ?? null;
  if (!isHonoured(outcome)) return null;
  const draft = (row.publicDraft as PublicText | null) ?? null;
  const approved = (row.publicText as PublicText | null) ?? null;
  return {
    draft,
    approved,
    approvedAt: row.publicApprovedAt?.toISOString() ?? null,
    withdrawnAt: row.publicWithdrawnAt?.toISOString() ?? null,
    withdrawnReason: row.publicWithdrawnReason,
    isPublic: isPublic({ outcome, approved, withdrawnAt: row.publicWithdrawnAt }),
    awaitsApproval:
      draft !== null &&
      (approved === null ||
        draft.title !== approved.title ||
        draft.summary !== approved.summary ||
        draft.results !== approved.results),
  };
}

/**
 * The organisation writes (or edits) the public text of its honoured initiative. A draft is
 * never public: the public pages show only what the organisation approved.
 */
export async function savePublicText(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId, body }: { applicationId: string; body: PublicTextBody },
): Promise<Initiative> {
  const input = publicTextBodySchema.parse(body);
  const row = await findOrFail(db, scope, applicationId);
  const problem = publicTextProblem({
    outcome: (row.outcome as SifOutcome | null) ?? null,
    results: input.results,
    impactSubmitted: row.impact !== null,
  });
  if (problem) refused(problem.path, problem.message);
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.updatePublic(tx, applicationId, { publicDraft: input });
    await audit({
      action: 'sif.public_text',
      entityType: 'application',
      entityId: applicationId,
      // The sizes of a draft, not its text: a draft is not public and the audit trail no copy
      // of it. The approval records the text that became public.
      after: {
        titleLength: input.title.length,
        summaryLength: input.summary.length,
        resultsLength: input.results.length,
      },
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

/**
 * The organisation approves its draft: from now on the public page shows exactly this text,
 * who approved it and when are kept. A withdrawn page becomes public again with a new approval.
 */
export async function approvePublicText(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId }: { applicationId: string },
): Promise<Initiative> {
  const row = await findOrFail(db, scope, applicationId);
  const draft = (row.publicDraft as PublicText | null) ?? null;
  if (!draft)
    refused('summary', 'Schrijf eerst de openbare samenvatting; daarna kunt u haar goedkeuren.');
  const problem = publicTextProblem({
    outcome: (row.outcome as SifOutcome | null) ?? null,
    results: draft.results,
    impactSubmitted: row.impact !== null,
  });
  if (problem) refused(problem.path, problem.message);
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.updatePublic(tx, applicationId, {
      publicText: draft,
      publicApprovedAt: now,
      publicApprovedBy: actor.userId,
      publicWithdrawnAt: null,
      publicWithdrawnBy: null,
      publicWithdrawnReason: null,
    });
    await audit({
      action: 'sif.public_approve',
      entityType: 'application',
      entityId: applicationId,
      before: { text: row.publicText, withdrawnAt: row.publicWithdrawnAt },
      after: { text: draft },
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

/** The policy officer withdraws the public page, with a reason; the approval is cleared. */
export async function withdrawPublicPage(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId, body }: { applicationId: string; body: WithdrawBody },
): Promise<Initiative> {
  const { reason } = withdrawBodySchema.parse(body);
  const row = await findOrFail(db, scope, applicationId);
  if (row.publicText === null)
    refused('reason', 'Dit initiatief heeft geen openbare pagina om terug te trekken.');
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.updatePublic(tx, applicationId, {
      publicText: null,
      publicApprovedAt: null,
      publicApprovedBy: null,
      publicWithdrawnAt: now,
      publicWithdrawnBy: actor.userId,
      publicWithdrawnReason: reason,
    });
    await audit({
      action: 'sif.public_withdraw',
      entityType: 'application',
      entityId: applicationId,
      before: { text: row.publicText },
      after: { reason },
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

/**
 * An organisation submits an initiative, at any time: no round, no deadline. It is received
 * today and must be decided within eight weeks (Awb 4:13, with the Atw).
 */
export async function submitInitiative(
  { db, actor, scope, now }: UseCaseContext,
  body: SubmitInitiativeBody,
): Promise<{ id: string; reference: string; decisionDueDay: string }> {
  const input = submitInitiativeBodySchema.parse(body);
  if (
    scope.kind !== 'all' &&
    !(scope.kind === 'organisations' && scope.organisationIds.includes(input.organisationId))
  )
    throw new AppError('NOT_FOUND', { message: 'Deze organisatie bestaat niet.' });
  const provision = await repo.provisionOf(db, input.provisionId);
  if (!provision || provision.organisationId !== input.organisationId)
    refused('provisionId', 'Kies een voorziening of activiteit van uw eigen organisatie.');
  const content: InitiativeContent = input.content;
  const names = await repo.neighbourhoodNames(db, content.neighbourhoodCodes);
  const unknown = content.neighbourhoodCodes.filter((c) => !names.has(c));
  if (unknown.length > 0)
    refused('content.neighbourhoodCodes', `Deze buurten bestaan niet: ${unknown.join(', ')}.`);
  const today = amsterdamDay(now);
  const dueDay = decisionDueDay(today);
  return changeWithAudit(db, actor, async (tx, audit) => {
    const reference = await nextReference(tx, 'initiative', Number(today.slice(0, 4)));
    // The application row carries the initiative through decision, grant and settlement; its
    // content is the ordinary form's shape, so the grant's report and settlement read it.
    const id = await repo.insertApplication(tx, {
      roundId: await repo.rollingRoundId(tx),
      organisationId: input.organisationId,
      provisionId: input.provisionId,
      category: 'sif',
      status: 'submitted',
      reference,
      formDefinition: defaultSchemeDefinition(),
      content: applicationContentSchema.parse({
        periodStart: content.periodStart,
        periodEnd: content.periodEnd,
        requestedCents: content.requestedCents,
        budgetLines: [
          {
            kind: 'activities',
            description: content.title.slice(0, 200),
            cents: content.requestedCents,
          },
        ],
      }),
      requestedCents: content.requestedCents,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
      submittedAt: now,
    });
    await repo.insertInitiative(tx, {
      applicationId: id,
      content,
      receivedDay: today,
      decisionDueDay: dueDay,
      status: 'under_assessment',
    });
    await audit({
      action: 'sif.submit',
      entityType: 'application',
      entityId: id,
      after: { reference, requestedCents: content.requestedCents, decisionDueDay: dueDay },
    });
    return { id, reference, decisionDueDay: dueDay };
  });
}

/** An assessor submits a complete score sheet; two assessors per initiative, each once. */
export async function submitAssessment(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId, body }: { applicationId: string; body: AssessmentBody },
): Promise<Initiative> {
  const { scores } = assessmentBodySchema.parse(body);
  const problems = sifScoreSheetProblems(scores);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
  await changeWithAudit(db, actor, async (tx, audit) => {
    const locked = await repo.lockInitiative(tx, applicationId);
    if (!locked) throw new AppError('NOT_FOUND', { message: NOT_AN_INITIATIVE });
    if (locked.status !== 'under_assessment')
      throw new AppError('SIF_NOT_POSSIBLE', { message: 'Over dit initiatief is al besloten.' });
    const sheets = await repo.assessmentsOf(tx, applicationId);
    if (sheets.some((s) => s.assessorId === actor.userId))
      throw new AppError('SIF_NOT_POSSIBLE', { message: 'U hebt dit initiatief al beoordeeld.' });
    if (sheets.length >= 2)
      throw new AppError('SIF_NOT_POSSIBLE', {
        message: 'Dit initiatief is al door twee beoordelaars beoordeeld.',
      });
    await repo.insertAssessment(tx, {
      applicationId,
      assessorId: actor.userId!,
      scores: scores,
      submittedAt: now,
      updatedAt: now,
    });
    await audit({
      action: 'sif.assess',
      entityType: 'application',
      entityId: applicationId,
      // Scores only: the motivations are free text.
      after: Object.fromEntries(Object.entries(scores).map(([c, e]) => [c, e?.score])),
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

export interface DecideOptions {
  mail: MailSettings;
  municipalityNameOverride: string | undefined;
  objectionAddress: string;
}

/**
 * The policy officer decides. In one transaction: lock the initiative and the fund, check the
 * decision against the free balance, write the letter and the decision, and for a grant make
 * the grant and commit its amount on the fund. Two decisions at once wait for each other's
 * lock, so together they never commit more than is free.
 */
export async function decide(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId,
    body,
    ...options
  }: { applicationId: string; body: DecisionBody } & DecideOptions,
): Promise<Initiative> {
  const input = decisionBodySchema.parse(body);
  const { municipalityName } = await getSettings(
    { db },
    { municipalityNameOverride: options.municipalityNameOverride },
  );
  await changeWithAudit(db, actor, async (tx, audit) => {
    const locked = await repo.lockInitiative(tx, applicationId);
    if (!locked) throw new AppError('NOT_FOUND', { message: NOT_AN_INITIATIVE });
    if (locked.status !== 'under_assessment')
      throw new AppError('SIF_NOT_POSSIBLE', { message: 'Over dit initiatief is al besloten.' });
    const row = (await repo.findInitiative(tx, scope, applicationId))!;
    const content = initiativeContentSchema.parse(row.content);
    const sheets = await repo.assessmentsOf(tx, applicationId);
    const verdict = assessmentVerdict(sheets.map((s) => sifScoreSheetSchema.parse(s.scores)));
    const today = amsterdamDay(now);
    const { freeCents } = await lockedBalances(tx);
    const problem = decisionProblem(input, {
      requestedCents: content.requestedCents,
      freeCents,
      verdict: verdict.verdict,
      today,
      dueDay: row.decisionDueDay,
    });
    if (problem) refused(problem.path, problem.message);
    const late = today > row.decisionDueDay;
    const reference = await nextReference(tx, 'decision', Number(today.slice(0, 4)));
    const parties = (await applicationLetterFacts(tx, applicationId))!;
    const letter = sifDecisionLetter({
      municipalityName,
      objectionAddress: options.objectionAddress,
      reference,
      initiativeReference: row.reference ?? '',
      letterDate: today,
      objectionDeadline: objectionDeadline(today),
      addressLines: addressLines(parties),
      title: content.title,
      priorities: content.priorities,
      period: { start: content.periodStart, end: content.periodEnd },
      requestedCents: content.requestedCents,
      receivedDay: row.receivedDay,
      decisionDueDay: row.decisionDueDay,
      outcome: input.outcome,
      grantedCents: input.grantedCents,
      refusalGround: input.outcome === 'refused' ? input.refusalGround : null,
      freeCents,
      means: verdict.means,
      reasons: input.reasons,
      lateReason: late ? input.lateReason : '',
    });
    const pdf = await renderPdf(plainLetterPdf(letter));
    const filename = `beschikking-${reference}.pdf`;
    const documentId = await insertDocument(tx, {
      kind: 'decision',
      applicationId,
      filename,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
      data: pdf,
      createdAt: now,
    });
    const decisionId = await repo.insertDecision(tx, {
      applicationId,
      rankingId: null,
      reference,
      outcome: input.outcome,
      grantedCents: input.grantedCents,
      documentId,
      html: plainLetterHtml(letter),
      generatedAt: now,
      issuedAt: now,
    });
    await repo.recordDecision(tx, applicationId, {
      decisionId,
      lateReason: late ? input.lateReason : null,
      refusalGround: input.outcome === 'refused' ? input.refusalGround : null,
    });
    if (input.outcome !== 'refused') {
      await createGrantsForDecisions({ db: tx, actor, now }, { decisionIds: [decisionId], audit });
      const grant = (await repo.grantOf(tx, applicationId))!;
      // Under the fund's lock taken above: the check and the commitment see the same balance.
      await bookForGrant(tx, audit, actor, now, {
        kind: 'commitment',
        grantId: grant.id,
        amountCents: input.grantedCents,
      });
    }
    for (const recipient of await activeApplicantEmails(tx, [row.organisationId])) {
      await queueMail(tx, options.mail, {
        to: recipient.email,
        subject: `Beschikking ${reference} op uw initiatief ${row.reference}`,
        text: [
          'Goedendag,',
          '',
          `In de bijlage vindt u de beschikking ${reference} op uw initiatief "${content.title}" bij het Sociaal Investeringsfonds. U kunt haar ook lezen in Samenredzaam.`,
          `Bent u het er niet mee eens, dan kunt u tot en met ${formatDay(objectionDeadline(today))} bezwaar maken; hoe staat in de beschikking.`,
        ].join('\n'),
        attachments: [{ filename, contentType: 'application/pdf', documentId }],
      });
    }
    await audit({
      action: 'sif.decide',
      entityType: 'application',
      entityId: applicationId,
      before: { status: 'under_assessment' },
      after: {
        reference,
        outcome: input.outcome,
        grantedCents: input.grantedCents,
        refusalGround: input.outcome === 'refused' ? input.refusalGround : null,
        freeCents,
        late,
        sha256: sha256(pdf),
      },
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

/**
 * The organisation reports the impact once the grant's accountability report is submitted:
 * the reach frozen in that report, the accepted referrals, and its account of structural
 * change. Submitted once; the settlement review reads it.
 */
export async function submitImpact(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId, body }: { applicationId: string; body: ImpactBody },
): Promise<Initiative> {
  const input = impactBodySchema.parse(body);
  const row = await findOrFail(db, scope, applicationId);
  const grant = await repo.grantOf(db, applicationId);
  if (!grant || grant.reportStatus !== 'submitted')
    throw new AppError('SIF_NOT_POSSIBLE', {
      message:
        'Het impactverslag kan worden ingediend nadat het verantwoordingsverslag van de subsidie is ingediend.',
    });
  const content = initiativeContentSchema.parse(row.content);
  const reach = grant.reach as GrantReach | null;
  const report = impactReport({
    registersParticipants: content.registersParticipants,
    reportReach: reach
      ? {
          active: reach.participants.active,
          referred: reach.participants.byClientRoute.social_team,
        }
      : null,
    acceptedReferrals: await repo.acceptedReferrals(db, grant.provisionId, {
      start: grant.periodStart,
      end: grant.periodEnd,
    }),
    structuralChange: input.structuralChange,
  });
  await changeWithAudit(db, actor, async (tx, audit) => {
    if (
      !(await repo.recordImpact(tx, applicationId, { impact: report, at: now, by: actor.userId }))
    )
      throw new AppError('SIF_NOT_POSSIBLE', { message: 'Het impactverslag is al ingediend.' });
    await audit({
      action: 'sif.impact',
      entityType: 'application',
      entityId: applicationId,
      after: { reach: report.reach, fewerProvisions: report.fewerProvisions },
    });
  });
  return getInitiative({ db, actor, scope, now }, { applicationId });
}

/** The impact report of the initiative a grant was made for; null for other grants. */
export async function impactOfGrant(db: Queryable, grantId: string): Promise<ImpactReport | null> {
  const impact = await repo.impactOfGrant(db, grantId);
  return impact ? impactReportSchema.parse(impact) : null;
}

/** For the home pages: what waits for the policy officer and for an assessor. */
export async function workCounts({ db, actor, now }: Pick<UseCaseContext, 'db' | 'actor' | 'now'>) {
  const nearingBy = addDays(amsterdamDay(now), NEARING_TERM_DAYS);
  const [counts, toAssess] = await Promise.all([
    repo.undecidedCounts(db, nearingBy),
    actor.userId ? repo.awaitingAssessor(db, actor.userId) : Promise.resolve(0),
  ]);
  return { ...counts, toAssess };
}
