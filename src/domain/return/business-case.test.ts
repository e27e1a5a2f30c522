import { describe, expect, it } from 'vitest';
import {
  EMPTY_FIGURES,
  addFigures,
  businessCase,
  type RegistrationFigures,
} from './business-case.ts';
import { NOTE_2018_PARAMETERS } from './rendement.ts';

const PROVISION: RegistrationFigures = {
  ...EMPTY_FIGURES,
  participants: 30,
  routeParticipants: 14,
  withMaatwerk: 2,
  relapse: 1,
  outflow: 6,
  signalsOpen: 1,
  signalsResolved: 0,
  subsidyCents: 2_500_000,
  settledGrants: 1,
};

describe('a business case from registration data', () => {
  it('computes the return for route participants without maatwerk, under the scenario', () => {
    const result = businessCase(PROVISION, NOTE_2018_PARAMETERS);
    expect(result).toMatchObject({
      participants: 30,
      counted: 12,
      relapse: '<5',
      outflow: 6,
      signalsOpen: '<5',
      signalsResolved: 0,
      subsidyCents: 2_500_000,
      subsidyBasis: 'settled',
    });
    // 12 × 2/3 = 8 would qualify; 8 ÷ 4 = 2 places × € 16,632 = € 33,264; − € 25,000 subsidy
    expect(result.claim).toEqual({
      kind: 'computed',
      input: { participants: 12, subsidyCents: 2_500_000, ...NOTE_2018_PARAMETERS },
      result: {
        wouldQualify: 8,
        placesAvoided: 2,
        avoidedCostCents: 3_326_400,
        savingCents: 826_400,
        hoursSaved: 28,
        fteSaved: 0.02,
        contributionForgoneCents: 182_400,
        contributionForgoneAllCents: 273_600,
      },
    });
  });

  it('claims no return for a provision without social-team or Sociale Zaken participants', () => {
    const selfOnly = businessCase(
      { ...EMPTY_FIGURES, participants: 25, subsidyCents: 1_000_000, grantedGrants: 1 },
      NOTE_2018_PARAMETERS,
    );
    expect(selfOnly.claim).toEqual({ kind: 'none', reason: 'no_route_participants' });
    expect(selfOnly.participants).toBe(25);
    expect(selfOnly.counted).toBe(0);
    expect(selfOnly.subsidyBasis).toBe('granted');
    const allWithMaatwerk = businessCase(
      { ...EMPTY_FIGURES, participants: 8, routeParticipants: 6, withMaatwerk: 6, relapse: 6 },
      NOTE_2018_PARAMETERS,
    );
    expect(allWithMaatwerk.claim).toEqual({ kind: 'none', reason: 'all_with_maatwerk' });
  });

  it('shows fewer than 5 as "<5" and computes no amounts that would give them away', () => {
    const small = businessCase(
      { ...PROVISION, participants: 6, routeParticipants: 4, withMaatwerk: 0 },
      NOTE_2018_PARAMETERS,
    );
    expect(small.counted).toBe('<5');
    expect(small.participants).toBe(6);
    expect(small.claim).toEqual({ kind: 'none', reason: 'small_number' });
    // Together with another provision the group is large enough.
    const together = businessCase(
      addFigures({ ...PROVISION, routeParticipants: 4, withMaatwerk: 0 }, PROVISION),
      NOTE_2018_PARAMETERS,
    );
    expect(together.counted).toBe(16);
    expect(together.subsidyCents).toBe(5_000_000);
    expect(together.claim.kind).toBe('computed');
  });
});
