import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  costComparison,
  emptyReportContent,
  reachComparison,
  reportContentSchema,
  reportEditRefusal,
  reportOverdue,
  reportProblems,
  reportSubmitRefusal,
} from './report.ts';

const budget = [
  { kind: 'fixed_costs', description: 'Huur', cents: 1_200_000 },
  { kind: 'refreshments', description: 'Koffie', cents: 300_000 },
];

describe('the content of an accountability report', () => {
  it('accepts actual costs of whole cents, 0 or more, and refuses the rest in Dutch', () => {
    expect(reportContentSchema.safeParse({ costs: [{ actualCents: 0 }] }).success).toBe(true);
    const negative = reportContentSchema.safeParse({ costs: [{ actualCents: -1 }] });
    expect(negative.error?.issues[0]).toMatchObject({
      path: ['costs', 0, 'actualCents'],
      message: 'Een bedrag kan niet negatief zijn.',
    });
    const fraction = reportContentSchema.safeParse({ costs: [{ actualCents: 10.5 }] });
    expect(fraction.error?.issues[0]?.message).toBe('Een bedrag heeft hoogstens twee decimalen.');
  });

  it('keeps a text up to 20,000 characters and refuses one longer, naming the field', () => {
    expect(reportContentSchema.safeParse({ activities: 'a'.repeat(20_000) }).success).toBe(true);
    const long = reportContentSchema.safeParse({ results: 'a'.repeat(20_001) });
    expect(long.error?.issues[0]).toMatchObject({
      path: ['results'],
      message: 'De resultaten is hoogstens 20.000 tekens.',
    });
  });
});

describe('what a report still misses', () => {
  it('asks nothing of the direct tier', () => {
    expect(
      reportProblems({
        tier: 'direct',
        content: emptyReportContent(),
        budgetLines: 2,
        attachmentKinds: [],
      }),
    ).toEqual([]);
  });

  it('asks the activity-report tier for the activities and the results only', () => {
    expect(
      reportProblems({
        tier: 'activity_report',
        content: emptyReportContent(),
        budgetLines: 2,
        attachmentKinds: [],
      }).map((p) => p.path),
    ).toEqual(['activities', 'results']);
  });

  it('asks the full tier for every line of actual costs, the annual accounts and the auditor', () => {
    const problems = reportProblems({
      tier: 'full',
      content: {
        activities: 'Elke week open',
        results: 'Dertig vaste bezoekers',
        costs: [{ actualCents: 1_100_000 }],
      },
      budgetLines: 2,
      attachmentKinds: ['annual_accounts'],
    });
    expect(problems).toEqual([
      {
        path: 'costs.1.actualCents',
        message: 'Vul de werkelijke kosten in van begrotingsregel 2.',
      },
      {
        path: 'attachments.auditor_statement',
        message: 'Voeg de bijlage toe: controleverklaring van een accountant.',
      },
    ]);
  });
});

describe('when a report may be changed and submitted', () => {
  const grant = { tier: 'activity_report' as const, status: 'advanced', periodEnd: '2026-12-31' };

  it('may be submitted from the last day of the period, not the day before', () => {
    expect(reportSubmitRefusal(grant, '2026-12-30')?.code).toBe('REPORT_TOO_EARLY');
    expect(reportSubmitRefusal(grant, '2026-12-30')?.message).toBe(
      'U kunt de verantwoording indienen vanaf 31 december 2026, de laatste dag van de subsidieperiode: het bereik wordt over de hele periode geteld.',
    );
    expect(reportSubmitRefusal(grant, '2026-12-31')).toBeNull();
    expect(reportSubmitRefusal({ ...grant, status: 'granted' }, '2027-06-01')).toBeNull();
  });

  it('is closed once the grant is settled, afgerekend or withdrawn, with a Dutch reason', () => {
    expect(reportSubmitRefusal({ ...grant, status: 'settled' }, '2027-02-01')).toEqual({
      code: 'REPORT_CLOSED',
      message:
        'De subsidie is al vastgesteld. Een verantwoording kan daarna niet meer worden ingediend of gewijzigd.',
    });
    expect(reportEditRefusal({ ...grant, status: 'closed' })?.code).toBe('REPORT_CLOSED');
    expect(reportEditRefusal({ ...grant, status: 'withdrawn' })?.code).toBe('REPORT_CLOSED');
  });

  it('is submitted once, and not at all in the direct tier', () => {
    expect(reportEditRefusal({ ...grant, status: 'report_submitted' })?.code).toBe(
      'REPORT_ALREADY_SUBMITTED',
    );
    expect(reportEditRefusal({ ...grant, tier: 'direct' })?.code).toBe('REPORT_NOT_REQUIRED');
  });

  it('is overdue from the day after the due day while not submitted', () => {
    const due = { tier: 'full' as const, status: 'advanced', reportDueDay: '2027-04-01' };
    expect(reportOverdue(due, '2027-04-01')).toBe(false);
    expect(reportOverdue(due, '2027-04-02')).toBe(true);
    expect(reportOverdue({ ...due, status: 'report_submitted' }, '2027-04-02')).toBe(false);
    expect(reportOverdue({ ...due, tier: 'direct' }, '2027-04-02')).toBe(false);
  });
});

describe('promised against realised', () => {
  it('puts € 11,000.00 of rent next to € 12,000.00 budgeted: € 1,000.00 less', () => {
    const comparison = costComparison(budget, [{ actualCents: 1_100_000 }, { actualCents: null }]);
    expect(comparison.lines).toEqual([
      {
        kind: 'fixed_costs',
        description: 'Huur',
        budgetCents: 1_200_000,
        actualCents: 1_100_000,
        differenceCents: -100_000,
      },
      {
        kind: 'refreshments',
        description: 'Koffie',
        budgetCents: 300_000,
        actualCents: null,
        differenceCents: null,
      },
    ]);
    expect(comparison).toMatchObject({
      budgetCents: 1_500_000,
      actualCents: 1_100_000,
      differenceCents: -400_000,
    });
  });

  it('has differences that add up to the total difference (whole cents)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(1_000_000_000), fc.nat(1_000_000_000)), {
          minLength: 1,
          maxLength: 30,
        }),
        (pairs) => {
          const c = costComparison(
            pairs.map(([cents]) => ({ kind: 'fixed_costs', description: '', cents })),
            pairs.map(([, actualCents]) => ({ actualCents })),
          );
          const sum = c.lines.reduce((s, l) => s + l.differenceCents!, 0);
          return c.differenceCents === sum && c.actualCents! - c.budgetCents === sum;
        },
      ),
    );
  });

  it('compares 35 promised participants and 5 × 48 = 240 day parts with registration', () => {
    expect(
      reachComparison(
        { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
        { participants: 14, openedDayParts: '<5' },
      ),
    ).toEqual({
      participants: { promised: 35, registered: 14 },
      dayParts: { promised: 240, registered: '<5' },
    });
  });
});
