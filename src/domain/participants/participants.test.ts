import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../bsn.ts';
import {
  healthChange,
  healthMeasurementSchema,
  questionnaireSchema,
  spiderWebSeries,
  talkingPoints,
  type HealthDimension,
  type Respondent,
} from './positive-health.ts';
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

describe('a questionnaire', () => {
  const health = Object.fromEntries(
    [
      'bodily_functions',
      'mental_wellbeing',
      'meaning',
      'quality_of_life',
      'participation',
      'daily_functioning',
    ].map((d) => [d, { score: 7 }]),
  );

  it('has satisfaction from 0 to 10 and an optional remark of at most 500 characters', () => {
    expect(
      questionnaireSchema.parse({ health, satisfaction: 8, satisfactionRemark: '  Gezellig!  ' }),
    ).toMatchObject({ satisfaction: 8, satisfactionRemark: 'Gezellig!' });
    expect(
      questionnaireSchema.parse({ health, satisfaction: 0, satisfactionRemark: ' ' }),
    ).toMatchObject({ satisfaction: 0, satisfactionRemark: null });
    expect(questionnaireSchema.parse({ health, satisfaction: 10 }).satisfactionRemark).toBeNull();

    const eleven = questionnaireSchema.safeParse({ health, satisfaction: 11 });
    expect(eleven.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['satisfaction', 'Een cijfer is hoogstens 10.'],
    ]);
    const long = questionnaireSchema.safeParse({
      health,
      satisfaction: 5,
      satisfactionRemark: 'x'.repeat(501),
    });
    expect(long.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['satisfactionRemark', 'De opmerking mag hoogstens 500 tekens lang zijn.'],
    ]);
    expect(
      questionnaireSchema.safeParse({
        health,
        satisfaction: 5,
        satisfactionRemark: 'x'.repeat(500),
      }).success,
    ).toBe(true);
  });

  it('names every missing score in Dutch', () => {
    const empty = questionnaireSchema.safeParse({ health: { meaning: { score: 6.5 } } });
    const messages = empty.error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(messages).toContainEqual([
      'health.bodily_functions',
      'Geef een cijfer van 0 tot en met 10.',
    ]);
    expect(messages).toContainEqual([
      'health.meaning.score',
      'Een cijfer is een heel getal van 0 tot en met 10.',
    ]);
    expect(messages).toContainEqual(['satisfaction', 'Geef een cijfer van 0 tot en met 10.']);
  });
});

describe('the spider web of a participant', () => {
  const m = (
    id: string,
    respondent: Respondent,
    measuredOn: string,
    talkAbout: HealthDimension[] = [],
  ) => ({
    id,
    respondent,
    measuredOn,
    talkAbout,
  });

  it('shows the participant now and earlier, and the coordinator now', () => {
    const series = spiderWebSeries([
      m('p-march', 'participant', '2027-03-01', ['meaning']),
      m('c-april', 'coordinator', '2027-04-02', ['participation']),
      m('p-january', 'participant', '2027-01-10', ['bodily_functions']),
      m('p-june', 'participant', '2027-06-15', ['participation', 'bodily_functions']),
      m('c-january', 'coordinator', '2027-01-11'),
    ]);
    expect(series.participantNow?.id).toBe('p-june');
    expect(series.participantEarlier?.id).toBe('p-march');
    expect(series.coordinatorNow?.id).toBe('c-april');
    // What the latest two measurements want to talk about, in the order of the dimensions.
    expect(series.talkAbout).toEqual(['bodily_functions', 'participation']);
  });

  it('keeps the list order for two measurements on one day, and is empty without measurements', () => {
    const series = spiderWebSeries([
      m('second', 'participant', '2027-05-01'),
      m('first', 'participant', '2027-05-01'),
    ]);
    expect([series.participantNow?.id, series.participantEarlier?.id]).toEqual(['second', 'first']);
    expect(series.coordinatorNow).toBeNull();
    expect(spiderWebSeries([])).toEqual({
      participantNow: null,
      participantEarlier: null,
      coordinatorNow: null,
      talkAbout: [],
    });
  });
});
