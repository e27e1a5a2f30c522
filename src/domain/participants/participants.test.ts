import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../bsn.ts';
import { healthChange, healthMeasurementSchema, talkingPoints } from './positive-health.ts';
import { suppressSmall } from './suppression.ts';

describe('counts outside the provision', () => {
  it('show 1 to 4 as "<5", and 0 and 5 and more as they are', () => {
    expect([0, 1, 4, 5, 12].map(suppressSmall)).toEqual([0, '<5', '<5', 5, 12]);
  });
});

describe('the BSN examples of the participant registration', () => {
  it('accepts 111222333, 123456782 and 999993847; refuses 123456789, 8 digits and letters', () => {
    expect(['111222333', '123456782', '999993847'].map(isValidBsn)).toEqual([true, true, true]);
    expect(['123456789', '11122233', '11122233a'].map(isValidBsn)).toEqual([false, false, false]);
  });
});

describe('a positive-health measurement', () => {
  const measurement = (scores: number[], talk: number[] = []) =>
    healthMeasurementSchema.parse(
      Object.fromEntries(
        [
          'bodily_functions',
          'mental_wellbeing',
          'meaning',
          'quality_of_life',
          'participation',
          'daily_functioning',
        ].map((d, i) => [d, { score: scores[i], wantsToTalk: talk.includes(i) }]),
      ),
    );

  it('has six whole scores from 0 to 10', () => {
    const eleven = healthMeasurementSchema.safeParse({
      ...measurement([5, 5, 5, 5, 5, 5]),
      meaning: { score: 11 },
    });
    expect(eleven.error?.issues[0]).toMatchObject({
      path: ['meaning', 'score'],
      message: 'Een cijfer is hoogstens 10.',
    });
  });

  it('shows the change per dimension and what the participant wants to talk about', () => {
    const earlier = measurement([4, 5, 6, 5, 3, 7]);
    const later = measurement([5, 5, 8, 6, 6, 7], [4]);
    expect(healthChange(earlier, later)).toEqual({
      bodily_functions: 1,
      mental_wellbeing: 0,
      meaning: 2,
      quality_of_life: 1,
      participation: 3,
      daily_functioning: 0,
    });
    expect(talkingPoints(later)).toEqual(['participation']);
  });
});
