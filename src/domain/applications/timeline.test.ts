import { describe, expect, it } from 'vitest';
import { MILESTONES, type TimelineFacts, buildTimeline } from './timeline.ts';

const NOTHING_YET: TimelineFacts = {
  status: 'submitted',
  submittedDay: null,
  withdrawnDay: null,
  assessmentStartedDay: null,
  rankedDay: null,
  decision: null,
  completionRequests: [],
  objections: [],
  laterDecisions: [],
};

const compact = (facts: TimelineFacts, today: string) =>
  buildTimeline(facts, today).map((s) => [s.code, s.day, s.state]);

describe('the timeline of an application', () => {
  it('shows a draft with every step still to come, the first as the current one', () => {
    expect(compact({ ...NOTHING_YET, status: 'draft' }, '2027-02-01')).toEqual([
      ['submitted', null, 'current'],
      ['in_assessment', null, 'upcoming'],
      ['ranked', null, 'upcoming'],
      ['decided', null, 'upcoming'],
      ['issued', null, 'upcoming'],
      ['objection_term_ends', null, 'upcoming'],
    ]);
  });

  it('marks the last step that happened as current while the assessment runs', () => {
    const facts = {
      ...NOTHING_YET,
      submittedDay: '2027-02-01',
      assessmentStartedDay: '2027-03-02',
    };
    expect(compact(facts, '2027-03-05')).toEqual([
      ['submitted', '2027-02-01', 'done'],
      ['in_assessment', '2027-03-02', 'current'],
      ['ranked', null, 'upcoming'],
      ['decided', null, 'upcoming'],
      ['issued', null, 'upcoming'],
      ['objection_term_ends', null, 'upcoming'],
    ]);
  });

  it('gives the last day of the objection term once the decision is sent (Awb 6:7, Atw)', () => {
    const facts: TimelineFacts = {
      ...NOTHING_YET,
      submittedDay: '2027-02-01',
      assessmentStartedDay: '2027-03-02',
      rankedDay: '2027-03-15',
      decision: { decidedDay: '2027-03-16', issuedDay: '2027-03-24', title: 'Subsidie verleend' },
    };
    // Sent 24 March 2027: six weeks end on 5 May (Liberation Day), 6 May is Ascension Day,
    // so the last day is Friday 7 May 2027.
    const steps = buildTimeline(facts, '2027-04-01');
    expect(steps.map((s) => [s.code, s.day, s.state])).toEqual([
      ['submitted', '2027-02-01', 'done'],
      ['in_assessment', '2027-03-02', 'done'],
      ['ranked', '2027-03-15', 'done'],
      ['decided', '2027-03-16', 'done'],
      ['issued', '2027-03-24', 'current'],
      ['objection_term_ends', '2027-05-07', 'upcoming'],
    ]);
    expect(steps.find((s) => s.code === 'decided')!.note).toBe('Subsidie verleend');
    expect(steps.at(-1)!.note).toBe('Bezwaar maken kan tot en met 7 mei 2027.');
    // On the last day the term still runs; the day after, it has ended.
    expect(buildTimeline(facts, '2027-05-07').at(-1)!.state).toBe('upcoming');
    expect(buildTimeline(facts, '2027-05-08').at(-1)!.state).toBe('current');
  });

  it('puts requests to complete and objections between the milestones, by day', () => {
    const facts: TimelineFacts = {
      ...NOTHING_YET,
      submittedDay: '2027-02-01',
      assessmentStartedDay: '2027-03-02',
      rankedDay: '2027-03-15',
      decision: {
        decidedDay: '2027-03-16',
        issuedDay: '2027-03-24',
        title: 'Subsidie geweigerd: subsidieplafond bereikt',
      },
      completionRequests: [
        { requestedDay: '2027-02-10', dueDay: '2027-02-24', answeredDay: '2027-02-20' },
      ],
      objections: [
        {
          reference: 'BZ-2027-0001',
          receivedDay: '2027-04-12',
          decidedDay: '2027-06-01',
          outcomeLabel: 'Gegrond',
        },
      ],
      laterDecisions: [{ issuedDay: '2027-06-01', title: 'Subsidie verleend' }],
    };
    const steps = buildTimeline(facts, '2027-06-02');
    expect(steps.map((s) => [s.label, s.day, s.state])).toEqual([
      ['Ingediend', '2027-02-01', 'done'],
      ['Aanvulling gevraagd', '2027-02-10', 'done'],
      ['Aanvulling ontvangen', '2027-02-20', 'done'],
      ['In beoordeling', '2027-03-02', 'done'],
      ['Gerangschikt', '2027-03-15', 'done'],
      ['Besluit genomen', '2027-03-16', 'done'],
      ['Besluit verzonden', '2027-03-24', 'done'],
      ['Bezwaar ontvangen (BZ-2027-0001)', '2027-04-12', 'done'],
      ['Bezwaartermijn eindigt', '2027-05-07', 'done'],
      ['Beslissing op bezwaar (BZ-2027-0001)', '2027-06-01', 'done'],
      ['Nieuw besluit verzonden', '2027-06-01', 'current'],
    ]);
    expect(steps[1]!.note).toBe('Aanvullen kan tot en met 24 februari 2027.');
  });

  it('leaves out assessment and ranking for a late application, which is decided on anyway', () => {
    const facts: TimelineFacts = { ...NOTHING_YET, status: 'late', submittedDay: '2027-03-01' };
    expect(buildTimeline(facts, '2027-03-02').map((s) => [s.label, s.state])).toEqual([
      ['Ingediend na de deadline', 'current'],
      ['Besluit genomen', 'upcoming'],
      ['Besluit verzonden', 'upcoming'],
      ['Bezwaartermijn eindigt', 'upcoming'],
    ]);
  });

  it('ends with the withdrawal of a withdrawn application', () => {
    const facts: TimelineFacts = {
      ...NOTHING_YET,
      status: 'withdrawn',
      submittedDay: '2027-02-01',
      withdrawnDay: '2027-02-15',
    };
    expect(compact(facts, '2027-03-01')).toEqual([
      ['submitted', '2027-02-01', 'done'],
      ['withdrawn', '2027-02-15', 'current'],
    ]);
  });

  it('keeps its steps as data, in the order later features extend', () => {
    expect(MILESTONES.map((m) => m.code)).toEqual([
      'submitted',
      'in_assessment',
      'ranked',
      'withdrawn',
      'decided',
      'issued',
      'objection_term_ends',
    ]);
  });
});
