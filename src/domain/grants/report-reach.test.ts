import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFigures } from '../participants/report/provision-figures.ts';
import { grantReach } from './report-reach.ts';

const period = { from: '2026-01-01', to: '2026-12-31' };

function figures() {
  const f = emptyFigures(period);
  f.active = 14;
  f.new = 3;
  f.byClientRoute = { self: 6, social_team: 4, social_services: 2, other_organisation: 2 };
  f.byDayPart.morning = { registered: 120, anonymous: 30 };
  f.byDayPart.afternoon = { registered: 80, anonymous: 2 };
  f.openedDayParts = 60;
  f.attendees = 14;
  f.outflow.volunteer_work = 1;
  f.outflow.maatwerk = 1;
  return f;
}

describe('the reach of a grant report', () => {
  it('shows registration outside the provision: 1–4 as "<5", and hides what a sum gives away', () => {
    const reach = grantReach(period, figures());
    expect(reach.period).toEqual(period);
    expect(reach.participants.active).toBe(14);
    expect(reach.participants.new).toBe('<5');
    // Four routes add up to 14: 6 and three "<5" pin nothing down (4 + 2 + 2 = 8 could be 3..12).
    expect(reach.participants.byClientRoute).toEqual({
      self: 6,
      social_team: '<5',
      social_services: '<5',
      other_organisation: '<5',
    });
    expect(reach.attendance.registered).toBe(200);
    expect(reach.attendance.openedDayParts).toBe(60);
    expect(reach.attendance.byDayPart).toEqual([
      // 32 anonymous = 30 + "<5" + 0 would pin the "<5" down to 2: the 30 is hidden.
      { dayPart: 'morning', registered: 120, anonymous: null },
      { dayPart: 'afternoon', registered: 80, anonymous: '<5' },
      { dayPart: 'evening', registered: 0, anonymous: 0 },
    ]);
    expect(reach.attendance.anonymous).toBe(32);
    // Two outflows of two kinds: the total 2 is "<5" too, and no kind can be worked out.
    expect(reach.outflow.total).toBe('<5');
    expect(reach.outflow.byKind.volunteer_work).toBe('<5');
  });

  it('does not show the change in positive health of fewer than 5 participants', () => {
    const f = figures();
    f.health.participant.participants = 4;
    f.health.participant.first.meaning = 20;
    f.health.participant.latest.meaning = 28;
    const reach = grantReach(period, f);
    expect(reach.health.participants).toBe('<5');
    expect(reach.health.suppressed).toBe(true);
    expect(reach.health.dimensions.find((d) => d.dimension === 'meaning')?.change).toBeNull();
  });

  it('shows the mean change of 5 participants: from 4 to 5.6 is +1.6', () => {
    const f = figures();
    f.health.participant.participants = 5;
    f.health.participant.first.meaning = 20;
    f.health.participant.latest.meaning = 28;
    const reach = grantReach(period, f);
    expect(reach.health.participants).toBe(5);
    expect(reach.health.dimensions.find((d) => d.dimension === 'meaning')).toEqual({
      dimension: 'meaning',
      first: 4,
      latest: 5.6,
      change: 1.6,
    });
  });
});

describe('the reach never gives a "<5" away through its sums', () => {
  it('leaves no sum with one unknown part that the others pin down', () => {
    const count = fc.nat(12);
    fc.assert(
      fc.property(
        fc.tuple(count, count, count, count),
        fc.tuple(count, count, count),
        fc.tuple(count, count, count),
        (routes, registered, anonymous) => {
          const f = emptyFigures(period);
          const [self, socialTeam, socialServices, other] = routes;
          f.byClientRoute = {
            self,
            social_team: socialTeam,
            social_services: socialServices,
            other_organisation: other,
          };
          f.active = self + socialTeam + socialServices + other;
          (['morning', 'afternoon', 'evening'] as const).forEach((part, i) => {
            f.byDayPart[part] = { registered: registered[i]!, anonymous: anonymous[i]! };
          });
          const reach = grantReach(period, f);
          const pinned = (total: unknown, parts: unknown[]) => {
            const unknown = [total, ...parts].filter((v) => typeof v !== 'number');
            // A single "<5" among exact numbers would be the difference: given away.
            return unknown.length === 1 && unknown[0] === '<5';
          };
          return (
            !pinned(reach.participants.active, Object.values(reach.participants.byClientRoute)) &&
            !pinned(
              reach.attendance.registered,
              reach.attendance.byDayPart.map((d) => d.registered),
            ) &&
            !pinned(
              reach.attendance.anonymous,
              reach.attendance.byDayPart.map((d) => d.anonymous),
            )
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
