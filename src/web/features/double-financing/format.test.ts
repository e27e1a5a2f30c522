import { describe, expect, it } from 'vitest';
import { formatCount, formatMonth, formatPeriod, statusLabel } from './format.ts';

describe('formatPeriod', () => {
  it('names a closed period, an open one and a single day', () => {
    expect(formatPeriod('2026-01-01', '2026-06-30')).toBe('1 januari 2026 tot en met 30 juni 2026');
    expect(formatPeriod('2026-01-01', null)).toBe('vanaf 1 januari 2026');
    expect(formatPeriod('2026-02-03', '2026-02-03')).toBe('3 februari 2026');
  });
});

describe('formatMonth', () => {
  it('names a month written YYYY-MM or a day in it', () => {
    expect(formatMonth('2026-01')).toBe('januari 2026');
    expect(formatMonth('2026-12-31')).toBe('december 2026');
    expect(formatMonth('later')).toBe('later');
  });
});

describe('formatCount and statusLabel', () => {
  it('write counts with a dot between thousands and statuses in Dutch', () => {
    expect(formatCount(12345)).toBe('12.345');
    expect(formatCount(7)).toBe('7');
    expect(statusLabel('in_progress')).toBe('In behandeling');
  });
});
