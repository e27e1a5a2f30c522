import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Me } from '../../../../server/features/auth/auth.schemas.ts';
import type { HomeTasks } from '../../../../server/features/home/home.schemas.ts';
import { formatDay } from '../../../../domain/dates.ts';
import { formatWeekRange } from '../../../../domain/participants/attendance.ts';
import { ROLE_CODES, ROLE_LABELS, type Role } from '../../../../domain/roles.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { homeTasksQueryOptions } from '../api/home-api.ts';
import { homeTexts } from '../texts.ts';

const texts = homeTexts.home;

/** The start page after logging in: per role the person holds, their open tasks. */
export function HomePage({ me }: { me: Me }) {
  // The order of docs/rules/roles.md, not the order the roles happen to be stored in.
  const roles = ROLE_CODES.filter((role) => me.roles.includes(role));
  const tasks = useQuery(homeTasksQueryOptions);
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{texts.welcome(me.name)}</p>
      <p className="utrecht-paragraph">{texts.rolesIntro}</p>
      {tasks.isPending ? <Loading /> : null}
      {tasks.isError ? (
        <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : null}
      {roles.map((role) => (
        <RoleSection key={role} role={role} me={me} tasks={tasks.data} />
      ))}
    </Page>
  );
}

/** A task: a link to where it is done, with its count in the text. */
interface Task {
  key: string;
  text: string;
  to: string;
  search?: Record<string, string>;
}

function TaskList({ role, tasks }: { role: Role; tasks: Task[] }) {
  if (tasks.length === 0) return <p className="utrecht-paragraph">{texts.noTasks}</p>;
  return (
    <ul
      className="utrecht-unordered-list sr-tasks"
      aria-label={texts.tasksLabel(ROLE_LABELS[role])}
    >
      {tasks.map((task) => (
        <li className="utrecht-unordered-list__item" key={task.key}>
          <Link
            // The addresses are the app's own pages; the router matches them like any other.
            to={task.to as '/'}
            search={task.search as never}
            className="utrecht-link utrecht-link--html-a"
          >
            {task.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function MoreLinks({ role, links }: { role: Role; links: { to: string; text: string }[] }) {
  return (
    <ul className="utrecht-unordered-list" aria-label={texts.moreLabel(ROLE_LABELS[role])}>
      {links.map((link) => (
        <li className="utrecht-unordered-list__item" key={link.to}>
          <Link to={link.to as '/'} className="utrecht-link utrecht-link--html-a">
            {link.text}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function RoleSection({ role, me, tasks }: { role: Role; me: Me; tasks: HomeTasks | undefined }) {
  const headingId = `rol-${role}`;
  const roleTexts = homeTexts.roles[role];
  return (
    <section aria-labelledby={headingId} className="sr-section sr-role-section">
      <h2 id={headingId} className="utrecht-heading-2">
        {ROLE_LABELS[role]}
      </h2>
      <p className="utrecht-paragraph">{roleTexts.does}</p>
      {roleTexts.status ? (
        <p className="utrecht-paragraph sr-role-status">{roleTexts.status}</p>
      ) : null}
      {role === 'applicant' || role === 'coordinator' ? (
        <OwnOrganisations me={me} role={role} />
      ) : null}
      {tasks ? <RoleTasks role={role} tasks={tasks} /> : null}
    </section>
  );
}

function RoleTasks({ role, tasks }: { role: Role; tasks: HomeTasks }): ReactNode {
  switch (role) {
    case 'policy_officer':
      return tasks.policyOfficer ? <OfficerTasks tasks={tasks.policyOfficer} /> : null;
    case 'assessor': {
      const work = tasks.assessor;
      if (!work) return null;
      return (
        <TaskList
          role={role}
          tasks={[
            {
              key: 'score',
              text: texts.assessor.toScore(work.toScore, work.scored, work.assigned),
              to: '/beoordelen',
            },
            ...(work.sifToAssess > 0
              ? [{ key: 'sif', text: texts.assessor.sifToAssess(work.sifToAssess), to: '/sif' }]
              : []),
          ]}
        />
      );
    }
    case 'applicant': {
      const work = tasks.applicant;
      if (!work) return null;
      const t = texts.applicant;
      return (
        <>
          <p className="utrecht-paragraph sr-role-status">{t.openRounds(work.openRounds)}</p>
          <TaskList
            role={role}
            tasks={[
              ...work.openCompletionRequests.map((request) => ({
                key: `complete-${request.applicationId}`,
                text: t.complete(request.reference, formatDay(request.dueDay)),
                to: `/aanvragen/${request.applicationId}`,
              })),
              ...work.reportsToHandIn.map((report) => ({
                key: `report-${report.grantId}`,
                text: t.report(report.reference, formatDay(report.dueDay), report.overdue),
                to: `/subsidies/${report.grantId}`,
              })),
              ...(work.drafts > 0
                ? [{ key: 'drafts', text: t.drafts(work.drafts), to: '/aanvragen' }]
                : []),
              ...(work.decisionsReceived > 0
                ? [
                    {
                      key: 'decisions',
                      text: t.decisions(work.decisionsReceived),
                      to: '/aanvragen',
                    },
                  ]
                : []),
            ]}
          />
          <MoreLinks
            role={role}
            links={[
              { to: '/aanvragen', text: t.links.applications },
              { to: '/beheer/voorzieningen', text: t.links.provisions },
              { to: '/organisatie', text: t.links.organisation },
            ]}
          />
        </>
      );
    }
    case 'coordinator': {
      const work = tasks.coordinator;
      if (!work) return null;
      const t = texts.coordinator;
      if (work.provisions.length === 0)
        return <p className="utrecht-paragraph">{t.noProvisions}</p>;
      return (
        <>
          <TaskList
            role={role}
            tasks={work.provisions.flatMap((provision) => [
              ...(provision.pendingReferrals > 0
                ? [
                    {
                      key: `referrals-${provision.provisionId}`,
                      text: t.referrals(provision.pendingReferrals, provision.name),
                      to: `/beheer/voorzieningen/${provision.provisionId}/verwijzingen`,
                    },
                  ]
                : []),
              ...provision.weeksWithoutAttendance.map((monday) => ({
                key: `attendance-${provision.provisionId}-${monday}`,
                text: t.attendance(formatWeekRange(monday), provision.name),
                to: `/beheer/voorzieningen/${provision.provisionId}/aanwezigheid`,
                search: { week: monday },
              })),
            ])}
          />
          <MoreLinks role={role} links={[{ to: '/deelnemers', text: t.participants }]} />
        </>
      );
    }
    case 'social_worker': {
      const work = tasks.socialWorker;
      if (!work) return null;
      const t = texts.socialWorker;
      return (
        <>
          <TaskList
            role={role}
            tasks={
              work.pending > 0
                ? [{ key: 'pending', text: t.pending(work.pending), to: '/verwijzingen' }]
                : []
            }
          />
          <p className="utrecht-paragraph">
            {t.summary(work.accepted, work.declined, work.expired)}
          </p>
          <MoreLinks
            role={role}
            links={[
              { to: '/verwijzen', text: t.find },
              { to: '/verwijzingen', text: t.mine },
            ]}
          />
        </>
      );
    }
    case 'wmo_analyst': {
      const work = tasks.wmoAnalyst;
      if (!work) return null;
      const t = texts.wmoAnalyst;
      return (
        <>
          <p className="utrecht-paragraph sr-role-status">
            {work.imports === 0 ? t.noImports : t.imports(work.imports)}
          </p>
          <TaskList
            role={role}
            tasks={[
              ...(work.newSignals > 0
                ? [
                    {
                      key: 'new',
                      text: t.newSignals(work.newSignals),
                      to: '/dubbele-financiering/signalen',
                    },
                  ]
                : []),
              ...(work.signalsInProgress > 0
                ? [
                    {
                      key: 'progress',
                      text: t.inProgress(work.signalsInProgress),
                      to: '/dubbele-financiering/signalen',
                    },
                  ]
                : []),
              ...(work.importsRefused > 0
                ? [
                    {
                      key: 'refused',
                      text: t.refused(work.importsRefused),
                      to: '/dubbele-financiering/import',
                    },
                  ]
                : []),
              ...(work.importsRunning > 0
                ? [
                    {
                      key: 'running',
                      text: t.running(work.importsRunning),
                      to: '/dubbele-financiering/import',
                    },
                  ]
                : []),
            ]}
          />
          <MoreLinks role={role} links={[{ to: '/dubbele-financiering', text: t.dashboard }]} />
        </>
      );
    }
    case 'admin': {
      const work = tasks.admin;
      if (!work) return null;
      const t = texts.admin;
      return (
        <MoreLinks
          role={role}
          links={[
            { to: '/beheer/gebruikers', text: t.users(work.activeUsers, work.inactiveUsers) },
            { to: '/beheer/audit', text: t.audit(work.auditEventsLastDay) },
            { to: '/beheer/uitgaande-post', text: t.mail(work.mailWaiting) },
            { to: '/beheer/organisaties', text: t.organisations },
          ]}
        />
      );
    }
    case 'finance': {
      const work = tasks.finance;
      if (!work) return null;
      const t = texts.finance;
      return (
        <>
          <TaskList
            role={role}
            tasks={[
              ...(work.dueTerms > 0
                ? [
                    {
                      key: 'due',
                      text: t.due(work.dueTerms, formatEuro(work.dueCents)),
                      to: '/betalingen',
                    },
                  ]
                : []),
              ...work.runsToApprove.map((run) => ({
                key: run.id,
                text: t.approve(run.reference),
                to: `/betalingen/${run.id}`,
              })),
              ...(work.fundBookingsToApprove > 0
                ? [
                    {
                      key: 'fund',
                      text: t.fundBookings(work.fundBookingsToApprove),
                      to: '/fonds',
                    },
                  ]
                : []),
              ...(work.openReclaims.count > 0
                ? [
                    {
                      key: 'reclaims',
                      text: t.reclaims(
                        work.openReclaims.count,
                        formatEuro(work.openReclaims.amountCents),
                        work.openReclaims.overdue,
                      ),
                      to: '/betalingen/terugvorderingen',
                    },
                  ]
                : []),
            ]}
          />
          <MoreLinks
            role={role}
            links={[
              { to: '/betalingen', text: t.runs },
              { to: '/betalingen/terugvorderingen', text: t.reclaimList },
              { to: '/subsidies', text: t.grants },
              { to: '/financien', text: t.overview },
              { to: '/fonds', text: t.fund },
            ]}
          />
        </>
      );
    }
    default:
      // Participants: their role text says what there is, and what not yet.
      return null;
  }
}

function OfficerTasks({ tasks }: { tasks: NonNullable<HomeTasks['policyOfficer']> }) {
  const t = texts.officer;
  const list: Task[] = [
    ...tasks.withoutFinalScores.map((round) => ({
      key: `final-${round.roundId}`,
      text: t.withoutFinalScores(round.count, round.roundName),
      to: `/rondes/${round.roundId}/beoordeling`,
    })),
    ...tasks.rankingsToFix.map((round) => ({
      key: `rank-${round.roundId}`,
      text: t.rankingsToFix(
        round.roundName,
        round.categories.map((c) => CATEGORY_LABELS[c]).join(', '),
      ),
      to: `/rondes/${round.roundId}/rangschikking`,
    })),
    ...tasks.lettersToIssue.map((round) => ({
      key: `letters-${round.roundId}`,
      text: t.lettersToIssue(round.count, round.roundName),
      to: `/rondes/${round.roundId}/beschikkingen`,
    })),
    ...(tasks.completionRequestsPastTerm > 0
      ? [
          {
            key: 'completion',
            text: t.completionPastTerm(tasks.completionRequestsPastTerm),
            to: '/aanvulverzoeken',
          },
        ]
      : []),
    ...(tasks.objectionsToDecide > 0
      ? [
          {
            key: 'objections',
            text: t.objectionsToDecide(tasks.objectionsToDecide),
            to: '/bezwaren',
          },
        ]
      : []),
    ...(tasks.grantChangesToDecide > 0
      ? [
          {
            key: 'grant-changes',
            text: t.grantChangesToDecide(tasks.grantChangesToDecide),
            to: '/subsidies',
          },
        ]
      : []),
    ...(tasks.sifInitiatives.undecided > 0
      ? [
          {
            key: 'sif',
            text: t.sifUndecided(
              tasks.sifInitiatives.undecided,
              tasks.sifInitiatives.nearing,
              tasks.sifInitiatives.readyToDecide,
            ),
            to: '/sif',
          },
        ]
      : []),
    ...(tasks.reportsOverdue > 0
      ? [
          {
            key: 'reports-overdue',
            text: t.reportsOverdue(tasks.reportsOverdue),
            to: '/verantwoordingen/te-laat',
          },
        ]
      : []),
    ...(tasks.settlementsToPropose > 0
      ? [
          {
            key: 'settlements-to-propose',
            text: t.settlementsToPropose(tasks.settlementsToPropose),
            to: '/vaststellingen',
          },
        ]
      : []),
    ...(tasks.settlementsToIssue > 0
      ? [
          {
            key: 'settlements',
            text: t.settlementsToIssue(tasks.settlementsToIssue),
            to: '/vaststellingen',
          },
        ]
      : []),
  ];
  return (
    <>
      <TaskList role="policy_officer" tasks={list} />
      {tasks.rounds.length === 0 ? (
        <p className="utrecht-paragraph">{t.noRounds}</p>
      ) : (
        <Table id="rondes-stand" caption={t.roundsCaption} columns={t.roundColumns.slice()}>
          {tasks.rounds.map((round) => (
            <tr className="utrecht-table__row" key={round.id}>
              <th scope="row" className={cell.data}>
                <Link
                  to="/rondes/$roundId"
                  params={{ roundId: round.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {round.name}
                </Link>
              </th>
              <td className={cell.data}>{texts.roundStates[round.state]}</td>
              <td className={cell.number}>{round.onTimeApplications}</td>
            </tr>
          ))}
        </Table>
      )}
      {tasks.currentRound ? (
        <Table
          id="plafondgebruik"
          caption={t.ceilingCaption(tasks.currentRound.name)}
          columns={t.ceilingColumns.map((label, i) => ({ label, numeric: i > 0 }))}
        >
          {tasks.currentRound.ceilings.map((use) => (
            <tr className="utrecht-table__row" key={use.category}>
              <th scope="row" className={cell.data}>
                {CATEGORY_LABELS[use.category]}
              </th>
              <td className={cell.number}>{formatEuro(use.ceilingCents)}</td>
              <td className={cell.number}>{formatEuro(use.requestedCents)}</td>
              <td className={cell.number}>
                {use.grantedCents === null ? t.notRanked : formatEuro(use.grantedCents)}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      <MoreLinks
        role="policy_officer"
        links={[
          { to: '/regeling', text: t.links.scheme },
          { to: '/beheer/organisaties', text: t.links.organisations },
          { to: '/rapportage/deelnemers', text: t.links.participantReport },
        ]}
      />
    </>
  );
}

function OwnOrganisations({ me, role }: { me: Me; role: Role }) {
  if (me.organisations.length === 0)
    return <p className="utrecht-paragraph">{texts.noOrganisations}</p>;
  const headingId = `rol-${role}-organisaties`;
  return (
    <>
      <h3 id={headingId} className="utrecht-heading-3">
        {texts.yourOrganisations}
      </h3>
      <ul className="utrecht-unordered-list" aria-labelledby={headingId}>
        {me.organisations.map((organisation) => (
          <li className="utrecht-unordered-list__item" key={organisation.id}>
            {organisation.name}
          </li>
        ))}
      </ul>
    </>
  );
}
