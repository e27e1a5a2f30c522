import { applicationContentSchema } from '../../../domain/applications/application-content.ts';
import {
  MINIMUM_ASSESSORS,
  type ScoreSheet,
  conditionsVerdict,
  diverges,
  proposedScore,
  scoreSheetProblems,
} from '../../../domain/tender/assessment.ts';
import { assessmentMayStart } from '../../../domain/tender/round-state.ts';
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import {
  CRITERION_LABELS,
  JUDGED_CRITERIA,
  type Category,
} from '../../../domain/tender/categories.ts';
import { schemeDefinitionSchema } from '../../../domain/tender/scheme-definition.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { getApplication } from '../applications/applications.service.ts';
import { type AutomaticScore, automaticScores } from './automatic-scores.ts';
import * as repo from './assessment.repository.ts';
import * as notifications from '../notifications/notifications.service.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

const ALL = { kind: 'all' } as const;

async function submittedOrNotFound(db: Queryable, applicationId: string) {
  const application = await repo.findSubmittedApplication(db, applicationId);
  if (!application) throw new AppError('NOT_FOUND');
  return application;
}

/**
 * Assessment starts when the deadline has passed, and only for applications submitted on
 * time (docs/rules/round-states.md): the refusal names the deadline or the late submission.
 */
export function assertAssessable(
  application: { status: string; reference: string | null; deadlineAt: Date },
  now: Date,
) {
  if (!assessmentMayStart(application.deadlineAt, now)) {
    throw new AppError('ROUND_NOT_CLOSED', {
      message: `De deadline van deze ronde (${formatAmsterdamMoment(application.deadlineAt)}) is nog niet verstreken. Beoordelen kan pas daarna, als alle aanvragen binnen zijn.`,
      details: { deadlineAt: application.deadlineAt.toISOString() },
    });
  }
  if (application.status !== 'submitted') {
    throw new AppError('DEADLINE_PASSED', {
      message: `Aanvraag ${application.reference ?? ''} is na de deadline ingediend en doet niet mee in de ronde; zij wordt niet beoordeeld.`,
      details: { reference: application.reference, status: application.status },
    });
  }
}

// The ranking takes the verdict from here as well.
export { conditionsVerdict };

export async function roundAssessment(
  { db }: Pick<UseCaseContext, 'db'>,
  { roundId }: { roundId: string },
) {
  // Late applications are kept but not assessed: they never appear in the assignment list.
  const applications = (await repo.submittedApplications(db, roundId)).filter(
    (a) => a.status === 'submitted',
  );
  const ids = applications.map((a) => a.id);
  const [assessors, conflicts, members, assignments, sheets, checks, finals] = await Promise.all([
    repo.activeAssessors(db),
    repo.conflictsOf(db, roundId),
    repo.memberAssessors(db, [...new Set(applications.map((a) => a.organisationId))]),
    repo.assignmentsOf(db, ids),
    repo.assessmentsOf(db, ids),
    repo.conditionChecksOf(db, ids),
    repo.finalScoresOf(db, ids),
  ]);
  return {
    assessors,
    conflicts: conflicts.map((c) => ({ ...c, declaredAt: c.declaredAt.toISOString() })),
    applications: applications.map((a) => ({
      applicationId: a.id,
      reference: a.reference ?? '',
      category: a.category as Category,
      organisationId: a.organisationId,
      organisationName: a.organisationName,
      provisionName: a.provisionName,
      status: a.status as 'submitted',
      // Hidden from the choices: a declared interest or a membership of the applicant.
      excludedAssessorIds: [
        ...new Set([
          ...conflicts
            .filter((c) => c.organisationId === a.organisationId)
            .map((c) => c.assessorId),
          ...members.filter((m) => m.organisationId === a.organisationId).map((m) => m.assessorId),
        ]),
      ],
      assessors: assignments
        .filter((x) => x.applicationId === a.id)
        .map((x) => ({
          id: x.assessorId,
          name: x.assessorName,
          submitted: sheets.some(
            (s) => s.applicationId === a.id && s.assessorId === x.assessorId && s.submittedAt,
          ),
        })),
      conditionsMet: conditionsVerdict(
        schemeDefinitionSchema.parse(a.formDefinition),
        checks.filter((c) => c.applicationId === a.id),
      ),
      finalScoresFixed: finals.some((f) => f.applicationId === a.id),
    })),
  };
}

export async function assignAssessors(
  { db, actor, now }: UseCaseContext,
  { applicationId, assessorIds }: { applicationId: string; assessorIds: string[] },
) {
  const unique = [...new Set(assessorIds)];
  await changeWithAudit(db, actor, async (tx, audit) => {
    const application = await submittedOrNotFound(tx, applicationId);
    assertAssessable(application, now);
    if (unique.length < MINIMUM_ASSESSORS) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          { path: 'assessorIds', message: 'Wijs minstens twee verschillende beoordelaars toe.' },
        ],
      });
    }
    const known = new Set((await repo.activeAssessors(tx)).map((a) => a.id));
    if (!unique.every((id) => known.has(id))) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'assessorIds', message: 'Kies alleen actieve beoordelaars.' }],
      });
    }
    const member = (await repo.memberAssessors(tx, [application.organisationId])).find((m) =>
      unique.includes(m.assessorId),
    );
    if (member) {
      throw new AppError('CONFLICT_OF_INTEREST', {
        message: `${member.assessorName} is lid van de aanvragende organisatie en kan deze aanvraag niet beoordelen. Kies een ander.`,
        details: { reason: 'MEMBER_OF_APPLICANT', assessorId: member.assessorId },
        fields: [
          {
            path: 'assessorIds',
            message: `${member.assessorName} is lid van de aanvragende organisatie.`,
          },
        ],
      });
    }
    for (const assessorId of unique) {
      if (await repo.hasConflict(tx, application.roundId, assessorId, application.organisationId)) {
        throw new AppError('CONFLICT_OF_INTEREST', {
          message:
            'Een van de gekozen beoordelaars heeft een belang gemeld bij deze organisatie. Kies een ander.',
          details: { reason: 'DECLARED_INTEREST', assessorId },
          fields: [{ path: 'assessorIds', message: 'Deze beoordelaar heeft een belang gemeld.' }],
        });
      }
    }
    const before = (await repo.assignmentsOf(tx, [applicationId])).map((a) => a.assessorId);
    await repo.replaceAssignments(tx, applicationId, unique, actor.userId, now);
    await notifications.notifyAssignment(
      { db: tx, now },
      { assessorIds: unique.filter((id) => !before.includes(id)), application },
    );
    await audit({
      action: 'assessment.assign',
      entityType: 'application',
      entityId: applicationId,
      before,
      after: unique,
    });
  });
  return roundAssessment(
    { db },
    { roundId: (await submittedOrNotFound(db, applicationId)).roundId },
  );
}

/**
 * The same assessors for many applications of one round, in one transaction: each chosen
 * application gets exactly these assessors (as when assigning one by one), with one audit row
 * per application. One conflict of interest refuses the whole batch, naming the application
 * and the assessor, so nothing is half assigned. Late applications are not assessed.
 */
export async function assignAssessorsToMany(
  { db, actor, now }: UseCaseContext,
  {
    roundId,
    applicationIds,
    assessorIds,
  }: { roundId: string; applicationIds: string[]; assessorIds: string[] },
) {
  const chosenAssessors = [...new Set(assessorIds)];
  const chosenApplications = [...new Set(applicationIds)];
  await changeWithAudit(db, actor, async (tx, audit) => {
    if (chosenAssessors.length < MINIMUM_ASSESSORS) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          { path: 'assessorIds', message: 'Wijs minstens twee verschillende beoordelaars toe.' },
        ],
      });
    }
    const active = new Map((await repo.activeAssessors(tx)).map((a) => [a.id, a.name]));
    if (!chosenAssessors.every((id) => active.has(id))) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [{ path: 'assessorIds', message: 'Kies alleen actieve beoordelaars.' }],
      });
    }
    const inRound = new Map((await repo.submittedApplications(tx, roundId)).map((a) => [a.id, a]));
    const selected = chosenApplications.map((id) => inRound.get(id));
    if (selected.some((a) => a === undefined)) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'applicationIds',
            message: 'Kies alleen ingediende aanvragen van deze ronde.',
          },
        ],
      });
    }
    const applications = selected.filter((a) => a !== undefined);
    // Before the deadline nothing is assigned (docs/rules/round-states.md).
    const first = applications[0];
    if (first && !assessmentMayStart(first.deadlineAt, now)) assertAssessable(first, now);
    const late = applications.find((a) => a.status === 'late');
    if (late) {
      throw new AppError('VALIDATION_FAILED', {
        fields: [
          {
            path: 'applicationIds',
            message: `Aanvraag ${late.reference ?? ''} is te laat ingediend en wordt niet beoordeeld. Haal haar uit de selectie.`,
          },
        ],
      });
    }
    const members = await repo.memberAssessors(tx, [
      ...new Set(applications.map((a) => a.organisationId)),
    ]);
    for (const application of applications) {
      const member = members.find(
        (m) =>
          m.organisationId === application.organisationId && chosenAssessors.includes(m.assessorId),
      );
      if (member) {
        throw new AppError('CONFLICT_OF_INTEREST', {
          message: `${member.assessorName} is lid van ${application.organisationName}, de aanvrager van ${application.reference ?? ''}. Er is niets toegewezen: haal deze aanvraag of deze beoordelaar uit de selectie.`,
          details: {
            reason: 'MEMBER_OF_APPLICANT',
            applicationId: application.id,
            reference: application.reference,
            assessorId: member.assessorId,
          },
          fields: [
            {
              path: 'assessorIds',
              message: `${member.assessorName} is lid van de aanvrager van ${application.reference ?? ''}; er is niets toegewezen.`,
            },
          ],
        });
      }
    }
    const conflicts = await repo.conflictsOf(tx, roundId);
    for (const application of applications) {
      const conflict = conflicts.find(
        (c) =>
          c.organisationId === application.organisationId && chosenAssessors.includes(c.assessorId),
      );
      if (conflict) {
        throw new AppError('CONFLICT_OF_INTEREST', {
          message: `${conflict.assessorName} heeft een belang gemeld bij ${application.organisationName}, de aanvrager van ${application.reference ?? ''}. Er is niets toegewezen: haal deze aanvraag of deze beoordelaar uit de selectie.`,
          details: {
            reason: 'DECLARED_INTEREST',
            applicationId: application.id,
            reference: application.reference,
            assessorId: conflict.assessorId,
          },
          fields: [
            {
              path: 'assessorIds',
              message: `${conflict.assessorName} heeft een belang gemeld bij de aanvrager van ${application.reference ?? ''}; er is niets toegewezen.`,
            },
          ],
        });
      }
    }
    const current = await repo.assignmentsOf(
      tx,
      applications.map((a) => a.id),
    );
    for (const application of applications) {
      await repo.replaceAssignments(tx, application.id, chosenAssessors, actor.userId, now);
      await audit({
        action: 'assessment.assign',
        entityType: 'application',
        entityId: application.id,
        before: current.filter((a) => a.applicationId === application.id).map((a) => a.assessorId),
        after: chosenAssessors,
      });
    }
  });
  return roundAssessment({ db }, { roundId });
}

/**
 * An assessor declares an interest in an organisation; from then on they can neither open
 * nor score its applications in this round, and any assignment to them is withdrawn.
 */
export async function declareConflict(
  { db, actor, now }: UseCaseContext,
  { roundId, body }: { roundId: string; body: { organisationId: string; reason: string } },
) {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await repo.insertConflict(tx, {
      roundId,
      assessorId: actor.userId!,
      organisationId: body.organisationId,
      reason: body.reason,
      declaredAt: now,
    });
    const affected = (await repo.submittedApplications(tx, roundId)).filter(
      (a) => a.organisationId === body.organisationId,
    );
    const assignments = await repo.assignmentsOf(
      tx,
      affected.map((a) => a.id),
    );
    for (const assignment of assignments.filter((a) => a.assessorId === actor.userId)) {
      const remaining = assignments
        .filter(
          (a) => a.applicationId === assignment.applicationId && a.assessorId !== actor.userId,
        )
        .map((a) => a.assessorId);
      await repo.replaceAssignments(tx, assignment.applicationId, remaining, actor.userId, now);
    }
    await audit({
      action: 'assessment.declare_conflict',
      entityType: 'round',
      entityId: roundId,
      after: body,
    });
  });
  return listConflicts({ db, actor }, { roundId, seesAll: false });
}

export async function listConflicts(
  { db, actor }: Pick<UseCaseContext, 'db' | 'actor'>,
  { roundId, seesAll }: { roundId: string; seesAll: boolean },
) {
  const rows = await repo.conflictsOf(db, roundId, seesAll ? undefined : actor.userId!);
  return rows.map((c) => ({ ...c, declaredAt: c.declaredAt.toISOString() }));
}

export async function myAssignments({ db, actor }: Pick<UseCaseContext, 'db' | 'actor'>) {
  const rows = await repo.assignedTo(db, actor.userId!);
  return rows.map((row) => ({
    applicationId: row.applicationId,
    reference: row.reference ?? '',
    roundName: row.roundName,
    category: row.category as Category,
    organisationName: row.organisationName,
    provisionName: row.provisionName,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
}

async function comparedInCategory(db: Queryable, roundId: string, category: Category) {
  const applications = await repo.submittedApplications(db, roundId, category);
  const checks = await repo.conditionChecksOf(
    db,
    applications.map((a) => a.id),
  );
  return applications.map((a) => {
    const verdict = conditionsVerdict(
      schemeDefinitionSchema.parse(a.formDefinition),
      checks.filter((c) => c.applicationId === a.id),
    );
    return {
      id: a.id,
      reference: a.reference ?? '',
      category,
      content: applicationContentSchema.parse(a.content),
      takesPart: a.status === 'submitted' && verdict !== false,
    };
  });
}

async function automaticFor(
  db: Queryable,
  roundId: string,
  category: Category,
  applicationId: string,
): Promise<AutomaticScore[]> {
  return automaticScores(await comparedInCategory(db, roundId, category)).get(applicationId) ?? [];
}

/** An assigned assessor without a conflict; others find nothing here. */
async function assertMayAssess(db: Queryable, actor: Actor, applicationId: string) {
  const application = await submittedOrNotFound(db, applicationId);
  const assigned = (await repo.assignmentsOf(db, [applicationId])).some(
    (a) => a.assessorId === actor.userId,
  );
  if (await repo.hasConflict(db, application.roundId, actor.userId!, application.organisationId)) {
    throw new AppError('CONFLICT_OF_INTEREST');
  }
  // Linked to the applicant after being assigned: membership counts as a conflict too.
  if (actor.organisationIds.includes(application.organisationId)) {
    throw new AppError('CONFLICT_OF_INTEREST', {
      message:
        'U bent lid van de aanvragende organisatie en kunt deze aanvraag daarom niet openen of beoordelen.',
      details: { reason: 'MEMBER_OF_APPLICANT' },
    });
  }
  if (!assigned) throw new AppError('NOT_FOUND');
  return application;
}

export async function assessmentView(
  { db, actor }: Pick<UseCaseContext, 'db' | 'actor'>,
  { applicationId }: { applicationId: string },
) {
  const application = await assertMayAssess(db, actor, applicationId);
  const sheets = await repo.assessmentsOf(db, [applicationId]);
  const mine = sheets.find((s) => s.assessorId === actor.userId);
  return {
    application: await getApplication({ db, scope: ALL }, { applicationId }),
    automatic: await automaticFor(
      db,
      application.roundId,
      application.category as Category,
      applicationId,
    ),
    mine: {
      scores: (mine?.scores ?? {}) as ScoreSheet,
      submittedAt: mine?.submittedAt?.toISOString() ?? null,
    },
    // Independent scoring: others' scores stay hidden until the own scores are submitted.
    // Every other assigned assessor is listed, so "no other assessors" is never said while
    // one is still scoring; the scores of one who has not submitted stay hidden.
    others: mine?.submittedAt
      ? (await repo.assignmentsOf(db, [applicationId]))
          .filter((a) => a.assessorId !== actor.userId)
          .map((a) => {
            const sheet = sheets.find((s) => s.assessorId === a.assessorId && s.submittedAt);
            return {
              assessorName: a.assessorName,
              scores: sheet?.scores ?? {},
              submitted: sheet !== undefined,
            };
          })
      : null,
  };
}

export async function saveScores(
  { db, actor, now }: UseCaseContext,
  { applicationId, scores, submit }: { applicationId: string; scores: ScoreSheet; submit: boolean },
) {
  await changeWithAudit(db, actor, async (tx, audit) => {
    assertAssessable(await assertMayAssess(tx, actor, applicationId), now);
    const current = (await repo.assessmentsOf(tx, [applicationId])).find(
      (s) => s.assessorId === actor.userId,
    );
    if (current?.submittedAt) throw new AppError('ASSESSMENT_SUBMITTED');
    if (submit) {
      const problems = scoreSheetProblems(scores);
      if (problems.length > 0)
        throw new AppError('VALIDATION_FAILED', {
          message: 'Nog niet alle scores en motiveringen zijn ingevuld.',
          fields: problems,
        });
    }
    await repo.upsertAssessment(tx, {
      applicationId,
      assessorId: actor.userId!,
      scores,
      submittedAt: submit ? now : null,
      now,
    });
    await audit({
      action: submit ? 'assessment.submit' : 'assessment.save',
      entityType: 'application',
      entityId: applicationId,
      before: current?.scores ?? null,
      after: scores,
    });
  });
  return assessmentView({ db, actor }, { applicationId });
}

export async function recordConditions(
  { db, actor, now }: UseCaseContext,
  {
    applicationId,
    checks,
  }: { applicationId: string; checks: { code: string; met: boolean; reason: string }[] },
) {
  const missingReasons = checks
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => !c.met && c.reason.trim() === '')
    .map(({ i }) => ({
      path: `checks.${i}.reason`,
      message: 'Geef de reden waarom niet aan deze voorwaarde is voldaan.',
    }));
  if (missingReasons.length > 0)
    throw new AppError('VALIDATION_FAILED', { fields: missingReasons });
  await changeWithAudit(db, actor, async (tx, audit) => {
    assertAssessable(await submittedOrNotFound(tx, applicationId), now);
    for (const check of checks) {
      await repo.upsertConditionCheck(tx, {
        applicationId,
        conditionCode: check.code,
        met: check.met,
        reason: check.reason,
        checkedBy: actor.userId,
        checkedAt: now,
      });
    }
    await audit({
      action: 'assessment.check_conditions',
      entityType: 'application',
      entityId: applicationId,
      after: checks,
    });
  });
  return scoreOverview({ db }, { applicationId });
}

export async function scoreOverview(
  { db }: Pick<UseCaseContext, 'db'>,
  { applicationId }: { applicationId: string },
) {
  const application = await submittedOrNotFound(db, applicationId);
  const definition = schemeDefinitionSchema.parse(application.formDefinition);
  const [assignments, sheets, checks, finals] = await Promise.all([
    repo.assignmentsOf(db, [applicationId]),
    repo.assessmentsOf(db, [applicationId]),
    repo.conditionChecksOf(db, [applicationId]),
    repo.finalScoresOf(db, [applicationId]),
  ]);
  const criteria = JUDGED_CRITERIA.map((criterion) => {
    const perAssessor = assignments.map((assignment) => {
      const sheet = sheets.find((s) => s.assessorId === assignment.assessorId);
      const entry = (sheet?.scores as ScoreSheet | undefined)?.[criterion];
      const submitted = Boolean(sheet?.submittedAt);
      // The chair sees submitted scores only; a draft is the assessor's own.
      return {
        assessorName: assignment.assessorName,
        score: submitted ? (entry?.score ?? null) : null,
        motivation: submitted ? (entry?.motivation ?? '') : '',
        submitted,
      };
    });
    const given = perAssessor.filter((a) => a.score !== null).map((a) => a.score!);
    const final = finals.find((f) => f.criterion === criterion);
    return {
      criterion,
      label: CRITERION_LABELS[criterion],
      assessors: perAssessor,
      proposal: proposedScore(given),
      divergent: diverges(given),
      final: final ? { score: final.score, motivation: final.motivation } : null,
    };
  });
  return {
    applicationId,
    reference: application.reference ?? '',
    conditions: definition.generalConditions.map((condition) => {
      const check = checks.find((c) => c.conditionCode === condition.code);
      return {
        code: condition.code,
        label: condition.label,
        met: check?.met ?? null,
        reason: check?.reason ?? '',
      };
    }),
    criteria,
    automatic: await automaticFor(
      db,
      application.roundId,
      application.category as Category,
      applicationId,
    ),
    allSubmitted:
      assignments.length >= MINIMUM_ASSESSORS &&
      assignments.every((a) => sheets.some((s) => s.assessorId === a.assessorId && s.submittedAt)),
  };
}

export async function fixFinalScores(
  { db, actor, now }: UseCaseContext,
  { applicationId, scores }: { applicationId: string; scores: ScoreSheet },
) {
  await changeWithAudit(db, actor, async (tx, audit) => {
    assertAssessable(await submittedOrNotFound(tx, applicationId), now);
    const overview = await scoreOverview({ db: tx }, { applicationId });
    if (overview.conditions.some((c) => c.met === false)) throw new AppError('CONDITIONS_NOT_MET');
    if (overview.conditions.some((c) => c.met === null)) {
      throw new AppError('RANKING_NOT_READY', {
        message: 'Leg eerst per algemene voorwaarde vast of de aanvraag eraan voldoet.',
      });
    }
    if (!overview.allSubmitted) throw new AppError('ASSESSMENTS_INCOMPLETE');
    const problems = scoreSheetProblems(scores);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fields: problems });
    const rows = JUDGED_CRITERIA.map((criterion) => ({
      criterion,
      score: scores[criterion]!.score,
      motivation: scores[criterion]!.motivation,
    }));
    await repo.replaceFinalScores(tx, applicationId, rows, actor.userId, now);
    await audit({
      action: 'assessment.fix_final_scores',
      entityType: 'application',
      entityId: applicationId,
      before: Object.fromEntries(
        overview.criteria.filter((c) => c.final).map((c) => [c.criterion, c.final]),
      ),
      after: scores,
    });
  });
  return scoreOverview({ db }, { applicationId });
}
