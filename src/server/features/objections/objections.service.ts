/**
 * The objections register: registering an objection against a decision (in time or not, from
 * the decision's sending day), the hearing, and the decision on the objection as a letter. A
 * (partly) well-founded objection revises the ranking (a new version with the objection as its
 * reason) and makes a new decision that names the one it replaces. docs/rules/objections.md
 */
import type { Category } from '../../../domain/tender/categories.ts';
import { objectionDeadline } from '../../../domain/tender/objection.ts';
import {
  OBJECTION_OUTCOME_LABELS,
  type ObjectionOutcome,
  objectionTimeliness,
  revokesDecision,
} from '../../../domain/tender/objection-outcomes.ts';
import { DECISION_TITLES } from '../../../domain/tender/outcomes.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import * as applicationsRepo from '../applications/applications.repository.ts';
import { getApplication } from '../applications/applications.service.ts';
import { applicationLetterFacts } from '../completion/completion.service.ts';
import { type LetterSettings, insertLetter } from '../decisions/decisions.service.ts';
import { addressLines, plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import { followNewDecision } from '../grant-changes/grant-changes.service.ts';
import { createGrantsForDecisions } from '../grants/grants.service.ts';
import { fixRankingIn } from '../ranking/ranking.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import { objectionLetter } from './objection-letter.ts';
import * as repo from './objections.repository.ts';
import type { Objection } from './objections.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

function toObjection(row: repo.ObjectionRow, withNotes: boolean): Objection {
  return {
    id: row.id,
    reference: row.reference,
    applicationId: row.applicationId,
    applicationReference: row.applicationReference ?? '',
    organisationName: row.organisationName,
    decisionId: row.decisionId,
    decisionReference: row.decisionReference,
    decisionSentDay: row.decisionIssuedAt ? amsterdamDay(row.decisionIssuedAt) : '',
    receivedDay: row.receivedDay,
    deadlineDay: row.deadlineDay,
    inTime: row.inTime,
    hearingDay: row.hearingDay,
    hearingNotes: withNotes ? row.hearingNotes : null,
    outcome: row.outcome as ObjectionOutcome | null,
    reasons: row.decidedAt ? row.reasons : withNotes ? row.reasons : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    html: row.html,
    newDecisionReference: row.newDecisionReference,
    newRankingVersion: row.newRankingVersion,
  };
}

export async function listObjections({ db }: Pick<UseCaseContext, 'db'>): Promise<Objection[]> {
  return (await repo.listObjections(db, undefined)).map((r) => toObjection(r, true));
}

export async function getObjection(
  { db }: Pick<UseCaseContext, 'db'>,
  { objectionId }: { objectionId: string },
): Promise<Objection> {
  const [row] = await repo.listObjections(db, repo.byId(objectionId));
  if (!row) throw new AppError('NOT_FOUND');
  return toObjection(row, true);
}

/** The objections against an application's decisions; the hearing record stays internal. */
export async function objectionsOfApplication(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { applicationId }: { applicationId: string },
): Promise<Objection[]> {
  await getApplication({ db, scope }, { applicationId });
  return (await repo.listObjections(db, repo.ofApplication(applicationId))).map((r) =>
    toObjection(r, scope.kind === 'all'),
  );
}

export async function objectionLetterDocument(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { applicationId, objectionId }: { applicationId: string; objectionId: string },
) {
  const objections = await objectionsOfApplication({ db, scope }, { applicationId });
  const [row] = (await repo.listObjections(db, repo.byId(objectionId))).filter(
    (r) => objections.some((o) => o.id === r.id) && r.documentId,
  );
  if (!row?.documentId) {
    throw new AppError('NOT_FOUND', {
      message: 'Er is (nog) geen beslissing op dit bezwaar bij deze aanvraag.',
    });
  }
  return (await repo.findDocument(db, row.documentId))!;
}

export async function registerObjection(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId,
    body,
  }: {
    applicationId: string;
    body: { decisionId?: string | undefined; receivedDay: string; postedDay: string | null };
  },
): Promise<Objection> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    await applicationsRepo.lockApplication(tx, applicationId);
    await getApplication({ db: tx, scope }, { applicationId });
    const decision = body.decisionId
      ? await repo.findDecision(tx, body.decisionId)
      : await repo.decisionInForce(tx, applicationId);
    if (!decision || decision.applicationId !== applicationId) {
      throw new AppError('OBJECTION_NOT_POSSIBLE', {
        message: 'Er is geen beschikking op deze aanvraag waartegen bezwaar kan worden gemaakt.',
      });
    }
    if (!decision.issuedAt) {
      throw new AppError('OBJECTION_NOT_POSSIBLE', {
        message: `Beschikking ${decision.reference} is nog niet verzonden; de bezwaartermijn loopt nog niet.`,
      });
    }
    const sentDay = amsterdamDay(decision.issuedAt);
    const today = amsterdamDay(now);
    const problems: { path: string; message: string }[] = [];
    if (body.receivedDay < sentDay)
      problems.push({
        path: 'receivedDay',
        message: `De datum van ontvangst ligt vóór de verzending van de beschikking (${formatDay(sentDay)}).`,
      });
    if (body.receivedDay > today)
      problems.push({
        path: 'receivedDay',
        message: 'De datum van ontvangst ligt in de toekomst.',
      });
    if (body.postedDay && body.postedDay > body.receivedDay)
      problems.push({
        path: 'postedDay',
        message: 'Het poststempel ligt na de datum van ontvangst.',
      });
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
    const { deadlineDay, inTime } = objectionTimeliness({
      sentDay,
      receivedDay: body.receivedDay,
      postedDay: body.postedDay,
    });
    const year = Number(body.receivedDay.slice(0, 4));
    const reference = await applicationsRepo.nextReference(tx, 'objection', year);
    const id = await repo.insertObjection(tx, {
      reference,
      decisionId: decision.id,
      applicationId,
      receivedDay: body.receivedDay,
      deadlineDay,
      inTime,
      registeredBy: actor.userId,
      registeredAt: now,
    });
    await audit({
      action: 'objection.register',
      entityType: 'application',
      entityId: applicationId,
      after: {
        objectionId: id,
        reference,
        decisionReference: decision.reference,
        sentDay,
        receivedDay: body.receivedDay,
        postedDay: body.postedDay,
        deadlineDay,
        inTime,
      },
    });
    return id;
  });
  return getObjection({ db }, { objectionId: id });
}

async function openObjection(db: Queryable, id: string) {
  await repo.lockObjection(db, id);
  const objection = await getObjection({ db }, { objectionId: id });
  if (objection.decidedAt) throw new AppError('OBJECTION_DECIDED');
  return objection;
}

export async function recordHearing(
  { db, actor }: UseCaseContext,
  {
    objectionId: id,
    body,
  }: { objectionId: string; body: { hearingDay: string; hearingNotes: string } },
): Promise<Objection> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const objection = await openObjection(tx, id);
    if (body.hearingDay < objection.receivedDay) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'hearingDay',
            message: `De hoorzitting ligt vóór de ontvangst van het bezwaarschrift (${formatDay(objection.receivedDay)}).`,
          },
        ],
      });
    }
    await repo.updateObjection(tx, id, {
      hearingDay: body.hearingDay,
      hearingNotes: body.hearingNotes.length > 0 ? body.hearingNotes : null,
    });
    await audit({
      action: 'objection.hearing',
      entityType: 'application',
      entityId: objection.applicationId,
      before: { hearingDay: objection.hearingDay },
      after: {
        objectionId: id,
        hearingDay: body.hearingDay,
        notesLength: body.hearingNotes.length,
      },
    });
  });
  return getObjection({ db }, { objectionId: id });
}

export interface DecideInput {
  objectionId: string;
  body: { outcome: ObjectionOutcome; reasons: string };
  mail: MailSettings;
  letters: LetterSettings;
}

/**
 * Decides on the objection and issues the letter at once. When the objection is (partly)
 * well-founded against a ranking decision, the ranking of the category is revised (it reads
 * the final scores and condition checks as the chair corrected them) and the application gets
 * a new decision from that version, issued with the decision on the objection.
 */
export async function decideObjection(
  { db, actor, now }: UseCaseContext,
  { objectionId: id, body, ...options }: DecideInput,
): Promise<Objection> {
  const municipality = await getSettings(
    { db },
    { municipalityNameOverride: options.letters.municipalityNameOverride },
  );
  await changeWithAudit(db, actor, async (tx, audit) => {
    const objection = await openObjection(tx, id);
    if (body.outcome === 'partly_well_founded' && !objection.hearingDay) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'hearingDay',
            message:
              'Een bezwaar dat deels gegrond is, wordt pas beslist nadat de indiener is gehoord (artikel 7:2 Awb). Leg eerst de hoorzitting vast.',
          },
        ],
      });
    }
    const old = (await repo.findDecision(tx, objection.decisionId))!;
    const facts = (await applicationLetterFacts(tx, objection.applicationId))!;
    let newDecision: { id: string; reference: string; documentId: string } | null = null;
    let newRankingId: string | null = null;
    let backInProcess = false;
    let newTitle = '';
    if (revokesDecision(body.outcome)) {
      if (old.rankingId) {
        const previous = (await repo.findRanking(tx, old.rankingId))!;
        const revised = await fixRankingIn(
          tx,
          audit,
          actor,
          previous.roundId,
          previous.category as Category,
          `Bezwaar ${objection.reference} ${OBJECTION_OUTCOME_LABELS[body.outcome].toLowerCase()}: herziening na heroverweging van beschikking ${old.reference}`,
          now,
        );
        newRankingId = revised.id;
        const result = revised.output.applications.find((a) => a.reference === facts.reference);
        if (!result) {
          throw new AppError('OBJECTION_NOT_POSSIBLE', {
            message: 'De aanvraag komt in de herziene rangschikking niet meer voor.',
          });
        }
        newDecision = await insertLetter(
          { db: tx, now },
          {
            audit,
            settings: options.letters,
            ranking: revised,
            reference: facts.reference!,
            applicationId: objection.applicationId,
            replaces: {
              decisionId: old.id,
              reference: old.reference,
              objectionReference: objection.reference,
            },
          },
        );
        newTitle = DECISION_TITLES[result.outcome];
        // The grant follows the new decision: its amount and unpaid terms; an application
        // that had no grant gets one when the new decision grants an amount.
        const followed = await followNewDecision(
          tx,
          { actor, now, audit },
          {
            applicationId: objection.applicationId,
            decision: { ...newDecision, grantedCents: result.grantedCents },
            objectionReference: objection.reference,
          },
        );
        if (!followed) {
          await createGrantsForDecisions(
            { db: tx, actor, now },
            { decisionIds: [newDecision.id], audit },
          );
        }
      } else if (old.outcome === 'set_aside') {
        // The application was set aside (Awb 4:5): it is taken back into process and gets its
        // decision from the ranking like the others.
        await applicationsRepo.setStatus(
          tx,
          objection.applicationId,
          { status: 'submitted', updatedBy: actor.userId },
          now,
        );
        backInProcess = true;
      }
    }
    const today = amsterdamDay(now);
    const letter = objectionLetter({
      municipalityName: municipality.municipalityName,
      reference: objection.reference,
      letterDate: today,
      appealDeadline: objectionDeadline(today),
      addressLines: addressLines(facts),
      applicationReference: facts.reference ?? '',
      decisionReference: old.reference,
      decisionSentDay: objection.decisionSentDay,
      receivedDay: objection.receivedDay,
      deadlineDay: objection.deadlineDay,
      inTime: objection.inTime,
      hearingDay: objection.hearingDay,
      outcome: body.outcome,
      reasons: body.reasons,
      newDecision: newDecision ? { reference: newDecision.reference, title: newTitle } : null,
      backInProcess,
    });
    const pdf = await renderPdf(plainLetterPdf(letter));
    const filename = `beslissing-op-bezwaar-${objection.reference}.pdf`;
    const documentId = await applicationsRepo.insertDocument(tx, {
      kind: 'objection_decision',
      applicationId: objection.applicationId,
      filename,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
      data: pdf,
      createdAt: now,
    });
    await repo.updateObjection(tx, id, {
      outcome: body.outcome,
      reasons: body.reasons,
      documentId,
      html: plainLetterHtml(letter),
      newRankingId,
      newDecisionId: newDecision?.id ?? null,
      decidedBy: actor.userId,
      decidedAt: now,
    });
    const recipients = await activeApplicantEmails(tx, [facts.organisationId]);
    for (const recipient of recipients) {
      await queueMail(tx, options.mail, {
        to: recipient.email,
        subject: `Beslissing op uw bezwaar ${objection.reference}`,
        text: [
          'Goedendag,',
          '',
          `In de bijlage vindt u de beslissing op uw bezwaar ${objection.reference} tegen beschikking ${old.reference}: ${OBJECTION_OUTCOME_LABELS[body.outcome].toLowerCase()}.`,
          newDecision
            ? `Beschikking ${old.reference} is herroepen; daarvoor in de plaats komt beschikking ${newDecision.reference}, ook in de bijlage.`
            : null,
          `U kunt de beslissing ook lezen in Samenredzaam, bij uw aanvraag ${facts.reference}.`,
        ]
          .filter((line): line is string => line !== null)
          .join('\n'),
        attachments: [
          { filename, contentType: 'application/pdf', documentId },
          ...(newDecision
            ? [
                {
                  filename: `beschikking-${newDecision.reference}.pdf`,
                  contentType: 'application/pdf',
                  documentId: newDecision.documentId,
                },
              ]
            : []),
        ],
      });
    }
    await audit({
      action: 'objection.decide',
      entityType: 'application',
      entityId: objection.applicationId,
      after: {
        objectionId: id,
        reference: objection.reference,
        outcome: body.outcome,
        sha256: sha256(pdf),
        newDecisionReference: newDecision?.reference ?? null,
        newRankingId,
        backInProcess,
      },
    });
  });
  return getObjection({ db }, { objectionId: id });
}
