/**
 * Each role's open tasks for the home page, computed from the data (docs/rules/home-tasks.md).
 * A role's section is computed only for a user who holds that role, within the scope the
 * access table gives that role for the same data.
 */
import { addDays, amsterdamDay } from '../../../domain/dates.ts';
import {
  recentWholeWeeks,
  weeksWithoutAttendance,
} from '../../../domain/participants/attendance-tasks.ts';
import type { Role } from '../../../domain/roles.ts';
import type { Category } from '../../../domain/tender/categories.ts';
import { listRounds } from '../rounds/rounds.service.ts';
import { workCounts as sifWorkCounts } from '../sif-initiatives/sif-initiatives.service.ts';
import { type Action, type Actor, type DataScope, authorise } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { financeFacts } from '../payments/payments.repository.ts';
import { countAwaitingApprovalBy } from '../fund/fund.repository.ts';
import {
  awaitingSettlement,
  countProposedSettlements,
  openReclaimFacts,
} from '../settlements/settlements.repository.ts';
import { reportsToHandIn } from '../grant-reports/grant-reports.service.ts';
import * as repo from './home.repository.ts';
import type { HomeTasks, PolicyOfficerTasks, RoundState } from './home.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

/** The scope one of the actor's roles has for an action (not the widest of all their roles). */
function scopeAs(actor: Actor, role: Role, action: Action): DataScope {
  return authorise({ ...actor, roles: [role] }, action);
}

function idsOf(scope: DataScope, all: readonly string[]): readonly string[] {
  if (scope.kind === 'organisations') return scope.organisationIds;
  if (scope.kind === 'provisions') return scope.provisionIds;
  return all;
}

async function policyOfficerTasks(
  db: Queryable,
  actor: Actor,
  now: Date,
): Promise<PolicyOfficerTasks> {
  const today = amsterdamDay(now);
  const facts = await repo.roundFacts(db);
  // The round's state as the round pages show it (domain/tender/round-state.ts); before it
  // opens, its finer status (in preparation, or published and not yet open).
  const states = new Map<string, RoundState>(
    (await listRounds({ db, actor, now })).map((round) => [
      round.id,
      round.phase === 'concept' ? round.status : round.phase,
    ]),
  );
  const rounds = facts.map((round) => ({
    id: round.id,
    name: round.name,
    state: states.get(round.id) ?? 'preparation',
    deadlineAt: new Date(round.deadlineAt).toISOString(),
    onTimeApplications: round.onTime,
  }));
  const current = facts.find(
    (round) => round.published && new Date(round.opensAt).getTime() <= now.getTime(),
  );
  const [
    use,
    withoutFinalScores,
    rankingsToFix,
    lettersToIssue,
    pastTerm,
    objections,
    changes,
    reports,
    settlementsToIssue,
    awaiting,
    sif,
  ] = await Promise.all([
    current ? repo.ceilingUse(db, current.id) : Promise.resolve([]),
    repo.withoutFinalScores(db, now),
    repo.rankingsToFix(db, now),
    repo.lettersToIssue(db),
    repo.completionRequestsPastTerm(db, today),
    repo.objectionsToDecide(db),
    repo.grantChangesToDecide(db),
    reportsToHandIn(db, { kind: 'all' }, today),
    countProposedSettlements(db),
    awaitingSettlement(db, today),
    sifWorkCounts({ db, actor, now }),
  ]);
  return {
    rounds,
    currentRound: current
      ? {
          id: current.id,
          name: current.name,
          ceilings: use.map((u) => ({
            category: u.category as Category,
            ceilingCents: Number(current.ceilings[u.category] ?? 0),
            requestedCents: Number(u.requestedCents),
            grantedCents: u.grantedCents === null ? null : Number(u.grantedCents),
          })),
        }
      : null,
    withoutFinalScores,
    rankingsToFix: rankingsToFix.map((r) => ({ ...r, categories: r.categories as Category[] })),
    lettersToIssue,
    completionRequestsPastTerm: pastTerm,
    objectionsToDecide: objections,
    settlementsToIssue,
    settlementsToPropose: awaiting.length,
    grantChangesToDecide: changes,
    reportsOverdue: reports.filter((r) => r.overdue).length,
    sifInitiatives: {
      undecided: sif.undecided,
      nearing: sif.nearing,
      readyToDecide: sif.readyToDecide,
    },
  };
}

async function coordinatorTasks(db: Queryable, provisionIds: readonly string[], now: Date) {
  const today = amsterdamDay(now);
  const weeks = recentWholeWeeks(today);
  const from = weeks[0]!;
  const to = addDays(weeks[weeks.length - 1]!, 6);
  const [provisions, periods, saved] = await Promise.all([
    repo.coordinatedProvisions(db, provisionIds),
    repo.participationPeriods(db, provisionIds, from, to),
    repo.mondaysWithAttendance(db, provisionIds, from, to),
  ]);
  return {
    provisions: provisions.map((p) => ({
      ...p,
      weeksWithoutAttendance: weeksWithoutAttendance(
        today,
        periods.filter((x) => x.provisionId === p.provisionId),
        new Set(saved.filter((x) => x.provisionId === p.provisionId).map((x) => x.monday)),
      ),
    })),
  };
}

export async function homeTasks({
  db,
  actor,
  now,
}: Pick<UseCaseContext, 'db' | 'actor' | 'now'>): Promise<HomeTasks> {
  const has = (role: Role) => actor.roles.includes(role);
  const userId = actor.userId ?? '';
  const [
    policyOfficer,
    assessor,
    applicant,
    coordinator,
    socialWorker,
    wmoAnalyst,
    admin,
    finance,
  ] = await Promise.all([
    has('policy_officer') ? policyOfficerTasks(db, actor, now) : null,
    has('assessor')
      ? Promise.all([repo.assessorWork(db, userId), sifWorkCounts({ db, actor, now })]).then(
          ([w, sif]) => ({ ...w, toScore: w.assigned - w.scored, sifToAssess: sif.toAssess }),
        )
      : null,
    has('applicant')
      ? (async () => {
          const organisationIds = idsOf(scopeAs(actor, 'applicant', 'application.list'), []);
          const [work, requests, open, reports] = await Promise.all([
            repo.applicantWork(db, organisationIds),
            repo.openCompletionRequests(db, organisationIds),
            repo.openRounds(db, now),
            reportsToHandIn(
              db,
              scopeAs(actor, 'applicant', 'grant_report.write'),
              amsterdamDay(now),
            ),
          ]);
          return {
            ...work,
            openCompletionRequests: requests,
            openRounds: open,
            reportsToHandIn: reports,
          };
        })()
      : null,
    has('coordinator')
      ? coordinatorTasks(db, idsOf(scopeAs(actor, 'coordinator', 'referral.decide'), []), now)
      : null,
    has('social_worker')
      ? repo.referralsBy(db, userId).then((rows) => {
          const n = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
          return {
            pending: n('pending'),
            accepted: n('accepted'),
            declined: n('declined'),
            expired: n('expired'),
          };
        })
      : null,
    has('wmo_analyst') ? repo.wmoWork(db) : null,
    has('admin') ? repo.adminWork(db, now) : null,
    has('finance')
      ? Promise.all([
          financeFacts(db, amsterdamDay(now), userId),
          openReclaimFacts(db, amsterdamDay(now)),
          userId ? countAwaitingApprovalBy(db, userId) : 0,
        ]).then(([facts, openReclaims, fundBookingsToApprove]) => ({
          dueTerms: facts.dueTerms,
          dueCents: facts.dueCents,
          runsToApprove: facts.awaiting,
          openReclaims,
          fundBookingsToApprove,
        }))
      : null,
  ]);
  return {
    policyOfficer,
    assessor,
    applicant,
    coordinator,
    socialWorker,
    finance,
    wmoAnalyst,
    admin,
  };
}
