/**
 * Positive health and satisfaction (docs/rules/positive-health.md): the coordinator's measurements,
 * the participant's personal questionnaire link, and the answers given through it. Scores and
 * remarks are health data: they never go into the audit log, only ids, kinds and dates do.
 */
import { hashToken, newToken } from '../../platform/tokens.ts';
import { amsterdamDay, formatDay } from '../../../domain/dates.ts';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
  type HealthDimension,
  type QuestionnaireAnswers,
  type Respondent,
  talkingPoints,
} from '../../../domain/participants/positive-health.ts';
import { consentStands } from '../../../domain/participants/registration.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  logPersonalDataRead,
  type ParticipantRow,
  participantInScope,
} from '../participants/participant-access.ts';
import * as repo from './measurements.repository.ts';
import type {
  Measurement,
  MeasurementList,
  QuestionnaireLink,
  QuestionnaireLookup,
  recordMeasurementBodySchema,
} from './measurements.schemas.ts';
import type { z } from 'zod';
import type { UseCaseContext, PublicUseCaseContext } from '../../platform/use-case.ts';

/** Who writes the audit row of an answer given through a personal link. */
const QUESTIONNAIRE_ACTOR: Actor = {
  kind: 'system',
  userId: null,
  email: 'questionnaire-link',
  roles: [],
  organisationIds: [],
  provisionIds: [],
};

/** The day it is in Amsterdam at `now`. */

const hasLeft = (participant: { endDate: string | null }, day: string) =>
  participant.endDate !== null && participant.endDate <= day;

async function measurementConsentStands(db: Queryable, participantId: string, day: string) {
  const consents = await repo.measurementConsents(db, participantId);
  return consents.some((consent) => consentStands(consent, day));
}

function toMeasurement(row: repo.MeasurementRow): Measurement {
  return {
    id: row.id,
    respondent: row.respondent as Respondent,
    measuredOn: row.measuredOn,
    scores: Object.fromEntries(
      HEALTH_DIMENSIONS.map((d) => [d, row[repo.SCORE_COLUMNS[d]]]),
    ) as Record<HealthDimension, number>,
    talkAbout: row.talkAbout as HealthDimension[],
    satisfaction: row.satisfaction,
    satisfactionRemark: row.satisfactionRemark,
  };
}

/** The columns of a measurement filled in with these answers. */
function answerColumns(answers: QuestionnaireAnswers) {
  return {
    ...(Object.fromEntries(
      HEALTH_DIMENSIONS.map((d) => [repo.SCORE_COLUMNS[d], answers.health[d].score]),
    ) as Record<(typeof repo.SCORE_COLUMNS)[HealthDimension], number>),
    talkAbout: talkingPoints(answers.health),
    satisfaction: answers.satisfaction,
    satisfactionRemark: answers.satisfactionRemark,
  };
}

/** Only ids, kind and date: scores and remarks are health data and stay out of the log. */
const auditMeasurement = (row: repo.MeasurementRow) => ({
  action: 'measurement.create',
  entityType: 'participant',
  entityId: row.participantId,
  after: { measurementId: row.id, respondent: row.respondent, measuredOn: row.measuredOn },
});

export async function listMeasurements(
  { db, actor, scope, now }: UseCaseContext,
  { participantId }: { participantId: string },
): Promise<MeasurementList> {
  const participant = await participantInScope(db, scope, participantId);
  const [rows, link, consent] = await Promise.all([
    repo.listMeasurements(db, participant.id),
    repo.findOpenLink(db, participant.id, now),
    measurementConsentStands(db, participant.id, amsterdamDay(now)),
  ]);
  await logPersonalDataRead(db, actor, 'measurements', [participant.id]);
  return {
    items: rows.map(toMeasurement),
    activeLink: link ? { expiresAt: link.expiresAt.toISOString() } : null,
    consentStands: consent,
    participantLeft: hasLeft(participant, amsterdamDay(now)),
  };
}

/** A measurement or a link can only be made for a participant who is still there. */
function assertStillThere(participant: ParticipantRow, now: Date) {
  if (hasLeft(participant, amsterdamDay(now))) throw new AppError('PARTICIPANT_LEFT');
}

export async function recordMeasurement(
  { db, actor, scope, now }: UseCaseContext,
  {
    participantId,
    body,
  }: { participantId: string; body: z.output<typeof recordMeasurementBodySchema> },
): Promise<Measurement> {
  if (body.measuredOn > amsterdamDay(now)) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        { path: 'measuredOn', message: 'De datum van de meting mag niet in de toekomst liggen.' },
      ],
    });
  }
  const row = await changeWithAudit(db, actor, async (tx, audit) => {
    const participant = await participantInScope(tx, scope, participantId, { forUpdate: true });
    assertStillThere(participant, now);
    if (!(await measurementConsentStands(tx, participant.id, body.measuredOn))) {
      throw new AppError('CONSENT_REQUIRED', {
        message: `Op ${formatDay(body.measuredOn)} had de deelnemer geen toestemming gegeven voor vragenlijsten over gezondheid en tevredenheid. De meting is niet opgeslagen.`,
      });
    }
    const created = await repo.insertMeasurement(tx, {
      participantId: participant.id,
      provisionId: participant.provisionId,
      respondent: 'coordinator',
      measuredOn: body.measuredOn,
      recordedBy: actor.userId,
      ...answerColumns(body),
    });
    await audit(auditMeasurement(created));
    return created;
  });
  return toMeasurement(row);
}

const NO_CONSENT_FOR_LINK =
  'De deelnemer heeft geen toestemming gegeven voor vragenlijsten over gezondheid en tevredenheid. Leg eerst die toestemming vast.';

/**
 * A personal link for the participant: a random token of which only the hash is stored. A new
 * link makes the participant's earlier open links unusable.
 */
export async function createQuestionnaireLink(
  { db, actor, scope, now }: UseCaseContext,
  { participantId, ...options }: { participantId: string; validDays: number; publicUrl: string },
): Promise<QuestionnaireLink> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + options.validDays * 86_400_000);
  await changeWithAudit(db, actor, async (tx, audit) => {
    const participant = await participantInScope(tx, scope, participantId, { forUpdate: true });
    assertStillThere(participant, now);
    if (!(await measurementConsentStands(tx, participant.id, amsterdamDay(now)))) {
      throw new AppError('CONSENT_REQUIRED', { message: NO_CONSENT_FOR_LINK });
    }
    await repo.expireOpenLinks(tx, participant.id, now);
    const linkId = await repo.insertLink(tx, {
      participantId: participant.id,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      expiresAt,
    });
    await audit({
      action: 'questionnaire_link.create',
      entityType: 'participant',
      entityId: participant.id,
      after: { linkId, expiresAt: expiresAt.toISOString() },
    });
  });
  const url = `${options.publicUrl}/vragenlijst/${token}`;
  // Loaded with the first link: most starts of the server never make one.
  const { default: QRCode } = await import('qrcode');
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { url, expiresAt: expiresAt.toISOString(), qrSvg };
}

const UNKNOWN_LINK =
  'Deze link bestaat niet. Controleer of u de hele link hebt overgenomen, of vraag de coördinator van uw voorziening om een nieuwe link.';
const NO_CONSENT_FOR_ANSWER =
  'Deze vragenlijst kan niet meer worden ingevuld, omdat er geen toestemming (meer) is om uw antwoorden te bewaren. Klopt dat niet? Vraag het de coördinator van uw voorziening.';

type OpenLink = NonNullable<Awaited<ReturnType<typeof repo.findLinkByHash>>>;

/** The link of a token if it can still be answered; a clear error otherwise. */
async function openLink(db: Queryable, token: string, now: Date): Promise<OpenLink> {
  const link = await repo.findLinkByHash(db, hashToken(token));
  if (!link) throw new AppError('NOT_FOUND', { message: UNKNOWN_LINK });
  if (link.usedAt) throw new AppError('QUESTIONNAIRE_LINK_USED');
  // Someone who has left the provision is no longer asked: for them the link has expired.
  if (link.expiresAt <= now || hasLeft(link, amsterdamDay(now))) {
    throw new AppError('QUESTIONNAIRE_LINK_EXPIRED');
  }
  if (!(await measurementConsentStands(db, link.participantId, amsterdamDay(now)))) {
    throw new AppError('CONSENT_REQUIRED', { message: NO_CONSENT_FOR_ANSWER });
  }
  return link;
}

/** What the participant sees when opening the link: the provision, never their name. */
export async function lookupQuestionnaire(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { token }: { token: string },
): Promise<QuestionnaireLookup> {
  const link = await openLink(db, token, now);
  return {
    provisionName: link.provisionName,
    expiresAt: link.expiresAt.toISOString(),
    dimensions: HEALTH_DIMENSIONS.map((key) => ({ key, ...HEALTH_DIMENSION_LABELS[key] })),
  };
}

/**
 * Stores the participant's answers, measured today, and uses up the link: both or neither.
 * The link is claimed first, so of two answers sent at once only one is stored.
 */
export async function answerQuestionnaire(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { token, answers }: { token: string; answers: QuestionnaireAnswers },
): Promise<void> {
  await changeWithAudit(db, QUESTIONNAIRE_ACTOR, async (tx, audit) => {
    const link = await openLink(tx, token, now);
    if (!(await repo.claimLink(tx, link.id, now))) {
      // Another answer, or a newer link, came first.
      const again = await repo.findLinkByHash(tx, hashToken(token));
      throw new AppError(again?.usedAt ? 'QUESTIONNAIRE_LINK_USED' : 'QUESTIONNAIRE_LINK_EXPIRED');
    }
    const created = await repo.insertMeasurement(tx, {
      participantId: link.participantId,
      provisionId: link.provisionId,
      respondent: 'participant',
      measuredOn: amsterdamDay(now),
      recordedBy: null,
      ...answerColumns(answers),
    });
    await audit(auditMeasurement(created));
  });
}
