import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DecisionInput,
  type SifScoreSheet,
  allowedOutcomes,
  assessmentVerdict,
  decisionDueDay,
  decisionProblem,
  initiativeContentSchema,
  nearingTerm,
  sifScoreSheetProblems,
} from './initiative.ts';
import { impactReport } from './impact.ts';

const sheet = (score: number): SifScoreSheet => ({
  priorities: { score, motivation: 'past goed' },
  impact: { score, motivation: 'aannemelijk' },
  feasibility: { score, motivation: 'haalbaar' },
  continuation: { score, motivation: 'borging' },
});
const facts = {
  requestedCents: 40_000_00,
  freeCents: 100_000_00,
  verdict: 'meets_criteria' as const,
  today: '2027-03-01',
  dueDay: '2027-04-26',
};
const grant = (cents: number): DecisionInput => ({
  outcome: 'granted',
  grantedCents: cents,
  refusalGround: null,
  reasons: '',
  lateReason: '',
});

describe('the decision term (Awb 4:13, eight weeks, Atw)', () => {
  it('ends eight weeks after receipt, moved past a weekend or holiday', () => {
    expect(decisionDueDay('2027-03-01')).toBe('2027-04-26');
    // 2027-02-27 + 8 weeks = Saturday 2027-04-24 → Monday 2027-04-26
    expect(decisionDueDay('2027-02-27')).toBe('2027-04-26');
    // 2027-03-22 + 8 weeks = 2027-05-17, Whit Monday → Tuesday
    expect(decisionDueDay('2027-03-22')).toBe('2027-05-18');
  });
  it('is nearing within fourteen days', () => {
    expect(nearingTerm('2027-03-15', '2027-03-01')).toBe(true);
    expect(nearingTerm('2027-03-16', '2027-03-01')).toBe(false);
  });
});

describe('the assessment', () => {
  it('waits for two assessors, then needs every criterion at least 6 on average', () => {
    expect(assessmentVerdict([sheet(8)]).verdict).toBe('pending');
    expect(assessmentVerdict([sheet(8), sheet(6)]).verdict).toBe('meets_criteria');
    expect(assessmentVerdict([sheet(6), sheet(5)]).verdict).toBe('meets_criteria'); // 5.5 → 6
    expect(assessmentVerdict([sheet(5), sheet(6), sheet(5)]).verdict).toBe('fails_criteria');
    expect(assessmentVerdict([sheet(7), sheet(7)]).means).toEqual({
      priorities: 7,
      impact: 7,
      feasibility: 7,
      continuation: 7,
    });
  });
  it('names each criterion that lacks a score or motivation', () => {
    expect(
      sifScoreSheetProblems({ impact: { score: 7, motivation: '' } }).map((p) => p.path),
    ).toEqual([
      'scores.priorities.score',
      'scores.priorities.motivation',
      'scores.impact.motivation',
      'scores.feasibility.score',
      'scores.feasibility.motivation',
      'scores.continuation.score',
      'scores.continuation.motivation',
    ]);
  });
});

describe('deciding against the free balance', () => {
  it('grants in full only when the whole amount is free', () => {
    expect(decisionProblem(grant(40_000_00), facts)).toBeNull();
    expect(decisionProblem(grant(40_000_00), { ...facts, freeCents: 30_000_00 })?.message).toBe(
      'Het fonds heeft nog € 30.000,00 vrij, minder dan gevraagd: verleen gedeeltelijk (hoogstens het vrije saldo) of weiger omdat het fonds uitgeput is.',
    );
    expect(allowedOutcomes({ ...facts, freeCents: 30_000_00 })).toEqual([
      'partially_granted',
      'refused',
    ]);
    expect(allowedOutcomes({ ...facts, freeCents: 0 })).toEqual(['refused']);
  });
  it('grants partly up to the free balance, with reasons', () => {
    const partly = {
      outcome: 'partially_granted' as const,
      grantedCents: 30_000_00,
      refusalGround: null,
      reasons: 'Fonds bijna leeg',
      lateReason: '',
    };
    expect(decisionProblem(partly, { ...facts, freeCents: 30_000_00 })).toBeNull();
    expect(decisionProblem(partly, { ...facts, freeCents: 29_999_99 })?.path).toBe('grantedCents');
    expect(
      decisionProblem({ ...partly, reasons: ' ' }, { ...facts, freeCents: 30_000_00 })?.path,
    ).toBe('reasons');
  });
  it('refuses because the fund is exhausted only when it is', () => {
    const refuse = {
      outcome: 'refused' as const,
      grantedCents: 0,
      refusalGround: 'fund_exhausted' as const,
      reasons: 'Uitgeput',
      lateReason: '',
    };
    expect(decisionProblem(refuse, { ...facts, freeCents: 10_00 })).toBeNull();
    expect(decisionProblem(refuse, facts)?.message).toBe(
      'Het fonds is niet uitgeput: er is nog € 100.000,00 vrij, genoeg voor het gevraagde bedrag.',
    );
  });
  it('needs a reason after the term, and two assessments first', () => {
    expect(decisionProblem(grant(40_000_00), { ...facts, today: '2027-04-27' })?.path).toBe(
      'lateReason',
    );
    expect(
      decisionProblem(
        { ...grant(40_000_00), lateReason: 'Ziekte' },
        { ...facts, today: '2027-04-27' },
      ),
    ).toBeNull();
    expect(decisionProblem(grant(40_000_00), { ...facts, verdict: 'pending' })?.path).toBe(
      'outcome',
    );
    expect(decisionProblem(grant(40_000_00), { ...facts, verdict: 'fails_criteria' })?.path).toBe(
      'outcome',
    );
  });
  it('never lets an accepted decision grant more than is free or than was asked (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: -10, max: 1_100_000 }),
        fc.constantFrom('granted', 'partially_granted', 'refused'),
        fc.constantFrom('criteria_not_met', 'fund_exhausted', null),
        (requestedCents, freeCents, grantedCents, outcome, refusalGround) => {
          const input = {
            outcome,
            grantedCents,
            refusalGround,
            reasons: 'r',
            lateReason: '',
          };
          const accepted = decisionProblem(input, { ...facts, requestedCents, freeCents }) === null;
          if (accepted) {
            expect(grantedCents).toBeGreaterThanOrEqual(0);
            expect(grantedCents).toBeLessThanOrEqual(Math.min(freeCents, requestedCents));
            expect(
              allowedOutcomes({ requestedCents, freeCents, verdict: 'meets_criteria' }),
            ).toContain(outcome);
          }
        },
      ),
    );
  });
});

describe('the form', () => {
  it('names what is missing in Dutch', () => {
    const result = initiativeContentSchema.safeParse({
      title: '',
      neighbourhoodCodes: [],
      priorities: [],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('Vul de naam van het initiatief in.');
    expect(messages).toContain('Kies minstens één buurt.');
    expect(messages).toContain('Kies minstens één prioriteit die het initiatief dient.');
  });
});

describe('the impact report', () => {
  it('protects small counts and says what is not available', () => {
    expect(
      impactReport({
        registersParticipants: true,
        reportReach: { active: 23, referred: '<5' },
        acceptedReferrals: 3,
        structuralChange: 'Buurtteam blijft',
      }),
    ).toEqual({
      reach: { participants: 23, referredByTeams: '<5' },
      fewerProvisions: { acceptedReferrals: '<5' },
      structuralChange: 'Buurtteam blijft',
    });
    expect(
      impactReport({
        registersParticipants: false,
        reportReach: null,
        acceptedReferrals: 0,
        structuralChange: 'x',
      }),
    ).toEqual({ reach: null, fewerProvisions: null, structuralChange: 'x' });
    expect(
      impactReport({
        registersParticipants: false,
        reportReach: null,
        acceptedReferrals: 7,
        structuralChange: 'x',
      }).fewerProvisions,
    ).toEqual({ acceptedReferrals: 7 });
  });
});
