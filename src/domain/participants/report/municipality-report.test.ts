import { describe, expect, it } from 'vitest';
import { municipalityReport } from './municipality-report.ts';
import type { ReportPeriod } from './period.ts';
import { emptyFigures, type ProvisionFigures } from './provision-figures.ts';

const PERIOD: ReportPeriod = { from: '2025-12-01', to: '2026-11-30' };

/** Figures of a provision with `active` participants, all self-registered. */
function figures(active: number, change: Partial<ProvisionFigures> = {}): ProvisionFigures {
  const f = emptyFigures(PERIOD);
  f.active = active;
  f.byClientRoute.self = active;
  return { ...f, ...change };
}

describe("the municipality's report", () => {
  const lindeboom = figures(7);
  lindeboom.byClientRoute = { self: 4, social_team: 3, social_services: 0, other_organisation: 0 };
  lindeboom.health.participant.participants = 6;
  lindeboom.health.participant.first.meaning = 30;
  lindeboom.health.participant.latest.meaning = 39;
  const klusteam = figures(3);
  klusteam.health.participant.participants = 3;
  const provisions = [
    {
      id: 'lindeboom',
      name: 'Huiskamer De Lindeboom',
      category: 'living_room' as const,
      organisationName: 'Stichting Huiskamer De Lindeboom',
      figures: lindeboom,
    },
    {
      id: 'klusteam',
      name: 'Klusteam Maas en Mergel',
      category: 'services' as const,
      organisationName: 'Vereniging Klusteam Maas en Mergel',
      figures: klusteam,
    },
  ];

  it('shows 3 as "<5", 7 as 7, and hides the total 10 that would give the 3 away', () => {
    const report = municipalityReport(PERIOD, provisions, null);
    expect(report.byProvision.map((p) => [p.name, p.active])).toEqual([
      ['Huiskamer De Lindeboom', 7],
      ['Klusteam Maas en Mergel', '<5'],
    ]);
    expect(report.totals.participants.active).toBe(null);
    expect(report.byCategory.map((c) => [c.category, c.active, c.provisions])).toEqual([
      ['living_room', 7, 1],
      ['day_activities', 0, 0],
      ['information_advice', 0, 0],
      ['services', '<5', 1],
    ]);
    // The mean over 3 people is not shown, and neither is the total's, which would give it.
    expect(report.byProvision[1]).toMatchObject({
      healthParticipants: '<5',
      healthSuppressed: true,
      healthChange: { meaning: null },
    });
    expect(report.byProvision[0]!.healthChange.meaning).toBe(1.5);
    expect(report.totals.health.participant).toMatchObject({ suppressed: true });
  });

  it('shows a category as in the whole report when filtered on it', () => {
    const living = municipalityReport(PERIOD, provisions, 'living_room');
    expect(living.totals.participants.active).toBe(7);
    expect(living.totals.participants.byClientRoute).toEqual({
      self: '<5',
      social_team: '<5',
      social_services: 0,
      other_organisation: 0,
    });
    expect(living.byProvision.map((p) => p.name)).toEqual(['Huiskamer De Lindeboom']);
    expect(living.byCategory.map((c) => c.category)).toEqual(['living_room']);
    expect(municipalityReport(PERIOD, provisions, 'services').totals.participants.active).toBe(
      '<5',
    );
  });
});
