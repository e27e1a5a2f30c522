import { describe, expect, it } from 'vitest';
import { isOnTime, roundChecklist, roundStatus } from './round-rules.ts';

const round = {
  published: true,
  opensAt: new Date('2027-01-05T08:00:00Z'),
  deadlineAt: new Date('2027-03-01T11:00:00Z'),
};

describe('round status', () => {
  it('is open from the opening moment up to, not including, the deadline', () => {
    expect(roundStatus(round, new Date('2027-01-05T07:59:59.999Z'))).toBe('scheduled');
    expect(roundStatus(round, new Date('2027-01-05T08:00:00Z'))).toBe('open');
    expect(roundStatus(round, new Date('2027-03-01T10:59:59.999Z'))).toBe('open');
    expect(roundStatus(round, new Date('2027-03-01T11:00:00Z'))).toBe('closed');
    expect(roundStatus({ ...round, published: false }, new Date('2027-02-01T00:00:00Z'))).toBe(
      'preparation',
    );
  });

  it('counts a submission at the deadline moment as late', () => {
    expect(isOnTime(round.deadlineAt, new Date('2027-03-01T10:59:59.999Z'))).toBe(true);
    expect(isOnTime(round.deadlineAt, new Date('2027-03-01T11:00:00.000Z'))).toBe(false);
  });
});

describe('round checklist', () => {
  const base = {
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    opensAt: new Date('2026-12-01T08:00:00Z'),
    deadlineAt: new Date('2027-03-01T11:00:00Z'),
    lotSeed: 'AV-2027 ronde 1',
    partialGrant: true,
    ceilings: {
      living_room: 20_000_000,
      day_activities: 80_000_000,
      information_advice: 10_000_000,
      services: 5_000_000,
    },
  };

  it('passes for a complete round with a future deadline', () => {
    expect(roundChecklist(base, new Date('2026-11-23T12:00:00Z')).every((i) => i.ok)).toBe(true);
  });

  it('fails on a past deadline and a zero ceiling, naming them', () => {
    const failing = roundChecklist(
      { ...base, ceilings: { ...base.ceilings, services: 0 } },
      new Date('2027-03-02T00:00:00Z'),
    )
      .filter((i) => !i.ok)
      .map((i) => i.label);
    expect(failing).toEqual([
      'De deadline ligt in de toekomst.',
      'Er is een subsidieplafond voor inwonersondersteuning – diensten.',
    ]);
  });
});
