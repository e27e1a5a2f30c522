import { describe, expect, it } from 'vitest';
import { formatMoment, formatTime, isoMoment } from './format.ts';

describe('formatMoment', () => {
  it('shows a moment in Amsterdam time, winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatMoment('2026-11-23T13:05:00Z')).toBe('23-11-2026 14:05');
    expect(formatMoment('2026-07-01T22:30:00Z')).toBe('02-07-2026 00:30');
  });

  it('keeps the day a moment with an offset falls on in Amsterdam', () => {
    expect(formatMoment('2026-03-01T00:15:00+01:00')).toBe('01-03-2026 00:15');
  });

  it('gives back what is not a moment unchanged', () => {
    expect(formatMoment('onbekend')).toBe('onbekend');
  });
});

describe('isoMoment', () => {
  it('writes a moment as UTC for <time dateTime>', () => {
    expect(isoMoment('2026-11-23T14:05:00+01:00')).toBe('2026-11-23T13:05:00.000Z');
    expect(isoMoment('onbekend')).toBe('onbekend');
  });
});

describe('formatTime', () => {
  it('shows the time of day in Amsterdam, from text or a Date', () => {
    expect(formatTime('2026-11-23T08:00:00Z')).toBe('09:00');
    expect(formatTime(new Date('2026-06-23T08:00:00Z'))).toBe('10:00');
    expect(formatTime('later')).toBe('later');
  });
});
