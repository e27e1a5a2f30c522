/**
 * The status timeline of one application, for the applicant and the municipality: where the
 * application stands, what happened on which day and what comes next
 * (docs/rules/application-timeline.md).
 *
 * The steps are data. A milestone happens at most once, in a fixed order (submitted, in
 * assessment, ranked, decided, issued, objection term ends); an event can happen any number of
 * times (a request to complete, an objection). Later features add their steps — payments,
 * settlement — by adding facts and appending to `MILESTONES` or `EVENTS`; nothing else changes.
 */
import { formatDay } from '../dates.ts';
import { objectionDeadline } from '../tender/objection.ts';

export type TimelineStatus = 'draft' | 'submitted' | 'late' | 'withdrawn' | 'set_aside';

/** What is known of an application; every day is YYYY-MM-DD in Europe/Amsterdam. */
export interface TimelineFacts {
  status: TimelineStatus;
  submittedDay: string | null;
  withdrawnDay: string | null;
  /** The day the first assessor was assigned. */
  assessmentStartedDay: string | null;
  /** The day the first ranking that placed this application was fixed. */
  rankedDay: string | null;
  /** The first decision on the application (a later one after an objection is an event). */
  decision: { decidedDay: string; issuedDay: string | null; title: string } | null;
  completionRequests: { requestedDay: string; dueDay: string; answeredDay: string | null }[];
  objections: {
    reference: string;
    receivedDay: string;
    decidedDay: string | null;
    outcomeLabel: string | null;
  }[];
  /** Decisions issued after an objection, replacing the first. */
  laterDecisions: { issuedDay: string; title: string }[];
}

export type StepState = 'done' | 'current' | 'upcoming';

export interface TimelineStep {
  /** Stable code for programs and tests: submitted, ranked, objection_received, … */
  code: string;
  label: string;
  /** When it happened, or for an upcoming step the day it is due; null when not known yet. */
  day: string | null;
  state: StepState;
  note: string | null;
}

interface Occurrence {
  day: string | null;
  /** true once it has happened (a day in the future is a due date, not a fact). */
  happened: boolean;
  note?: string | null;
  label?: string;
}

interface Milestone {
  code: string;
  label: string;
  /** What is known of this step, or null when it does not apply to this application. */
  resolve(facts: TimelineFacts, today: string): Occurrence | null;
}

/** Applications that go the whole way: submitted on time and not stopped. */
const inProcess = (facts: TimelineFacts) =>
  facts.status === 'draft' || facts.status === 'submitted';
/** Applications that will get a decision (a late one gets one too: not taken into account). */
const willBeDecided = (facts: TimelineFacts) => facts.status !== 'withdrawn';

const happened = (day: string | null): Occurrence => ({ day, happened: day !== null });

export const MILESTONES: readonly Milestone[] = [
  {
    code: 'submitted',
    label: 'Ingediend',
    resolve: (facts) => ({
      ...happened(facts.submittedDay),
      label: facts.status === 'late' ? 'Ingediend na de deadline' : 'Ingediend',
    }),
  },
  {
    code: 'in_assessment',
    label: 'In beoordeling',
    resolve: (facts) =>
      facts.assessmentStartedDay || inProcess(facts) ? happened(facts.assessmentStartedDay) : null,
  },
  {
    code: 'ranked',
    label: 'Gerangschikt',
    resolve: (facts) => (facts.rankedDay || inProcess(facts) ? happened(facts.rankedDay) : null),
  },
  {
    code: 'withdrawn',
    label: 'Ingetrokken',
    resolve: (facts) => (facts.withdrawnDay ? happened(facts.withdrawnDay) : null),
  },
  {
    code: 'decided',
    label: 'Besluit genomen',
    resolve: (facts) =>
      facts.decision || willBeDecided(facts)
        ? { ...happened(facts.decision?.decidedDay ?? null), note: facts.decision?.title ?? null }
        : null,
  },
  {
    code: 'issued',
    label: 'Besluit verzonden',
    resolve: (facts) =>
      facts.decision || willBeDecided(facts) ? happened(facts.decision?.issuedDay ?? null) : null,
  },
  {
    code: 'objection_term_ends',
    label: 'Bezwaartermijn eindigt',
    resolve: (facts, today) => {
      if (!facts.decision && !willBeDecided(facts)) return null;
      const issued = facts.decision?.issuedDay ?? null;
      if (!issued) return { day: null, happened: false };
      // The last day an objection is in time; the term has ended the day after.
      const lastDay = objectionDeadline(issued);
      return {
        day: lastDay,
        happened: today > lastDay,
        note: `Bezwaar maken kan tot en met ${formatDay(lastDay)}.`,
      };
    },
  },
];

interface EventStep {
  code: string;
  label: string;
  day: string;
  note: string | null;
}

export const EVENTS: readonly ((facts: TimelineFacts) => EventStep[])[] = [
  (facts) =>
    facts.completionRequests.flatMap((request) => [
      {
        code: 'completion_requested',
        label: 'Aanvulling gevraagd',
        day: request.requestedDay,
        note: `Aanvullen kan tot en met ${formatDay(request.dueDay)}.`,
      },
      ...(request.answeredDay
        ? [
            {
              code: 'completion_answered',
              label: 'Aanvulling ontvangen',
              day: request.answeredDay,
              note: null,
            },
          ]
        : []),
    ]),
  (facts) =>
    facts.objections.flatMap((objection) => [
      {
        code: 'objection_received',
        label: `Bezwaar ontvangen (${objection.reference})`,
        day: objection.receivedDay,
        note: null,
      },
      ...(objection.decidedDay
        ? [
            {
              code: 'objection_decided',
              label: `Beslissing op bezwaar (${objection.reference})`,
              day: objection.decidedDay,
              note: objection.outcomeLabel,
            },
          ]
        : []),
    ]),
  (facts) =>
    facts.laterDecisions.map((decision) => ({
      code: 'new_decision_issued',
      label: 'Nieuw besluit verzonden',
      day: decision.issuedDay,
      note: decision.title,
    })),
];

/**
 * The steps in order: what has happened, by day (on one day in the order of the milestones,
 * events after), then what is still to come in the order of the milestones. The current step
 * is the last one that happened; before anything happened, the first one to come.
 */
export function buildTimeline(facts: TimelineFacts, today: string): TimelineStep[] {
  const milestones = MILESTONES.flatMap((milestone, order) => {
    const occurrence = milestone.resolve(facts, today);
    if (!occurrence) return [];
    return [
      {
        code: milestone.code,
        label: occurrence.label ?? milestone.label,
        day: occurrence.day,
        note: occurrence.note ?? null,
        happened: occurrence.happened,
        order,
      },
    ];
  });
  const events = EVENTS.flatMap((source) => source(facts)).map((event) => ({
    ...event,
    happened: true,
    order: MILESTONES.length,
  }));
  const done = [...milestones.filter((m) => m.happened), ...events].sort(
    (a, b) => (a.day ?? '').localeCompare(b.day ?? '') || a.order - b.order,
  );
  const upcoming = milestones.filter((m) => !m.happened);
  const current = done.length > 0 ? done.length - 1 : 0;
  return [...done, ...upcoming].map((step, index) => ({
    code: step.code,
    label: step.label,
    day: step.day,
    state: index === current ? 'current' : index < done.length ? 'done' : 'upcoming',
    note: step.note,
  }));
}
