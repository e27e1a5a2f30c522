import { describe, expect, it } from 'vitest';
import { signalFigures } from './signal-figures.ts';

describe('signalFigures', () => {
  it('shows large counts, "<5" for 1–4, and hides what would give a "<5" away', () => {
    const figures = signalFigures(
      new Map([
        ['living_room', { signals: 12, open: 10, relapse: 6 }],
        ['day_activities', { signals: 20, open: 8, relapse: 3 }],
      ]),
    );
    const living = figures.byCategory.find((r) => r.category === 'living_room')!;
    const day = figures.byCategory.find((r) => r.category === 'day_activities')!;
    expect(day.signals).toBe(20);
    expect(day.open).toBe(8);
    expect(day.relapse).toBe('<5');
    // 12 signals of which 10 open leave 2 closed: one of the two numbers is hidden.
    expect(living.signals === null || living.open === null).toBe(true);
    // Relapse 6 + "<5" = 9 would pin the "<5" to 3: the total or the 6 is hidden.
    expect(living.relapse === null || figures.total.relapse === null).toBe(true);
    expect(figures.byCategory.find((r) => r.category === 'services')).toEqual({
      category: 'services',
      signals: 0,
      open: 0,
      relapse: 0,
    });
  });
});
