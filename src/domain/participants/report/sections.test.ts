import { describe, expect, it } from 'vitest';
import type { ReportPeriod } from './period.ts';
import { emptyFigures, type ProvisionFigures } from './provision-figures.ts';
import { provisionSections } from './sections.ts';

const PERIOD: ReportPeriod = { from: '2025-12-01', to: '2026-11-30' };

/** Figures of a provision with `active` participants, all self-registered. */
function figures(active: number, change: Partial<ProvisionFigures> = {}): ProvisionFigures {
  const f = emptyFigures(PERIOD);
  f.active = active;
  f.byClientRoute.self = active;
  return { ...f, ...change };
}

describe('the report of one provision', () => {
  it('shows means of the first and latest measurement and the mean change per dimension', () => {
    const f = figures(7);
    f.health.participant.participants = 2;
    f.health.participant.first.meaning = 5 + 6;
    f.health.participant.latest.meaning = 7 + 7;
    f.satisfaction = {
      answers: 3,
      people: 2,
      sum: 8 + 9 + 7,
      distribution: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0],
    };
    f.byDayPart.morning = { registered: 10, anonymous: 2 };
    f.openedDayParts = 4;
    const report = provisionSections(f);
    expect(report.health.participant.dimensions.find((d) => d.dimension === 'meaning')).toEqual({
      dimension: 'meaning',
      first: 5.5,
      latest: 7,
      change: 1.5,
    });
    expect(report.health.participant.suppressed).toBe(false);
    expect(report.satisfaction).toMatchObject({ answers: 3, mean: 8, suppressed: false });
    // Inside the provision small numbers are shown as they are.
    expect(report.attendance).toMatchObject({
      registered: 10,
      anonymous: 2,
      averagePerOpenedDayPart: 3,
      averageSuppressed: false,
    });
    expect(report.health.coordinator.dimensions[0]).toMatchObject({ first: null, change: null });
  });
});
