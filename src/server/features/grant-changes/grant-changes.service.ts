/**
 * Changes of a grant after granting (docs/rules/grant-lifecycle.md, "Wijzigen, verlagen en
 * intrekken"): the organisation asks for another period, a budget shift or a changed activity
 * and the policy officer grants or refuses; the policy officer lowers or withdraws a grant
 * (Awb 4:48); and a new decision after a well-founded objection sets the grant's amount. Each
 * decision is a letter. Paid terms never change; unpaid terms in a payment run that is not
 * exported yet block a change of the advances until finance cancels or finishes that run.
 */
import {
  type ApplicationContent,
  applicationContentSchema,
} from '../../../domain/applications/application-content.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import { accountabilityTier, reportDueDay } from '../../../domain/grants/accountability.ts';
import {
  CHANGE_KIND_LABELS,
  type ChangeProblem,
  type LoweringGround,
  activityChangeProblems,
  budgetShiftProblems,
  loweringProblems,
  periodChangeProblems,
  scheduleAfterLowering,
  scheduleAfterRaise,
  termsWithinPeriod,
} from '../../../domain/grants/changes.ts';
import { statutoryTerm } from '../../../domain/statutory-terms.ts';
import { BUDGET_KIND_LABELS } from '../../../domain/tender/categories.ts';
import { type Audit, changeWithAudit } from '../../platform/audit.ts';
import type { Actor } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { formatEuros, renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { insertDocument, nextReference } from '../applications/applications.repository.ts';
import { applicationLetterFacts } from '../completion/completion.service.ts';
import type { LetterSettings } from '../decisions/decisions.service.ts';
import { addressLines, plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { insertGrantEvents } from '../grants/grants.repository.ts';
import { followGrantAmount } from '../fund/fund.service.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import { type ChangeLetterFacts, changeLetter } from './grant-change-letter.ts';
import * as repo from './grant-changes.repository.ts';
import type {
  ChangeDecisionBody,
  ChangeRequestBody,
  GrantChange,
  GrantChangeKind,
  GrantChangeStatus,
  LoweringBody,
} from './grant-changes.schemas.ts';

/** A grant that is settled, paid off or withdrawn is not changed any more (Awb 4:48: "zolang de subsidie niet is vastgesteld"). */
const CLOSED = ['settled', 'closed', 'withdrawn'];

interface PeriodBody {
  periodStart: string;
  periodEnd: string;
}

function summaryOf(kind: string, body: unknown): string {
  const b = body as Record<string, unknown>;
  switch (kind as GrantChangeKind) {
    case 'period':
      return `een andere subsidieperiode: ${formatDay(b.periodStart as string)} tot en met ${formatDay(b.periodEnd as string)}.`;
    case 'budget_shift': {
      const wanted = (b.budgetLines as number[] | undefined) ?? [];
      const before = (b.before as number[] | undefined) ?? [];
      const labels = (b.labels as string[] | undefined) ?? [];
      const moved = wanted
        .map((cents, i) => ({ cents, before: before[i], label: labels[i] ?? `post ${i + 1}` }))
        .filter((x) => x.before !== undefined && x.before !== x.cents)
        .map((x) => `${x.label} van ${formatEuros(x.before!)} naar ${formatEuros(x.cents)}`);
      return `een verschuiving tussen begrotingsposten (het totaal blijft gelijk): ${moved.join('; ')}.`;
    }
    case 'activity':
      return `een andere of gewijzigde activiteit: ${typeof b.activity === 'string' ? b.activity.trim() : ''}`;
    case 'lowering':
      return `verlaging van ${formatEuros(Number(b.previousCents ?? 0))} tot ${formatEuros(Number(b.newCents ?? 0))}.`;
    case 'withdrawal':
      return 'intrekking van de subsidie.';
  }
}

function toChange(row: repo.ChangeRow): GrantChange {
  return {
    id: row.id,
    reference: row.reference,
    grantId: row.grantId,
    kind: row.kind as GrantChangeKind,
    status: row.status as GrantChangeStatus,
    summary: summaryOf(row.kind, row.body),
    explanation: row.explanation,
    requestedAt: row.requestedAt?.toISOString() ?? null,
    requestedByName: row.requestedByName,
    ground: row.ground as LoweringGround | null,
    reasons: row.reasons,
    previousCents: row.previousCents,
    newCents: row.newCents,
    excessCents: row.excessCents,
    reclaimDueDay: row.reclaimDueDay,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    hasLetter: row.documentId !== null,
    html: row.html,
  };
}

async function contentOf(db: Queryable, applicationId: string): Promise<ApplicationContent> {
  return applicationContentSchema.parse((await repo.applicationContent(db, applicationId)) ?? {});
}

/** The changes of a grant, newest last, with the application's budget lines for the form. */
export async function listChanges(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { grantId }: { grantId: string },
) {
  const grant = await repo.findGrant(db, scope, grantId);
  if (!grant) throw new AppError('NOT_FOUND');
  const content = await contentOf(db, grant.applicationId);
  return {
    items: (await repo.changesOf(db, scope, grantId)).map(toChange),
    budgetLines: content.budgetLines.map((line) => ({
      label: BUDGET_KIND_LABELS[line.kind],
      description: line.description,
      cents: line.cents,
    })),
  };
}

/** The change requests that wait for the policy officer. */
export async function pendingChanges({ db }: Pick<UseCaseContext, 'db'>) {
  return {
    items: (await repo.pendingChanges(db)).map((row) => ({
      ...toChange(row),
      grantReference: row.grantReference,
      organisationName: row.organisationName,
    })),
  };
}

async function openGrant(db: Queryable, scope: UseCaseContext['scope'], grantId: string) {
  const grant = await repo.lockGrant(db, scope, grantId);
  if (!grant) throw new AppError('NOT_FOUND');
  if (CLOSED.includes(grant.status)) {
    throw new AppError('GRANT_CLOSED', {
      message:
        grant.status === 'withdrawn'
          ? `Subsidie ${grant.reference} is ingetrokken; zij kan niet meer worden gewijzigd.`
          : `Subsidie ${grant.reference} is al vastgesteld; na de vaststelling kan de verlening niet meer worden gewijzigd of ingetrokken (artikel 4:48 Awb).`,
    });
  }
  return grant;
}

function refuse(problems: ChangeProblem[]): void {
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
}

function requestProblems(
  body: ChangeRequestBody,
  grant: { periodStart: string; periodEnd: string },
  content: ApplicationContent,
): ChangeProblem[] {
  switch (body.kind) {
    case 'period':
      return periodChangeProblems(
        { start: grant.periodStart, end: grant.periodEnd },
        { start: body.periodStart, end: body.periodEnd },
      );
    case 'budget_shift':
      return budgetShiftProblems(
        content.budgetLines.map((l) => l.cents),
        body.budgetLines,
      );
    case 'activity':
      return activityChangeProblems(body.activity);
  }
}

/** The organisation asks to change its own grant; the policy officer decides. */
export async function requestChange(
  { db, actor, scope, now }: UseCaseContext,
  { grantId, body }: { grantId: string; body: ChangeRequestBody },
): Promise<GrantChange> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    const grant = await openGrant(tx, scope, grantId);
    const content = await contentOf(tx, grant.applicationId);
    refuse(requestProblems(body, grant, content));
    const stored =
      body.kind === 'period'
        ? { periodStart: body.periodStart, periodEnd: body.periodEnd }
        : body.kind === 'budget_shift'
          ? {
              budgetLines: body.budgetLines,
              before: content.budgetLines.map((l) => l.cents),
              labels: content.budgetLines.map((l) => l.description || BUDGET_KIND_LABELS[l.kind]),
            }
          : { activity: body.activity.trim() };
    const reference = await nextReference(tx, 'grantChange', Number(amsterdamDay(now).slice(0, 4)));
    const id = await repo.insertChange(tx, {
      reference,
      grantId,
      kind: body.kind,
      body: stored,
      explanation: body.explanation.trim(),
      requestedBy: actor.userId,
      requestedAt: now,
      status: 'pending',
    });
    await insertGrantEvents(tx, [
      {
        grantId,
        kind: 'change_requested',
        at: now,
        actorUserId: actor.userId,
        detail: `${reference}: ${CHANGE_KIND_LABELS[body.kind].toLowerCase()}`,
      },
    ]);
    // The explanation is free text and stays out of the audit trail.
    await audit({
      action: 'grant_change.request',
      entityType: 'grant',
      entityId: grantId,
      after: { changeId: id, reference, kind: body.kind },
    });
    return id;
  });
  return (await repo.findChange(db, scope, grantId, id).then((r) => r && toChange(r)))!;
}

interface TermsEffect {
  paidCents: number;
  excessCents: number;
}

/** Refuses when an unpaid term is in a payment run that finance has not exported yet. */
async function freeTerms(tx: Queryable, grantId: string) {
  const terms = await repo.termsWithRuns(tx, grantId);
  const blocking = [
    ...new Set(terms.filter((t) => t.paidAt === null && t.runReference).map((t) => t.runReference)),
  ];
  if (blocking.length > 0) {
    throw new AppError('GRANT_TERMS_IN_RUN', {
      message: `Een voorschot van deze subsidie zit in betaalrun ${blocking.join(', ')}, die nog niet is geëxporteerd. Financiën moet die betaalrun eerst annuleren of afronden; daarna kunt u de subsidie wijzigen.`,
    });
  }
  return terms.map((t) => ({
    dueDay: t.dueDay,
    amountCents: t.amountCents,
    paid: t.paidAt !== null,
  }));
}

/**
 * Sets the grant to a new amount: paid terms stay, unpaid terms shrink (or grow after an
 * objection) so the advances follow the new amount; a new term for a raise after everything
 * was paid falls due today within the period.
 */
async function setAmount(
  tx: Queryable,
  grant: { id: string; grantedCents: number; periodStart: string; periodEnd: string },
  newCents: number,
  { audit, actor, now }: { audit: Audit; actor: Actor; now: Date },
): Promise<TermsEffect> {
  const today = amsterdamDay(now);
  // A grant of the Sociaal Investeringsfonds keeps its commitment in step (docs/rules/fund-ledger.md).
  await followGrantAmount(tx, audit, actor, now, { grantId: grant.id, amountCents: newCents });
  const terms = await freeTerms(tx, grant.id);
  const paidCents = terms.filter((t) => t.paid).reduce((sum, t) => sum + t.amountCents, 0);
  if (newCents < grant.grantedCents) {
    const lowered = scheduleAfterLowering(terms, newCents);
    await repo.replaceFreeTerms(tx, grant.id, lowered.unpaid);
    return { paidCents, excessCents: lowered.excessCents };
  }
  if (newCents > grant.grantedCents) {
    // After the period the raise is due at once: the next payment run takes it.
    const day = today < grant.periodStart ? grant.periodStart : today;
    await repo.replaceFreeTerms(
      tx,
      grant.id,
      scheduleAfterRaise(terms, newCents - grant.grantedCents, day),
    );
  }
  return { paidCents, excessCents: Math.max(0, paidCents - newCents) };
}

async function writeLetter(
  tx: Queryable,
  { now, letters }: { now: Date; letters: LetterSettings },
  grant: { applicationId: string; reference: string; id: string },
  reference: string,
  reasons: string,
  change: ChangeLetterFacts['change'],
) {
  const municipality = await getSettings(
    { db: tx },
    { municipalityNameOverride: letters.municipalityNameOverride },
  );
  const facts = (await applicationLetterFacts(tx, grant.applicationId))!;
  const decision = (await repo.grantDecision(tx, grant.id))!;
  const letter = changeLetter({
    municipalityName: municipality.municipalityName,
    objectionAddress: letters.objectionAddress,
    reference,
    letterDate: amsterdamDay(now),
    addressLines: addressLines(facts),
    grantReference: grant.reference,
    decisionReference: decision.reference,
    provisionName: facts.provisionName,
    reasons,
    change,
  });
  const pdf = await renderPdf(plainLetterPdf(letter));
  const filename = `beschikking-${reference}.pdf`;
  const documentId = await insertDocument(tx, {
    kind: 'grant_change',
    applicationId: grant.applicationId,
    filename,
    contentType: 'application/pdf',
    sha256: sha256(pdf),
    data: pdf,
    createdAt: now,
  });
  return {
    documentId,
    filename,
    html: plainLetterHtml(letter),
    sha256: sha256(pdf),
    organisationId: facts.organisationId,
  };
}

async function mailLetter(
  tx: Queryable,
  mail: MailSettings | undefined,
  organisationId: string,
  letter: { documentId: string; filename: string },
  subject: string,
  grantReference: string,
) {
  if (!mail) return;
  for (const recipient of await activeApplicantEmails(tx, [organisationId])) {
    await queueMail(tx, mail, {
      to: recipient.email,
      subject,
      text: [
        'Goedendag,',
        '',
        `In de bijlage vindt u ons besluit over uw subsidie ${grantReference}. U kunt het ook lezen in Samenredzaam, bij de subsidie.`,
      ].join('\n'),
      attachments: [
        {
          filename: letter.filename,
          contentType: 'application/pdf',
          documentId: letter.documentId,
        },
      ],
    });
  }
}

/**
 * The policy officer grants or refuses a change request, with reasons, in a letter. A granted
 * period moves the grant's period and report due day, and unpaid terms outside the new period
 * to its start or end; a granted budget shift is the budget the settlement checks against; an
 * activity change is recorded.
 */
export async function decideChange(
  { db, actor, scope, now }: UseCaseContext,
  {
    grantId,
    changeId,
    body,
    letters,
    mail,
  }: {
    grantId: string;
    changeId: string;
    body: ChangeDecisionBody;
    letters: LetterSettings;
    mail?: MailSettings | undefined;
  },
): Promise<GrantChange> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const locked = await repo.lockChange(tx, changeId);
    const change = await repo.findChange(tx, scope, grantId, changeId);
    if (!locked || !change) throw new AppError('NOT_FOUND');
    if (locked.status !== 'pending') throw new AppError('GRANT_CHANGE_DECIDED');
    const grant = await openGrant(tx, scope, grantId);
    const content = await contentOf(tx, grant.applicationId);
    const stored = change.body as Record<string, unknown>;
    let effect: string | null = null;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (body.outcome === 'granted') {
      if (change.kind === 'period') {
        const period = stored as unknown as PeriodBody;
        // The grant may have changed since the request: the rule is checked again.
        refuse(
          periodChangeProblems(
            { start: grant.periodStart, end: grant.periodEnd },
            { start: period.periodStart, end: period.periodEnd },
          ),
        );
        const terms = await freeTerms(tx, grantId);
        const unpaid = termsWithinPeriod(
          terms.filter((t) => !t.paid),
          { start: period.periodStart, end: period.periodEnd },
        );
        await repo.replaceFreeTerms(tx, grantId, unpaid);
        const due = reportDueDay(period.periodEnd);
        await repo.updateGrant(tx, grantId, {
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          reportDueDay: due,
        });
        Object.assign(before, { periodStart: grant.periodStart, periodEnd: grant.periodEnd });
        Object.assign(after, { ...period, reportDueDay: due });
        effect = `De subsidieperiode is voortaan ${formatDay(period.periodStart)} tot en met ${formatDay(period.periodEnd)}. U dient de verantwoording in uiterlijk ${formatDay(due)}. Voorschotten die buiten de nieuwe periode zouden vallen, betalen wij aan het begin of het einde ervan.`;
      } else if (change.kind === 'budget_shift') {
        refuse(
          budgetShiftProblems(
            content.budgetLines.map((l) => l.cents),
            stored.budgetLines as number[],
          ),
        );
        effect =
          'De begroting met de verschoven bedragen is voortaan de begroting waaraan wij de besteding toetsen bij de vaststelling. Het verleende bedrag blijft gelijk.';
      } else {
        effect =
          'De activiteit zoals u die beschreef, geldt voortaan als de gesubsidieerde activiteit. Het verleende bedrag blijft gelijk.';
      }
    }
    const letter = await writeLetter(tx, { now, letters }, grant, change.reference, body.reasons, {
      kind: 'request',
      outcome: body.outcome,
      requestedDay: amsterdamDay(change.requestedAt ?? now),
      summary: summaryOf(change.kind, change.body),
      effect,
    });
    await repo.updateChange(tx, changeId, {
      status: body.outcome,
      reasons: body.reasons.trim(),
      decidedBy: actor.userId,
      decidedAt: now,
      documentId: letter.documentId,
      html: letter.html,
    });
    await insertGrantEvents(tx, [
      {
        grantId,
        kind: 'change_decided',
        at: now,
        actorUserId: actor.userId,
        detail: `${change.reference}: ${body.outcome === 'granted' ? 'toegekend' : 'afgewezen'}`,
      },
    ]);
    await mailLetter(
      tx,
      mail,
      letter.organisationId,
      letter,
      `Besluit op uw wijzigingsverzoek ${change.reference}`,
      grant.reference,
    );
    await audit({
      action: 'grant_change.decide',
      entityType: 'grant',
      entityId: grantId,
      before,
      after: {
        ...after,
        changeId,
        reference: change.reference,
        kind: change.kind,
        outcome: body.outcome,
        sha256: letter.sha256,
      },
    });
  });
  return toChange((await repo.findChange(db, scope, grantId, changeId))!);
}

/**
 * The policy officer lowers or withdraws a grant before it is settled (Awb 4:48), on one of
 * the grounds of the first paragraph, with reasons, in a letter. A lowering leaves what was
 * paid above the new amount for the settlement; a withdrawal ends the grant: no advances any
 * more, and what was paid is reclaimed within six weeks (docs/rules/grant-lifecycle.md).
 */
export async function lowerGrant(
  { db, actor, scope, now }: UseCaseContext,
  {
    grantId,
    body,
    letters,
    mail,
  }: {
    grantId: string;
    body: LoweringBody;
    letters: LetterSettings;
    mail?: MailSettings | undefined;
  },
): Promise<GrantChange> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    const grant = await openGrant(tx, scope, grantId);
    const withdrawal = body.kind === 'withdrawal';
    const newCents = withdrawal ? 0 : body.newCents;
    if (newCents === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'newCents', message: 'Vul het nieuwe bedrag in.' }],
      });
    }
    refuse(withdrawal ? [] : loweringProblems(grant.grantedCents, newCents));
    if (!withdrawal && newCents === 0) {
      refuse([
        {
          path: 'newCents',
          message: 'Een verlaging tot € 0,00 is een intrekking: kies intrekken.',
        },
      ]);
    }
    const today = amsterdamDay(now);
    const { paidCents, excessCents } = await setAmount(tx, grant, newCents, { audit, actor, now });
    const reclaimDueDay = withdrawal && excessCents > 0 ? statutoryTerm(today, 6).deadline : null;
    const reference = await nextReference(tx, 'grantChange', Number(today.slice(0, 4)));
    const letter = await writeLetter(tx, { now, letters }, grant, reference, body.reasons, {
      kind: body.kind,
      ground: body.ground,
      previousCents: grant.grantedCents,
      newCents,
      paidCents,
      excessCents,
      reclaimDueDay,
    });
    await repo.updateGrant(tx, grantId, {
      grantedCents: newCents,
      ...(withdrawal ? { status: 'withdrawn' } : {}),
    });
    const id = await repo.insertChange(tx, {
      reference,
      grantId,
      kind: body.kind,
      body: { previousCents: grant.grantedCents, newCents },
      status: 'decided',
      ground: body.ground,
      reasons: body.reasons.trim(),
      previousCents: grant.grantedCents,
      newCents,
      excessCents,
      reclaimDueDay,
      decidedBy: actor.userId,
      decidedAt: now,
      documentId: letter.documentId,
      html: letter.html,
    });
    await insertGrantEvents(tx, [
      {
        grantId,
        kind: withdrawal ? 'withdrawn' : 'lowered',
        at: now,
        actorUserId: actor.userId,
        detail: withdrawal
          ? `${reference}: ingetrokken (artikel 4:48, eerste lid, onder ${body.ground}, Awb)`
          : `${reference}: ${formatEuros(grant.grantedCents)} → ${formatEuros(newCents)} (artikel 4:48, eerste lid, onder ${body.ground}, Awb)`,
      },
    ]);
    await mailLetter(
      tx,
      mail,
      letter.organisationId,
      letter,
      withdrawal
        ? `Intrekking van uw subsidie ${grant.reference}`
        : `Verlaging van uw subsidie ${grant.reference}`,
      grant.reference,
    );
    await audit({
      action: withdrawal ? 'grant.withdraw' : 'grant.lower',
      entityType: 'grant',
      entityId: grantId,
      before: { grantedCents: grant.grantedCents, status: grant.status },
      after: {
        changeId: id,
        reference,
        grantedCents: newCents,
        status: withdrawal ? 'withdrawn' : grant.status,
        ground: body.ground,
        paidCents,
        excessCents,
        reclaimDueDay,
        sha256: letter.sha256,
      },
    });
    return id;
  });
  return toChange((await repo.findChange(db, scope, grantId, id))!);
}

/**
 * A new decision after a well-founded objection sets the grant's amount (inside the objection
 * decision's transaction): the grant follows the new decision, its unpaid terms the new
 * amount; paid terms stay, and what was paid above the new amount is left for the settlement.
 * An application without a grant gets none here: the caller makes one for a granting decision.
 */
export async function followNewDecision(
  tx: Queryable,
  { actor, now, audit }: { actor: Actor; now: Date; audit: Audit },
  {
    applicationId,
    decision,
    objectionReference,
  }: {
    applicationId: string;
    decision: { id: string; reference: string; grantedCents: number };
    objectionReference: string;
  },
): Promise<boolean> {
  const found = await repo.grantOfApplication(tx, applicationId);
  if (!found) return false;
  const current = (await repo.lockGrant(tx, { kind: 'all' }, found.id))!;
  if (CLOSED.includes(current.status)) {
    // The decision on the objection is not held up; the settled or withdrawn grant is left as
    // it is, and its timeline says so (docs/rules/grant-lifecycle.md).
    await insertGrantEvents(tx, [
      {
        grantId: current.id,
        kind: 'change_decided',
        at: now,
        actorUserId: actor.userId,
        detail: `Beschikking ${decision.reference} na bezwaar ${objectionReference} (${formatEuros(decision.grantedCents)}) is niet verwerkt: de subsidie is al ${current.status === 'withdrawn' ? 'ingetrokken' : 'vastgesteld'}`,
      },
    ]);
    await audit({
      action: 'grant.follow_decision',
      entityType: 'grant',
      entityId: current.id,
      after: { decisionReference: decision.reference, objectionReference, applied: false },
    });
    return true;
  }
  const grant = await openGrant(tx, { kind: 'all' }, found.id);
  const newCents = decision.grantedCents;
  const { paidCents, excessCents } = await setAmount(tx, grant, newCents, { audit, actor, now });
  // The new decision states the tier of its own amount (docs/rules/grant-lifecycle.md).
  await repo.updateGrant(tx, grant.id, {
    grantedCents: newCents,
    decisionId: decision.id,
    accountabilityTier: accountabilityTier(newCents),
  });
  await insertGrantEvents(tx, [
    {
      grantId: grant.id,
      kind: newCents < grant.grantedCents ? 'lowered' : 'change_decided',
      at: now,
      actorUserId: actor.userId,
      detail: `Beschikking ${decision.reference} na bezwaar ${objectionReference}: ${formatEuros(grant.grantedCents)} → ${formatEuros(newCents)}${excessCents > 0 ? `; ${formatEuros(excessCents)} te veel betaald, verrekend bij de vaststelling` : ''}`,
    },
  ]);
  await audit({
    action: 'grant.follow_decision',
    entityType: 'grant',
    entityId: grant.id,
    before: { grantedCents: grant.grantedCents },
    after: {
      grantedCents: newCents,
      decisionReference: decision.reference,
      objectionReference,
      paidCents,
      excessCents,
    },
  });
  return true;
}

export async function changeLetterDocument(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { grantId, changeId }: { grantId: string; changeId: string },
) {
  const change = await repo.findChange(db, scope, grantId, changeId);
  if (!change?.documentId) {
    throw new AppError('NOT_FOUND', { message: 'Er is (nog) geen brief bij deze wijziging.' });
  }
  return (await repo.findDocument(db, change.documentId))!;
}
