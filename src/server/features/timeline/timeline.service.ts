import {
  type TimelineFacts,
  type TimelineStatus,
  buildTimeline,
} from '../../../domain/applications/timeline.ts';
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  OBJECTION_OUTCOME_LABELS,
  type ObjectionOutcome,
} from '../../../domain/tender/objection-outcomes.ts';
import { DECISION_TITLES, type DecisionOutcome } from '../../../domain/tender/outcomes.ts';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './timeline.repository.ts';
import type { Timeline } from './timeline.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

const dayOrNull = (instant: Date | null) => (instant ? amsterdamDay(instant) : null);

interface RankingOutput {
  applications: { reference: string; outcome: string }[];
}

/**
 * The facts of one application as the scope may know them. An organisation learns of a
 * decision only when it is sent (docs/rules/application-timeline.md), so a decision that is
 * drawn up but not yet issued is left out for it.
 */
async function factsOf(
  db: Queryable,
  scope: DataScope,
  application: NonNullable<Awaited<ReturnType<typeof repo.findApplication>>>,
): Promise<TimelineFacts> {
  const organisationView = scope.kind !== 'all';
  const [assignedAt, rankings, decisions, requests, objections] = await Promise.all([
    repo.firstAssignmentAt(db, application.id),
    repo.rankingsOf(db, application.roundId, application.category),
    repo.decisionsOf(db, application.id),
    repo.completionRequestsOf(db, application.id),
    repo.objectionsOf(db, application.id),
  ]);
  // Ranked: the first fixed version that placed it (a late application is listed, not placed).
  const ranking = rankings.find((r) =>
    (r.output as RankingOutput).applications.some(
      (a) => a.reference === application.reference && a.outcome !== 'late',
    ),
  );
  const visible = decisions.filter((d) => !organisationView || d.issuedAt !== null);
  const first = visible.find((d) => d.replacesDecisionId === null);
  const title = (outcome: string) => DECISION_TITLES[outcome as DecisionOutcome] ?? outcome;
  return {
    status: application.status as TimelineStatus,
    submittedDay: dayOrNull(application.submittedAt),
    withdrawnDay: dayOrNull(application.withdrawnAt),
    assessmentStartedDay: dayOrNull(assignedAt),
    rankedDay: ranking ? amsterdamDay(ranking.fixedAt) : null,
    decision: first
      ? {
          decidedDay: amsterdamDay(first.generatedAt),
          issuedDay: dayOrNull(first.issuedAt),
          title: title(first.outcome),
        }
      : null,
    completionRequests: requests.map((r) => ({
      requestedDay: r.requestedDay,
      dueDay: r.dueDay,
      answeredDay: dayOrNull(r.answeredAt),
    })),
    objections: objections.map((o) => ({
      reference: o.reference,
      receivedDay: o.receivedDay,
      decidedDay: dayOrNull(o.decidedAt),
      outcomeLabel: o.outcome ? OBJECTION_OUTCOME_LABELS[o.outcome as ObjectionOutcome] : null,
    })),
    laterDecisions: visible
      .filter((d) => d.replacesDecisionId !== null && d.issuedAt !== null)
      .map((d) => ({ issuedDay: amsterdamDay(d.issuedAt!), title: title(d.outcome) })),
  };
}

export async function applicationTimeline(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { applicationId }: { applicationId: string },
): Promise<Timeline> {
  const application = await repo.findApplication(db, scope, applicationId);
  if (!application) throw new AppError('NOT_FOUND');
  const facts = await factsOf(db, scope, application);
  return { applicationId, steps: buildTimeline(facts, amsterdamDay(now)) };
}
