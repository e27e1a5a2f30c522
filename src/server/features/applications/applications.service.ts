import { isDeepStrictEqual } from 'node:util';
import {
  type ApplicationContent,
  applicationContentSchema,
  budgetTotals,
  contentAuditSummary,
  draftContentProblems,
  emptyContent,
  submissionProblems,
} from '../../../domain/applications/application-content.ts';
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { isOnTime, roundStatus } from '../../../domain/tender/round-rules.ts';
import {
  ATTACHMENT_LABELS,
  type AttachmentKind,
  schemeDefinitionSchema,
} from '../../../domain/tender/scheme-definition.ts';
import type { DataScope } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { acceptedContentType } from '../../platform/uploads.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import { getProvision } from '../provisions/provisions.service.ts';
import * as roundsRepo from '../rounds/rounds.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import * as repo from './applications.repository.ts';
import type {
  Application,
  ApplicationStatus,
  ApplicationSummary,
  Attachment,
} from './applications.schemas.ts';
import { receiptDefinition } from './receipt.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

function toSummary(row: repo.Summary): ApplicationSummary {
  return {
    ...row,
    category: row.category as Category,
    status: row.status as ApplicationStatus,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toAttachment(
  row: repo.AttachmentRow | Awaited<ReturnType<typeof repo.listAttachments>>[number],
): Attachment {
  return {
    ...row,
    kind: row.kind as AttachmentKind,
    uploadedAt: new Date(row.uploadedAt).toISOString(),
  };
}

export async function listApplications(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  filter: repo.ListFilter,
) {
  return (await repo.listApplications(db, scope, filter)).map(toSummary);
}

async function loadApplication(db: Queryable, scope: DataScope, id: string) {
  const row = await repo.findApplication(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  const definition = schemeDefinitionSchema.parse(row.formDefinition);
  const content = applicationContentSchema.parse(row.content);
  const attachments = row.attachments.map(toAttachment);
  return { row, definition, content, attachments, category: row.category as Category };
}

export async function getApplication(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { applicationId }: { applicationId: string },
): Promise<Application> {
  return toApplication(await loadApplication(db, scope, applicationId));
}

function toApplication(loaded: Awaited<ReturnType<typeof loadApplication>>): Application {
  const { row, definition, content, attachments, category } = loaded;
  const totals = budgetTotals(content.budgetLines, definition.categories[category].eligibleKinds);
  return {
    ...toSummary(row),
    version: row.version,
    content,
    formDefinition: definition,
    attachments,
    totals: {
      ...totals,
      grantableCents: Math.min(content.requestedCents ?? 0, totals.eligibleCents),
    },
    roundPeriod: { start: row.periodStart, end: row.periodEnd },
    deadlineAt: row.deadlineAt.toISOString(),
    deadlineDisplay: formatAmsterdamMoment(row.deadlineAt),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    updatedByName: row.updatedByName,
    problems:
      row.status === 'draft'
        ? submissionProblems({
            content,
            category,
            definition,
            attachmentKinds: attachments.map((a) => a.kind),
            round: { periodStart: row.periodStart, periodEnd: row.periodEnd },
          })
        : [],
  };
}

export async function createApplication(
  { db, actor, scope, now }: UseCaseContext,
  body: { roundId: string; provisionId: string },
): Promise<Application> {
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    const found = await roundsRepo.findRound(tx, body.roundId, true);
    if (!found)
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'roundId', message: 'Kies een open subsidieronde.' }],
      });
    const round = found.round;
    const status = roundStatus(
      {
        published: round.publishedAt !== null,
        opensAt: round.opensAt,
        deadlineAt: round.deadlineAt,
      },
      now,
    );
    if (status !== 'open') {
      throw new AppError('ROUND_NOT_OPEN', {
        message:
          status === 'closed'
            ? `De deadline van deze ronde (${formatAmsterdamMoment(round.deadlineAt)}) is verstreken; u kunt geen nieuwe aanvraag meer beginnen.`
            : 'Deze ronde is nog niet open voor aanvragen.',
      });
    }
    const provision = await getProvision(
      { db: tx, scope },
      { provisionId: body.provisionId },
    ).catch(() => {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          { path: 'provisionId', message: 'Kies een voorziening van uw eigen organisatie.' },
        ],
      });
    });
    if (await repo.activeApplicationForProvision(tx, body.roundId, body.provisionId)) {
      throw new AppError('DUPLICATE_APPLICATION');
    }
    const content: ApplicationContent = {
      ...emptyContent(),
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      reach: {
        participants: null,
        dayPartsPerWeek: provision.dayPartsPerWeek || null,
        weeksPerYear: null,
      },
    };
    const id = await repo.insertApplication(tx, {
      roundId: body.roundId,
      organisationId: provision.organisationId,
      provisionId: provision.id,
      category: provision.category,
      formDefinition: round.formDefinition,
      content,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await audit({
      action: 'application.create',
      entityType: 'application',
      entityId: id,
      after: {
        roundId: body.roundId,
        provisionId: provision.id,
        organisationId: provision.organisationId,
      },
    });
    return id;
  });
  return getApplication({ db, scope }, { applicationId: id });
}

/** Keys of the content that differ, for a compact audit trail of autosaves. */
function changedKeys(
  before: ApplicationContent,
  after: ApplicationContent,
): (keyof ApplicationContent)[] {
  return (Object.keys(after) as (keyof ApplicationContent)[]).filter(
    // Compared as values: the database hands back objects with their keys in its own order.
    (key) => !isDeepStrictEqual(before[key], after[key]),
  );
}

export async function saveDraft(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId: id,
    body,
  }: { applicationId: string; body: { version: number; content: ApplicationContent } },
): Promise<Application> {
  // Autosave is the busiest write: one read, one update and one audit row, and the answer
  // is built from what is in hand rather than read back.
  return changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockApplication(tx, id);
    const current = await loadApplication(tx, scope, id);
    if (current.row.status !== 'draft') throw new AppError('APPLICATION_NOT_EDITABLE');
    const problems = draftContentProblems({
      content: body.content,
      category: current.category,
      definition: current.definition,
    });
    if (problems.length > 0) {
      throw new AppError('VALIDATION_FAILED', {
        message: `Niet alle gegevens zijn goed ingevuld (${problems
          .slice(0, 5)
          .map((p) => p.path)
          .join(', ')}${problems.length > 5 ? ', …' : ''}).`,
        fields: problems.slice(0, 20),
      });
    }
    if (current.row.version !== body.version) {
      throw new AppError('EDIT_CONFLICT', {
        details: {
          currentVersion: current.row.version,
          updatedAt: current.row.updatedAt.toISOString(),
          updatedBy: current.row.updatedByName,
        },
      });
    }
    const saved = await repo.saveDraftContent(tx, {
      id,
      version: body.version,
      content: body.content,
      requestedCents: body.content.requestedCents,
      userId: actor.userId,
      now,
    });
    // Another save may have committed between our read and this update.
    if (!saved) throw new AppError('EDIT_CONFLICT');
    const keys = changedKeys(current.content, body.content);
    const textCodes = [
      ...new Set([...Object.keys(current.content.texts), ...Object.keys(body.content.texts)]),
    ].filter((code) => current.content.texts[code] !== body.content.texts[code]);
    await audit({
      action: 'application.save',
      entityType: 'application',
      entityId: id,
      before: {
        version: body.version,
        ...contentAuditSummary(current.content, keys, textCodes),
      },
      after: {
        version: saved.version,
        ...contentAuditSummary(body.content, keys, textCodes),
      },
    });
    return toApplication({
      ...current,
      content: body.content,
      row: {
        ...current.row,
        version: saved.version,
        updatedAt: saved.updatedAt,
        updatedByName: saved.updatedByName,
      },
    });
  });
}

export interface SubmitInput {
  applicationId: string;
  body: { version: number };
  mail: MailSettings;
  municipalityNameOverride: string | undefined;
}

/**
 * Submitting before the deadline makes the application final and sends a receipt. After the
 * deadline the attempt is kept as a late submission (with a reference and a receipt that
 * says so) and the applicant is told it does not take part in the round.
 */
export async function submitApplication(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId: id, body, mail, municipalityNameOverride }: SubmitInput,
): Promise<Application> {
  const municipality = await getSettings({ db }, { municipalityNameOverride });
  const outcome = await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockApplication(tx, id);
    const current = await loadApplication(tx, scope, id);
    const { row, definition, content, attachments, category } = current;
    // A ceiling being lowered waits for this submission, or this one for the lowering.
    await roundsRepo.lockRound(tx, row.roundId, 'share');
    if (row.status !== 'draft') throw new AppError('APPLICATION_NOT_EDITABLE');
    if (row.version !== body.version)
      throw new AppError('EDIT_CONFLICT', { details: { currentVersion: row.version } });
    const problems = submissionProblems({
      content,
      category,
      definition,
      attachmentKinds: attachments.map((a) => a.kind),
      round: { periodStart: row.periodStart, periodEnd: row.periodEnd },
    });
    if (problems.length > 0) throw new AppError('SUBMISSION_INCOMPLETE', { fields: problems });

    const late = !isOnTime(row.deadlineAt, now);
    const year = Number(row.periodStart.slice(0, 4));
    const reference = await repo.nextReference(tx, 'application', year);
    const status: ApplicationStatus = late ? 'late' : 'submitted';
    await repo.setStatus(
      tx,
      id,
      { status, reference, submittedAt: now, updatedBy: actor.userId },
      now,
    );

    const pdf = await renderPdf(
      receiptDefinition({
        municipalityName: municipality.municipalityName,
        reference,
        receivedAt: now,
        late,
        organisationName: row.organisationName,
        provisionName: row.provisionName,
        roundName: row.roundName,
        deadlineAt: row.deadlineAt,
        category,
        content,
        definition,
        attachments,
      }),
    );
    const filename = `ontvangstbevestiging-${reference}.pdf`;
    const documentId = await repo.insertDocument(tx, {
      kind: 'receipt',
      applicationId: id,
      filename,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
      data: pdf,
      createdAt: now,
    });
    await queueMail(tx, mail, {
      to: actor.email,
      subject: late
        ? `Aanvraag ${reference} te laat ontvangen`
        : `Ontvangstbevestiging aanvraag ${reference}`,
      text: [
        'Goedendag,',
        '',
        late
          ? `Uw aanvraag voor ${row.provisionName} is ontvangen op ${formatAmsterdamMoment(now)}, na de deadline van ${formatAmsterdamMoment(row.deadlineAt)}. Ze is bewaard onder kenmerk ${reference}, maar doet niet mee in ${row.roundName}.`
          : `Wij hebben uw aanvraag voor ${row.provisionName} ontvangen op ${formatAmsterdamMoment(now)}. Het kenmerk is ${reference}. In de bijlage staat wat u hebt ingediend.`,
        '',
        `Met vriendelijke groet,`,
        municipality.municipalityName,
      ].join('\n'),
      attachments: [{ filename, contentType: 'application/pdf', documentId }],
    });
    await audit({
      action: late ? 'application.submit_late' : 'application.submit',
      entityType: 'application',
      entityId: id,
      before: { status: 'draft' },
      after: { status, reference, submittedAt: now.toISOString(), receiptSha256: sha256(pdf) },
    });
    return { late, reference };
  });
  if (outcome.late) {
    // The late submission is stored (committed above); the applicant still needs to hear it.
    throw new AppError('DEADLINE_PASSED', {
      details: { reference: outcome.reference, status: 'late' },
    });
  }
  return getApplication({ db, scope }, { applicationId: id });
}

export async function withdrawApplication(
  { db, actor, scope, now }: UseCaseContext,
  { applicationId: id, body }: { applicationId: string; body: { reason: string } },
): Promise<Application> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockApplication(tx, id);
    const { row } = await loadApplication(tx, scope, id);
    if (row.status !== 'draft' && row.status !== 'submitted')
      throw new AppError('APPLICATION_NOT_EDITABLE');
    // After a grant the organisation renounces instead (docs/rules/round-states.md).
    if (await repo.hasGrantingDecision(tx, id)) throw new AppError('APPLICATION_DECIDED');
    if (!isOnTime(row.deadlineAt, now)) {
      throw new AppError('DEADLINE_PASSED', {
        message:
          'Na de deadline kan een aanvraag niet meer worden ingetrokken; neem contact op met de gemeente.',
      });
    }
    await repo.setStatus(
      tx,
      id,
      { status: 'withdrawn', withdrawnAt: now, updatedBy: actor.userId },
      now,
    );
    await audit({
      action: 'application.withdraw',
      entityType: 'application',
      entityId: id,
      before: { status: row.status },
      after: { status: 'withdrawn', reason: body.reason },
    });
  });
  return getApplication({ db, scope }, { applicationId: id });
}

/** More than any application needs (the form asks for a handful); see docs/rules/application-content.md. */
export const MAX_ATTACHMENTS_PER_APPLICATION = 20;

/** "12,5 MB", "40 kB" (decimal units, as file managers show them). */
function megabytes(bytes: number): string {
  const format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1_000_000) return `${format.format(Math.floor(bytes / 1000))} kB`;
  return `${format.format(bytes / 1_000_000)} MB`;
}

export async function addAttachment(
  { db, actor, scope, now }: UseCaseContext,
  {
    applicationId: id,
    file,
    limits,
  }: {
    applicationId: string;
    file: { kind: AttachmentKind; filename: string; data: Buffer };
    limits: { totalBytes: number };
  },
): Promise<Attachment> {
  const contentType = acceptedContentType(file);
  const attachmentId = await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockApplication(tx, id);
    const { row } = await loadApplication(tx, scope, id);
    if (row.status !== 'draft') throw new AppError('APPLICATION_NOT_EDITABLE');
    // Counted under the application's lock, so parallel uploads cannot pass the limits.
    const stored = await repo.attachmentTotals(tx, id);
    if (stored.count >= MAX_ATTACHMENTS_PER_APPLICATION) {
      throw new AppError('ATTACHMENT_LIMIT', {
        message: `Een aanvraag heeft hoogstens ${MAX_ATTACHMENTS_PER_APPLICATION} bijlagen. Verwijder eerst een bijlage die u niet nodig hebt.`,
        fields: [
          {
            path: 'file',
            message: `Er zijn al ${stored.count} bijlagen; het maximum is ${MAX_ATTACHMENTS_PER_APPLICATION}.`,
          },
        ],
        details: { count: stored.count, maxCount: MAX_ATTACHMENTS_PER_APPLICATION },
      });
    }
    if (stored.bytes + file.data.length > limits.totalBytes) {
      throw new AppError('ATTACHMENT_LIMIT', {
        message: `De bijlagen van een aanvraag zijn samen hoogstens ${megabytes(limits.totalBytes)}. Met dit bestand zou het ${megabytes(stored.bytes + file.data.length)} worden.`,
        fields: [
          {
            path: 'file',
            message: `Er is nog ${megabytes(Math.max(0, limits.totalBytes - stored.bytes))} ruimte voor bijlagen.`,
          },
        ],
        details: { bytes: stored.bytes, maxBytes: limits.totalBytes },
      });
    }
    const hash = sha256(file.data);
    const attachmentId = await repo.insertAttachment(tx, {
      applicationId: id,
      kind: file.kind,
      filename: file.filename.slice(0, 200),
      contentType,
      sizeBytes: file.data.length,
      sha256: hash,
      data: file.data,
      uploadedBy: actor.userId,
      uploadedAt: now,
    });
    await audit({
      action: 'application.attach',
      entityType: 'application',
      entityId: id,
      after: {
        attachmentId,
        kind: file.kind,
        label: ATTACHMENT_LABELS[file.kind],
        filename: file.filename,
        sha256: hash,
      },
    });
    return attachmentId;
  });
  const attachment = (await repo.listAttachments(db, id)).find((a) => a.id === attachmentId)!;
  return toAttachment(attachment);
}

export async function removeAttachment(
  { db, actor, scope }: UseCaseContext,
  { applicationId: id, attachmentId }: { applicationId: string; attachmentId: string },
) {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.lockApplication(tx, id);
    const { row } = await loadApplication(tx, scope, id);
    if (row.status !== 'draft') throw new AppError('APPLICATION_NOT_EDITABLE');
    const removed = await repo.deleteAttachment(tx, id, attachmentId);
    if (!removed) throw new AppError('NOT_FOUND');
    await audit({
      action: 'application.detach',
      entityType: 'application',
      entityId: id,
      before: removed,
    });
  });
}

export async function getAttachmentFile(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { applicationId: id, attachmentId }: { applicationId: string; attachmentId: string },
) {
  await loadApplication(db, scope, id);
  const file = await repo.findAttachmentData(db, id, attachmentId);
  if (!file) throw new AppError('NOT_FOUND');
  return file;
}

export async function getReceipt(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { applicationId: id }: { applicationId: string },
) {
  await loadApplication(db, scope, id);
  const document = await repo.findDocument(db, id, 'receipt');
  if (!document)
    throw new AppError('NOT_FOUND', {
      message: 'Er is nog geen ontvangstbevestiging: de aanvraag is niet ingediend.',
    });
  return document;
}
