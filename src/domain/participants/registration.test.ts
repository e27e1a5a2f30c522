import { describe, expect, it } from 'vitest';
import {
  consentStands,
  consentWithdrawal,
  eraseBodySchema,
  erasureDueAfter,
  isActiveOn,
  outflowDateProblem,
  registerParticipantSchema,
  startDateProblem,
  withdrawalDateProblem,
  type RegisterParticipantBody,
} from './registration.ts';

const registration = (overrides: Partial<RegisterParticipantBody> = {}) => ({
  displayName: 'A. Janssen',
  birthYear: '1958',
  neighbourhoodCode: '',
  startDate: '2026-02-02',
  clientRoute: 'self',
  referringOrganisation: '',
  consent: { scopes: ['registration'], givenOn: '2026-02-02', method: 'verbal' },
  ...overrides,
});

const problems = (value: unknown) =>
  registerParticipantSchema
    .safeParse(value)
    .error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('registering a participant', () => {
  it('takes the form as typed: empty boxes are null, the year a number, no BSN is no BSN', () => {
    const { bsn: _bsn, ...withoutBsn } = registration();
    expect(registerParticipantSchema.parse(withoutBsn)).toMatchObject({
      birthYear: 1958,
      neighbourhoodCode: null,
      referringOrganisation: null,
      bsn: null,
    });
  });

  it('refuses a BSN without consent for matching, and one that fails the 11-proef', () => {
    expect(problems(registration({ bsn: '111222333' }))).toEqual([
      ['bsn', 'Een BSN mag u alleen vastleggen met toestemming voor het vergelijken.'],
    ]);
    const matching: RegisterParticipantBody['consent'] = {
      scopes: ['registration', 'matching'],
      givenOn: '2026-02-02',
      method: 'written',
    };
    expect(problems(registration({ consent: matching, bsn: '123456789' }))).toEqual([
      ['bsn', 'Dit BSN klopt niet (elfproef).'],
    ]);
    expect(problems(registration({ consent: matching, bsn: '111222333' }))).toEqual([]);
  });

  it('needs consent for registration, given on or before the start, and the referring organisation', () => {
    expect(
      problems(
        registration({
          clientRoute: 'other_organisation',
          consent: { scopes: ['measurements'], givenOn: '2026-02-03', method: 'verbal' },
        }),
      ),
    ).toEqual([
      ['referringOrganisation', 'Vul in via welke organisatie de deelnemer kwam.'],
      [
        'consent.scopes',
        'Zonder toestemming voor registratie kunt u iemand alleen anoniem tellen bij de aanwezigheid.',
      ],
      ['consent.givenOn', 'De toestemming moet gegeven zijn op of vóór de startdatum.'],
    ]);
  });
});

describe('dates of a participation', () => {
  it('are active until the end date and no longer on it', () => {
    expect([isActiveOn(null, '2026-05-01'), isActiveOn('2026-05-02', '2026-05-01')]).toEqual([
      true,
      true,
    ]);
    expect([
      isActiveOn('2026-05-01', '2026-05-01'),
      isActiveOn('2026-04-30', '2026-05-01'),
    ]).toEqual([false, false]);
  });

  it('refuse a start after the end and an outflow before the start, naming the field', () => {
    expect(startDateProblem('2026-03-01', null)).toBeNull();
    expect(startDateProblem('2026-03-01', '2026-03-01')).toBeNull();
    expect(startDateProblem('2026-03-02', '2026-03-01')).toEqual({
      path: 'startDate',
      message: 'De startdatum kan niet na de einddatum (1 maart 2026) liggen.',
    });
    expect(outflowDateProblem('2026-01-05', '2026-01-05')).toBeNull();
    expect(outflowDateProblem('2026-01-04', '2026-01-05')).toEqual({
      path: 'onDate',
      message: 'De datum van uitstroom kan niet vóór de startdatum (5 januari 2026) liggen.',
    });
  });

  it('withdraw consent from today or earlier, never before it was given', () => {
    expect(withdrawalDateProblem('2026-06-01', '2026-01-05', '2026-06-01')).toBeNull();
    expect(withdrawalDateProblem('2026-06-02', '2026-01-05', '2026-06-01')?.message).toBe(
      'De datum van intrekken kan niet na vandaag liggen.',
    );
    expect(withdrawalDateProblem('2026-01-04', '2026-01-05', '2026-06-01')?.message).toBe(
      'De datum van intrekken kan niet vóór de datum van de toestemming (5 januari 2026) liggen.',
    );
  });

  it('let consent stand from the day it is given until the day it is withdrawn', () => {
    const consent = { givenOn: '2026-01-05', withdrawnOn: '2026-06-01' };
    expect(
      ['2026-01-04', '2026-01-05', '2026-05-31', '2026-06-01'].map((d) =>
        consentStands(consent, d),
      ),
    ).toEqual([false, true, true, false]);
  });
});

describe('withdrawing consent', () => {
  const taking = { startDate: '2026-02-02', endDate: null };

  it('for matching removes the pseudonym and closes open signals, and the person stays', () => {
    expect(consentWithdrawal('matching', '2026-06-01', taking)).toEqual({
      removePseudonym: true,
      closeOpenSignals: true,
      endDate: null,
    });
  });

  it('for registration ends the participation on the day of withdrawal', () => {
    expect(consentWithdrawal('registration', '2026-06-01', taking)).toEqual({
      removePseudonym: false,
      closeOpenSignals: false,
      endDate: '2026-06-01',
    });
  });

  it('for registration before the start ends the participation on the start date', () => {
    expect(consentWithdrawal('registration', '2026-01-20', taking).endDate).toBe('2026-02-02');
  });

  it('for registration after the person left keeps the day they left', () => {
    const left = { startDate: '2026-02-02', endDate: '2026-04-30' };
    expect(consentWithdrawal('registration', '2026-06-01', left).endDate).toBeNull();
  });

  it('for measurements changes nothing else', () => {
    expect(consentWithdrawal('measurements', '2026-06-01', taking)).toEqual({
      removePseudonym: false,
      closeOpenSignals: false,
      endDate: null,
    });
  });
});

describe('retention', () => {
  it('erases after 24 months: from the day after the same date two years on', () => {
    expect(erasureDueAfter('2024-10-30', 24)).toBe('2026-10-30');
    expect(erasureDueAfter('2024-12-30', 24)).toBe('2026-12-30');
    expect(erasureDueAfter('2025-11-15', 1)).toBe('2025-12-15');
  });

  it('ends a month that is too short on its last day (leap years included)', () => {
    expect(erasureDueAfter('2025-08-31', 6)).toBe('2026-02-28');
    expect(erasureDueAfter('2023-08-31', 6)).toBe('2024-02-29');
    expect(erasureDueAfter('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('asks a reason of at least 5 characters before erasing', () => {
    expect(eraseBodySchema.safeParse({ reason: '  weg  ' }).error?.issues[0]?.message).toBe(
      'Vul de reden in (minstens 5 tekens).',
    );
    expect(eraseBodySchema.parse({ reason: ' Op verzoek ' })).toEqual({ reason: 'Op verzoek' });
  });
});
