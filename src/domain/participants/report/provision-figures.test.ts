import { describe, expect, it } from 'vitest';
import type { ReportPeriod } from './period.ts';
import { addFigures, emptyFigures, type ProvisionFigures } from './provision-figures.ts';

const PERIOD: ReportPeriod = { from: '2025-12-01', to: '2026-11-30' };

/** Figures of a provision with `active` participants, all self-registered. */
function figures(active: number, change: Partial<ProvisionFigures> = {}): ProvisionFigures {
  const f = emptyFigures(PERIOD);
  f.active = active;
  f.byClientRoute.self = active;
  return { ...f, ...change };
}

describe('the figures of provisions', () => {
  it('adds up provisions: people, attendance per day part, and the largest anonymous count', () => {
    const a = figures(5);
    a.byDayPart.morning = { registered: 10, anonymous: 3 };
    a.maxAnonymous = 3;
    const b = figures(6);
    b.byDayPart.morning = { registered: 4, anonymous: 2 };
    b.maxAnonymous = 2;
    addFigures(a, b);
    expect(a.active).toBe(11);
    expect(a.byDayPart.morning).toEqual({ registered: 14, anonymous: 5 });
    expect(a.maxAnonymous).toBe(3);
  });
});
