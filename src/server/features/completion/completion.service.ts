/**
 * Requests to complete an application (aanvulverzoek, Awb 4:5), the applicant's answer, and
 * setting an application aside when a request went unanswered past its term. Every step is
 * audited without the free texts, which may hold personal data. docs/rules/time-to-complete.md
 */
import type { Category } from '../../../domain/tender/categories.ts';
import {
  completionDueDay,
  completionState,
  setAsideRefusal,
} from '../../../domain/tender/completion.ts';
import { objectionDeadline } from '../../../domain/tender/objection.ts';
import {
  ATTACHMENT_LABELS,
  type AttachmentKind,
} from '../../../domain/tender/scheme-definition.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { sniffContentType } from '../../platform/uploads.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import * as applicationsRepo from '../applications/applications.repository.ts';
import { getApplication } from '../applications/applications.service.ts';
import { addressLines, plainLetterHtml, plainLetterPdf } from '../decisions/plain-letter.ts';
import { activeApplicantEmails } from '../organisations/organisations.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import * as notifications from '../notifications/notifications.service.ts';
import * as repo from './completion.repository.ts';
import type { CompletionRequest } from './completion.schemas.ts';
import { setAsideLetter } from './set-aside-letter.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

function toRequest(row: repo.CompletionRow, now: Date): CompletionRequest {
  return {
    id: row.id,
    applicationId: row.applicationId,
    applicationReference: row.applicationReference ?? '',
    organisationName: row.organisationName,
    attachmentKind: row.attachmentKind as AttachmentKind | null,
    description: row.description,
    termDays: row.termDays,
    requestedDay: row.requestedDay,
    dueDay: row.dueDay,
    state: row.setAsideDecisionReference
      ? 'set_aside'
      : completionState(
          { dueDay: row.dueDay, answered: row.answeredAt !== null },
          amsterdamDay(now),
        ),
    answerText: row.answerText,
    answerAttachment:
      row.answerAttachmentId && row.answerFilename && row.answerSha256
        ? { id: row.answerAttachmentId, filename: row.answerFilename, sha256: row.answerSha256 }
        : null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    setAsideDecisionReference: row.setAsideDecisionReference,
  };
}

/** The requests of one application, newest first: part of the application's timeline. */
export async function listForApplication(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { applicationId }: { applicationId: string },
): Promise<CompletionRequest[]> {
  await getApplication({ db, scope }, { applicationId });
  return (await repo.listRequests(db, repo.ofApplication(applicationId))).map((r) =>
    toRequest(r, now),
  );
}

/** Every request the municipality still waits for or can act on. */
export async function listUnanswered({
  db,
  now,
}: Pick<UseCaseContext, 'db' | 'now'>): Promise<CompletionRequest[]> {
  return (await repo.listRequests(db, repo.unanswered())).map((r) => toRequest(r, now));
}

export async function requestCompletion(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId,
    body,
    mail,
  }: {
    applicationId: string;
    body: { attachmentKind: AttachmentKind | null; description: string; termDays: number };
    mail: MailSettings;
  },
): Promise<CompletionRequest> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    await applicationsRepo.lockApplication(tx, applicationId);
    const application = await getApplication({ db: tx, scope }, { applicationId });
    if (application.status !== 'submitted') {
      throw new AppError('COMPLETION_NOT_POSSIBLE', {
        message:
          'Alleen bij een op tijd ingediende aanvraag die nog in behandeling is, kan om aanvulling worden gevraagd.',
      });
    }
    const requestedDay = amsterdamDay(now);
    const dueDay = completionDueDay(requestedDay, body.termDays);
    const id = await repo.insertRequest(tx, {
      applicationId,
      attachmentKind: body.attachmentKind,
      description: body.description,
      termDays: body.termDays,
      requestedDay,
      dueDay,
      requestedBy: actor.userId,
      requestedAt: now,
    });
    await notifications.notifyCompletionRequest({ db: tx, now }, { application, dueDay });
    const recipients = await activeApplicantEmails(tx, [application.organisationId]);
    for (const recipient of recipients) {
      await queueMail(tx, mail, {
        to: recipient.email,
        subject: `Vul uw aanvraag ${application.reference} aan vóór ${formatDay(dueDay)}`,
        text: [
          'Goedendag,',
          '',
          `Om uw aanvraag ${application.reference} voor ${application.provisionName} te kunnen beoordelen, hebben wij nog nodig: ${body.attachmentKind ? `${ATTACHMENT_LABELS[body.attachmentKind].toLowerCase()}. ` : ''}${body.description}`,
          `U kunt de aanvraag aanvullen in Samenredzaam, op de pagina van uw aanvraag, tot en met ${formatDay(dueDay)}.`,
          'Vult u de aanvraag niet op tijd aan, dan kunnen wij besluiten haar niet in behandeling te nemen (artikel 4:5 Algemene wet bestuursrecht).',
        ].join('\n'),
      });
    }
    await audit({
      action: 'completion.request',
      entityType: 'application',
      entityId: applicationId,
      after: {
        requestId: id,
        attachmentKind: body.attachmentKind,
        termDays: body.termDays,
        requestedDay,
        dueDay,
      },
    });
    return id;
  });
  return oneRequest(db, applicationId, id, now);
}

async function oneRequest(db: Queryable, applicationId: string, id: string, now: Date) {
  const rows = await repo.listRequests(db, repo.ofApplication(applicationId));
  const row = rows.find((r) => r.id === id);
  if (!row) {
    throw new AppError('NOT_FOUND', {
      message: 'Dit verzoek om aanvulling bestaat niet bij deze aanvraag.',
    });
  }
  return toRequest(row, now);
}

/**
 * The applicant completes the application: the document asked for, or a written answer. An
 * answer after the term is still accepted as long as the application was not set aside.
 */
export async function answerCompletion(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId,
    requestId,
    answer,
  }: {
    applicationId: string;
    requestId: string;
    answer: { text: string; file: { filename: string; data: Buffer } | null };
  },
): Promise<CompletionRequest> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await applicationsRepo.lockApplication(tx, applicationId);
    await getApplication({ db: tx, scope }, { applicationId });
    const request = await oneRequest(tx, applicationId, requestId, now);
    if (request.state === 'answered' || request.state === 'set_aside') {
      throw new AppError('COMPLETION_NOT_POSSIBLE', {
        message:
          request.state === 'answered'
            ? 'U hebt dit verzoek al beantwoord.'
            : 'De aanvraag is buiten behandeling gesteld; aanvullen kan niet meer.',
      });
    }
    let attachment: { id: string; sha256: string } | null = null;
    if (request.attachmentKind) {
      if (!answer.file) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [
            {
              path: 'file',
              message: `Voeg toe: ${ATTACHMENT_LABELS[request.attachmentKind].toLowerCase()}.`,
            },
          ],
        });
      }
      const contentType = sniffContentType(answer.file.data);
      if (!contentType) {
        throw new AppError('UNSUPPORTED_FILE', {
          fields: [{ path: 'file', message: 'Kies een PDF-bestand of een afbeelding.' }],
        });
      }
      const hash = sha256(answer.file.data);
      const attachmentId = await applicationsRepo.insertAttachment(tx, {
        applicationId,
        kind: request.attachmentKind,
        filename: answer.file.filename.slice(0, 200),
        contentType,
        sizeBytes: answer.file.data.length,
        sha256: hash,
        data: answer.file.data,
        uploadedBy: actor.userId,
        uploadedAt: now,
      });
      attachment = { id: attachmentId, sha256: hash };
    } else if (answer.text.length === 0) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'text', message: 'Schrijf uw antwoord op de vraag van de gemeente.' }],
      });
    }
    await repo.recordAnswer(tx, requestId, {
      answerText: answer.text.length > 0 ? answer.text : null,
      answerAttachmentId: attachment?.id ?? null,
      answeredBy: actor.userId,
      answeredAt: now,
    });
    await audit({
      action: 'completion.answer',
      entityType: 'application',
      entityId: applicationId,
      after: {
        requestId,
        attachmentId: attachment?.id ?? null,
        sha256: attachment?.sha256 ?? null,
        textLength: answer.text.length,
        withinTerm: request.state === 'open',
      },
    });
  });
  return oneRequest(db, applicationId, requestId, now);
}

export interface SetAsideInput {
  applicationId: string;
  body: { completionRequestId?: string | undefined };
  mail: MailSettings;
  municipalityNameOverride: string | undefined;
  objectionAddress: string;
}

/**
 * Sets an application aside (buiten behandeling stellen): only on a request to complete whose
 * term has passed without an answer, and before the category's ranking is fixed (after that
 * the ranking would still count the application). The decision is issued at once.
 */
export async function setAside(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId, body, ...options }: SetAsideInput,
) {
  const municipality = await getSettings(
    { db },
    { municipalityNameOverride: options.municipalityNameOverride },
  );
  return changeWithAudit(db, actor, async (tx, audit) => {
    await applicationsRepo.lockApplication(tx, applicationId);
    const application = await getApplication({ db: tx, scope }, { applicationId });
    if (application.status !== 'submitted') {
      throw new AppError('COMPLETION_NOT_POSSIBLE', {
        message:
          'Alleen een ingediende aanvraag die nog in behandeling is, kan buiten behandeling worden gesteld.',
      });
    }
    const requests = await repo.listRequests(tx, repo.ofApplication(applicationId));
    const row = body.completionRequestId
      ? requests.find((r) => r.id === body.completionRequestId)
      : requests[0];
    if (body.completionRequestId && !row) {
      throw new AppError('NOT_FOUND', {
        message: 'Dit verzoek om aanvulling bestaat niet bij deze aanvraag.',
      });
    }
    const day = amsterdamDay(now);
    const refusal = setAsideRefusal(
      row ? { dueDay: row.dueDay, answered: row.answeredAt !== null } : null,
      day,
    );
    if (refusal === 'COMPLETION_TERM_RUNNING') {
      throw new AppError(refusal, {
        message: `De termijn om de aanvraag aan te vullen loopt tot en met ${formatDay(row!.dueDay)}. Pas daarna kan de aanvraag buiten behandeling worden gesteld.`,
        details: { dueDay: row!.dueDay },
      });
    }
    if (refusal) throw new AppError(refusal);
    const facts = await repo.letterFacts(tx, applicationId);
    if (await repo.categoryRankingFixed(tx, facts!.roundId, facts!.category)) {
      throw new AppError('COMPLETION_NOT_POSSIBLE', {
        message:
          'De rangschikking van deze categorie ligt al vast. Stel de aanvraag buiten behandeling vóór het vaststellen van de rangschikking.',
      });
    }
    const reference = await applicationsRepo.nextReference(tx, 'decision', facts!.year);
    const letter = setAsideLetter({
      municipalityName: municipality.municipalityName,
      objectionAddress: options.objectionAddress,
      reference,
      applicationReference: facts!.reference ?? '',
      letterDate: day,
      objectionDeadline: objectionDeadline(day),
      addressLines: addressLines(facts!),
      roundName: facts!.roundName,
      category: facts!.category as Category,
      provisionName: facts!.provisionName,
      request: {
        requestedDay: row!.requestedDay,
        dueDay: row!.dueDay,
        attachmentKind: row!.attachmentKind as AttachmentKind | null,
        description: row!.description,
      },
    });
    const pdf = await renderPdf(plainLetterPdf(letter));
    const filename = `beschikking-${reference}.pdf`;
    const documentId = await applicationsRepo.insertDocument(tx, {
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
      outcome: 'set_aside',
      grantedCents: 0,
      documentId,
      html: plainLetterHtml(letter),
      generatedAt: now,
      issuedAt: now,
    });
    await repo.recordSetAside(tx, row!.id, decisionId);
    await applicationsRepo.setStatus(
      tx,
      applicationId,
      { status: 'set_aside', updatedBy: actor.userId },
      now,
    );
    const recipients = await activeApplicantEmails(tx, [facts!.organisationId]);
    for (const recipient of recipients) {
      await queueMail(tx, options.mail, {
        to: recipient.email,
        subject: `Beschikking ${reference}: aanvraag ${facts!.reference} niet in behandeling genomen`,
        text: [
          'Goedendag,',
          '',
          `In de bijlage vindt u de beschikking ${reference}: wij nemen uw aanvraag ${facts!.reference} niet in behandeling, omdat zij niet binnen de gestelde termijn is aangevuld.`,
          `Bent u het er niet mee eens, dan kunt u tot en met ${formatDay(objectionDeadline(day))} bezwaar maken; hoe staat in de beschikking.`,
        ].join('\n'),
        attachments: [{ filename, contentType: 'application/pdf', documentId }],
      });
    }
    await audit({
      action: 'application.set_aside',
      entityType: 'application',
      entityId: applicationId,
      before: { status: 'submitted' },
      after: {
        status: 'set_aside',
        requestId: row!.id,
        dueDay: row!.dueDay,
        decisionReference: reference,
        sha256: sha256(pdf),
      },
    });
    return {
      decisionReference: reference,
      sentDay: day,
      objectionDeadline: objectionDeadline(day),
    };
  });
}

/** The application and addressee facts a letter about one application needs. */
export const applicationLetterFacts = repo.letterFacts;
