/**
 * The participant registration (docs/rules/participants.md): one function per use case. Every
 * change is audited without personal data; every read of personal data is logged.
 */
import type { z } from 'zod';
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  HEALTH_DIMENSIONS,
  type HealthDimension,
} from '../../../domain/participants/positive-health.ts';
import {
  consentStands,
  consentWithdrawal,
  erasureDueAfter,
  outflowDateProblem,
  startDateProblem,
  withdrawalDateProblem,
  type ClientRoute,
  type ConsentMethod,
  type ConsentScope,
  type DateProblem,
  type OutflowKind,
  type ParticipantStatus,
} from '../../../domain/participants/registration.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { type Actor, type DataScope } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database, Queryable, Tx } from '../../platform/db/database.ts';
import { renderPdf } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { pseudonymiseBsn } from '../../platform/pseudonym.ts';
import { closeOpenSignalsOfParticipant } from '../double-financing/signals/signals.repository.ts';
import { neighbourhoodExists } from '../provisions/provisions.repository.ts';
import { getSettings } from '../settings/settings.service.ts';
import { consentFormPdf } from './consent-form.ts';
import {
  logPersonalDataRead,
  participantInScope,
  provisionInScope,
  type ParticipantRow,
} from './participant-access.ts';
import * as repo from './participants.repository.ts';
import type {
  addConsentSchema,
  CoordinatorList,
  Inzage,
  outflowBodySchema,
  ParticipantDetail,
  ParticipantList,
  ParticipantProvision,
  ParticipantSummary,
  registerParticipantSchema,
  updateParticipantSchema,
  withdrawConsentSchema,
} from './participants.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

type RegisterBody = z.output<typeof registerParticipantSchema>;
type UpdateBody = z.output<typeof updateParticipantSchema>;
type AddConsentBody = z.output<typeof addConsentSchema>;
type WithdrawBody = z.output<typeof withdrawConsentSchema>;
type OutflowBody = z.output<typeof outflowBodySchema>;

/** The day in Maastricht at a moment. */

const invalid = (...fields: DateProblem[]) => new AppError('VALIDATION_FAILED', { fields });

async function assertNeighbourhood(db: Queryable, code: string | null) {
  if (code && !(await neighbourhoodExists(db, code))) {
    throw invalid({ path: 'neighbourhoodCode', message: 'Kies een buurt uit de lijst.' });
  }
}

/** The pseudonym of a BSN, or PSEUDONYM_KEY_MISSING (nothing is stored without a key). */
function pseudonymFor(bsn: string | null, key: string | null): string | null {
  if (!bsn) return null;
  if (!key) throw new AppError('PSEUDONYM_KEY_MISSING');
  return pseudonymiseBsn(bsn, key);
}

const isDimension = (value: unknown): value is HealthDimension =>
  (HEALTH_DIMENSIONS as readonly unknown[]).includes(value);

type ConsentRow = Awaited<ReturnType<typeof repo.consentsOf>>[number];

function toSummary(
  row: repo.ParticipantListRow,
  consents: ConsentRow[],
  talkAbout: unknown,
  today: string,
): ParticipantSummary {
  const standing = new Set(
    consents
      .filter((c) => c.participantId === row.id && consentStands(c, today))
      .map((c) => c.scope),
  );
  return {
    id: row.id,
    displayName: row.displayName ?? '',
    birthYear: row.birthYear,
    neighbourhoodCode: row.neighbourhoodCode,
    neighbourhoodName: row.neighbourhoodName,
    startDate: row.startDate,
    endDate: row.endDate,
    clientRoute: row.clientRoute as ClientRoute,
    referringOrganisation: row.referringOrganisation,
    hasBsnPseudonym: row.hasBsnPseudonym,
    // In the fixed order of the scopes.
    consentScopes: (['registration', 'measurements', 'matching'] as const).filter((s) =>
      standing.has(s),
    ),
    talkingPoints: Array.isArray(talkAbout)
      ? HEALTH_DIMENSIONS.filter((d) => talkAbout.filter(isDimension).includes(d))
      : [],
  };
}

/** The participant as the detail page shows them (no read is logged here). */
async function detailOf(db: Queryable, participantId: string, now: Date) {
  const row = await repo.findParticipantRow(db, participantId);
  if (!row) throw new AppError('NOT_FOUND');
  const [consents, talk, outflows] = await Promise.all([
    repo.consentsOf(db, [participantId]),
    repo.latestOwnTalkAbout(db, [participantId]),
    repo.outflowsOf(db, participantId),
  ]);
  return {
    ...toSummary(row, consents, talk.get(participantId), amsterdamDay(now)),
    provisionId: row.provisionId,
    provisionName: row.provisionName,
    consents: consents.map((c) => ({
      id: c.id,
      scope: c.scope as ConsentScope,
      givenOn: c.givenOn,
      method: c.method as ConsentMethod,
      recordedByName: c.recordedByName,
      recordedAt: c.recordedAt.toISOString(),
      withdrawnOn: c.withdrawnOn,
    })),
    outflows: outflows.map((o) => ({ ...o, kind: o.kind as OutflowKind })),
  } satisfies ParticipantDetail;
}

export async function listParticipantProvisions({
  db,
  scope,
  now,
}: Pick<UseCaseContext, 'db' | 'scope' | 'now'>): Promise<ParticipantProvision[]> {
  const rows = await repo.participantProvisions(db, scope, amsterdamDay(now));
  return rows.map((r) => ({ ...r, category: r.category as Category }));
}

export async function listParticipants(
  { db, actor, scope, now }: UseCaseContext,
  { provisionId, status }: { provisionId: string; status: ParticipantStatus },
): Promise<ParticipantList> {
  const provision = await provisionInScope(db, scope, provisionId);
  const today = amsterdamDay(now);
  const rows = await repo.listParticipants(db, scope, provision.id, status, today);
  const ids = rows.map((r) => r.id);
  const [consents, talk] = await Promise.all([
    repo.consentsOf(db, ids),
    repo.latestOwnTalkAbout(db, ids),
  ]);
  await logPersonalDataRead(db, actor, 'participant.list', ids);
  return {
    provision: {
      id: provision.id,
      name: provision.name,
      category: provision.category as Category,
    },
    items: rows.map((row) => toSummary(row, consents, talk.get(row.id), today)),
  };
}

export async function getParticipant(
  { db, actor, scope, now }: UseCaseContext,
  { participantId }: { participantId: string },
): Promise<ParticipantDetail> {
  await participantInScope(db, scope, participantId);
  const detail = await detailOf(db, participantId, now);
  await logPersonalDataRead(db, actor, 'participant.detail', [participantId]);
  return detail;
}

/** The details as stored: a referring organisation only with that client route. */
const storedDetails = (body: UpdateBody) => ({
  displayName: body.displayName,
  birthYear: body.birthYear,
  neighbourhoodCode: body.neighbourhoodCode,
  startDate: body.startDate,
  clientRoute: body.clientRoute,
  referringOrganisation:
    body.clientRoute === 'other_organisation' ? body.referringOrganisation : null,
});

/** One consent row per scope, recorded by the actor now. */
const consentRows = (
  participantId: string,
  scopes: readonly ConsentScope[],
  consent: { givenOn: string; method: ConsentMethod },
  actor: Actor,
  now: Date,
) =>
  scopes.map((scope) => ({
    participantId,
    scope,
    givenOn: consent.givenOn,
    method: consent.method,
    recordedBy: actor.userId,
    recordedAt: now,
  }));

export async function registerParticipant(
  { db, actor, scope, now }: UseCaseContext,
  {
    provisionId,
    body,
    pseudonymKey,
  }: { provisionId: string; body: RegisterBody; pseudonymKey: string | null },
): Promise<ParticipantDetail> {
  // The schema has checked the 11-proef and that matching is consented to.
  const bsnPseudonym = pseudonymFor(body.bsn, pseudonymKey);
  const id = await changeWithAudit(db, actor, async (tx, audit) => {
    await provisionInScope(tx, scope, provisionId);
    await assertNeighbourhood(tx, body.neighbourhoodCode);
    const id = await repo.insertParticipant(tx, {
      provisionId,
      ...storedDetails(body),
      bsnPseudonym,
    });
    await repo.insertConsents(tx, consentRows(id, body.consent.scopes, body.consent, actor, now));
    // No personal data in the log: ids, route, scopes, dates and whether a BSN was given.
    await audit({
      action: 'participant.register',
      entityType: 'participant',
      entityId: id,
      after: {
        provisionId,
        clientRoute: body.clientRoute,
        startDate: body.startDate,
        consent: { scopes: body.consent.scopes, givenOn: body.consent.givenOn },
        bsnPseudonymSet: bsnPseudonym !== null,
      },
    });
    return id;
  });
  return detailOf(db, id, now);
}

/** The audit row of a change to one participant: what happened, without personal data. */
type ParticipantAudit = (action: string, after: Record<string, unknown>) => Promise<void>;

/**
 * A change to one participant in the caller's scope: the row is locked, the change and its
 * audit row are written in one transaction, and the answer is the participant afterwards.
 */
async function changeParticipant(
  db: Database,
  actor: Actor,
  scope: DataScope,
  participantId: string,
  now: Date,
  work: (tx: Tx, participant: ParticipantRow, audit: ParticipantAudit) => Promise<void>,
): Promise<ParticipantDetail> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    const participant = await participantInScope(tx, scope, participantId, { forUpdate: true });
    await work(tx, participant, (action, after) =>
      audit({ action, entityType: 'participant', entityId: participantId, after }),
    );
  });
  return detailOf(db, participantId, now);
}

export async function updateParticipant(
  { db, actor, scope, now }: UseCaseContext,
  { participantId, body }: { participantId: string; body: UpdateBody },
): Promise<ParticipantDetail> {
  return changeParticipant(db, actor, scope, participantId, now, async (tx, before, audit) => {
    const problem = startDateProblem(body.startDate, before.endDate);
    if (problem) throw invalid(problem);
    await assertNeighbourhood(tx, body.neighbourhoodCode);
    const values = storedDetails(body);
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter(
      (key) => values[key] !== before[key],
    );
    if (changed.length === 0) return;
    await repo.updateParticipant(tx, participantId, values, now);
    // Which fields changed, never their values.
    await audit('participant.update', { fields: changed });
  });
}

export async function addConsent(
  { db, actor, scope, now }: UseCaseContext,
  {
    participantId,
    body,
    pseudonymKey,
  }: { participantId: string; body: AddConsentBody; pseudonymKey: string | null },
): Promise<ParticipantDetail> {
  const bsnPseudonym = pseudonymFor(body.bsn, pseudonymKey);
  return changeParticipant(db, actor, scope, participantId, now, async (tx, participant, audit) => {
    if (participant.endDate !== null) throw new AppError('PARTICIPANT_LEFT');
    const standing = new Set(
      (await repo.consentsOf(tx, [participantId]))
        .filter((c) => c.withdrawnOn === null)
        .map((c) => c.scope),
    );
    const added = body.scopes.filter((s) => !standing.has(s));
    if (added.length === 0 && !bsnPseudonym) {
      throw invalid({
        path: 'scopes',
        message: 'Hiervoor heeft de deelnemer al toestemming gegeven.',
      });
    }
    await repo.insertConsents(tx, consentRows(participantId, added, body, actor, now));
    if (bsnPseudonym) await repo.updateParticipant(tx, participantId, { bsnPseudonym }, now);
    await audit('participant.consent.add', {
      scopes: added,
      givenOn: body.givenOn,
      bsnPseudonymSet: bsnPseudonym !== null,
    });
  });
}

export async function withdrawConsent(
  { db, actor, scope, now }: UseCaseContext,
  { participantId, body }: { participantId: string; body: WithdrawBody },
): Promise<ParticipantDetail> {
  return changeParticipant(db, actor, scope, participantId, now, async (tx, participant, audit) => {
    const consent = (await repo.consentsOf(tx, [participantId]))
      .filter((c) => c.scope === body.scope && c.withdrawnOn === null)
      .at(-1);
    if (!consent) {
      throw invalid({
        path: 'scope',
        message: 'Hiervoor heeft de deelnemer op dit moment geen toestemming gegeven.',
      });
    }
    const problem = withdrawalDateProblem(body.withdrawnOn, consent.givenOn, amsterdamDay(now));
    if (problem) throw invalid(problem);
    await repo.withdrawConsentRow(tx, consent.id, body.withdrawnOn, actor.userId);
    const effect = consentWithdrawal(body.scope, body.withdrawnOn, participant);
    const changes: Partial<repo.NewParticipant> = {};
    if (effect.removePseudonym) changes.bsnPseudonym = null;
    if (effect.endDate) changes.endDate = effect.endDate;
    if (Object.keys(changes).length > 0) {
      await repo.updateParticipant(tx, participantId, changes, now);
    }
    const signalsClosed = effect.closeOpenSignals
      ? await closeOpenSignalsOfParticipant(tx, participantId, now)
      : 0;
    await audit('participant.consent.withdraw', {
      scope: body.scope,
      withdrawnOn: body.withdrawnOn,
      ...(changes.bsnPseudonym === null ? { bsnPseudonymRemoved: true } : {}),
      ...(signalsClosed > 0 ? { signalsClosed } : {}),
      ...(changes.endDate ? { endDate: changes.endDate } : {}),
    });
  });
}

export async function recordOutflow(
  { db, actor, scope, now }: UseCaseContext,
  { participantId, body }: { participantId: string; body: OutflowBody },
): Promise<ParticipantDetail> {
  return changeParticipant(db, actor, scope, participantId, now, async (tx, participant, audit) => {
    if (participant.endDate !== null) throw new AppError('PARTICIPANT_LEFT');
    const problem = outflowDateProblem(body.onDate, participant.startDate);
    if (problem) throw invalid(problem);
    await repo.insertOutflow(tx, {
      participantId,
      provisionId: participant.provisionId,
      kind: body.kind,
      onDate: body.onDate,
      recordedBy: actor.userId,
    });
    await repo.updateParticipant(tx, participantId, { endDate: body.onDate }, now);
    await audit('participant.outflow', { kind: body.kind, onDate: body.onDate });
  });
}

const SCORE_COLUMNS = {
  bodily_functions: 'bodilyFunctions',
  mental_wellbeing: 'mentalWellbeing',
  meaning: 'meaning',
  quality_of_life: 'qualityOfLife',
  participation: 'participation',
  daily_functioning: 'dailyFunctioning',
} as const satisfies Record<HealthDimension, string>;

/** The inzage (AVG article 15): everything stored about the person, and who read or changed it. */
export async function exportParticipant(
  { db, actor, scope, now }: UseCaseContext,
  { participantId }: { participantId: string },
): Promise<Inzage> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const participant = await participantInScope(tx, scope, participantId);
    const [detail, attendance, measurements, referral, log] = await Promise.all([
      detailOf(tx, participantId, now),
      repo.attendanceOf(tx, participantId),
      repo.measurementsOf(tx, participantId),
      repo.referralOf(tx, participantId, participant.referralId),
      repo.auditEventsOf(tx, participantId),
    ]);
    await audit({
      action: 'participant.export',
      entityType: 'participant',
      entityId: participantId,
    });
    return {
      madeAt: now.toISOString(),
      explanation:
        'Alle gegevens die over deze deelnemer zijn vastgelegd, en wie ze heeft bekeken of gewijzigd. Het BSN wordt niet bewaard; alleen een versleutelde code, zolang de deelnemer toestemming geeft voor vergelijken.',
      participant: detail,
      attendance,
      measurements: measurements.map((m) => ({
        measuredOn: m.measuredOn,
        respondent: m.respondent,
        scores: Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, m[SCORE_COLUMNS[d]]])),
        talkAbout: Array.isArray(m.talkAbout) ? m.talkAbout.filter(isDimension) : [],
        satisfaction: m.satisfaction,
        satisfactionRemark: m.satisfactionRemark,
      })),
      referral: referral
        ? {
            route: referral.route,
            residentName: referral.residentName,
            residentContact: referral.residentContact,
            birthYear: referral.birthYear,
            neighbourhoodCode: referral.neighbourhoodCode,
            note: referral.note,
            consentGivenOn: referral.consentGivenOn,
            status: referral.status,
            createdAt: referral.createdAt.toISOString(),
          }
        : null,
      log: log.map((e) => ({
        at: e.at.toISOString(),
        action: e.action,
        by: e.by,
        details: e.details,
      })),
    };
  });
}

export async function eraseParticipant(
  { db, actor, scope, now }: UseCaseContext,
  { participantId, reason }: { participantId: string; reason: string },
): Promise<void> {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await participantInScope(tx, scope, participantId, { forUpdate: true });
    await repo.eraseParticipantData(tx, participantId, now);
    const signalsClosed = await closeOpenSignalsOfParticipant(tx, participantId, now);
    // The form asks not to write personal data in the reason.
    await audit({
      action: 'participant.erase',
      entityType: 'participant',
      entityId: participantId,
      after: { reason, signalsClosed },
    });
  });
}

/**
 * The retention job: erases (as above) every participant who left more than `retentionMonths`
 * months ago. Idempotent: erased participants are not selected again. Returns how many.
 */
export async function eraseExpiredParticipants(
  { db, actor, now }: UseCaseContext,
  { retentionMonths }: { retentionMonths: number },
): Promise<number> {
  const today = amsterdamDay(now);
  // Everyone who left at least a month less long ago; the domain rule decides the exact day.
  const candidates = await repo.leftMonthsAgo(db, today, retentionMonths - 1);
  let erased = 0;
  for (const candidate of candidates) {
    if (!candidate.endDate) continue;
    const dueAfter = erasureDueAfter(candidate.endDate, retentionMonths);
    if (today <= dueAfter) continue;
    await changeWithAudit(db, actor, async (tx, audit) => {
      await repo.eraseParticipantData(tx, candidate.id, now);
      const signalsClosed = await closeOpenSignalsOfParticipant(tx, candidate.id, now);
      await audit({
        action: 'participant.erase.retention',
        entityType: 'participant',
        entityId: candidate.id,
        after: { endDate: candidate.endDate, retentionMonths, dueAfter, signalsClosed },
      });
    });
    erased += 1;
  }
  return erased;
}

// --- Coordinators of a provision ---

export async function listCoordinators(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { provisionId }: { provisionId: string },
): Promise<CoordinatorList> {
  const provision = await provisionInScope(db, scope, provisionId);
  return { items: await repo.coordinatorCandidates(db, provision.id, provision.organisationId) };
}

export async function setCoordinators(
  { db, actor, scope }: UseCaseContext,
  { provisionId, userIds }: { provisionId: string; userIds: readonly string[] },
): Promise<CoordinatorList> {
  const wanted = [...new Set(userIds)].sort();
  await changeWithAudit(db, actor, async (tx, audit) => {
    const provision = await provisionInScope(tx, scope, provisionId);
    const eligible = new Set(await repo.eligibleCoordinators(tx, provision.organisationId, wanted));
    if (wanted.some((id) => !eligible.has(id))) {
      throw invalid({
        path: 'userIds',
        message:
          'Kies alleen mensen die lid zijn van de organisatie van deze voorziening en de rol coördinator hebben.',
      });
    }
    const before = (await repo.coordinatorIds(tx, provisionId)).sort();
    await repo.replaceCoordinators(tx, provisionId, wanted);
    await audit({
      action: 'provision.coordinators',
      entityType: 'provision',
      entityId: provisionId,
      before: { userIds: before },
      after: { userIds: wanted },
    });
  });
  return listCoordinators({ db, scope }, { provisionId });
}

/** The printable consent form of a provision, as the document the PDF is made from. */
export interface ConsentFormInput {
  provisionId: string;
  municipalityNameOverride: string | undefined;
  retentionMonths: number;
  signalRetentionMonths: number;
}

export async function consentFormDocument(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { provisionId, ...options }: ConsentFormInput,
) {
  const provision = await provisionInScope(db, scope, provisionId);
  const [organisationName, settings] = await Promise.all([
    repo.organisationName(db, provision.organisationId),
    getSettings({ db }, { municipalityNameOverride: options.municipalityNameOverride }),
  ]);
  return consentFormPdf({
    municipalityName: settings.municipalityName,
    organisationName,
    provisionName: provision.name,
    retentionMonths: options.retentionMonths,
    signalRetentionMonths: options.signalRetentionMonths,
    privacy: settings.privacy,
  });
}

/** The printable consent form of a provision (PDF). */
export async function consentForm(
  context: Pick<UseCaseContext, 'db' | 'scope'>,
  input: ConsentFormInput,
): Promise<Buffer> {
  return renderPdf(await consentFormDocument(context, input));
}
