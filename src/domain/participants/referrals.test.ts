import { describe, expect, it } from 'vitest';
import type { OpeningDayParts } from '../day-parts.ts';
import { CLIENT_ROUTES } from './registration.ts';
import {
  acceptProblems,
  isPhoneOrEmail,
  openingText,
  openInDayPart,
  REFERRAL_ROUTES,
  referralBodySchema,
  referralDecisionSchema,
  referralFormSchema,
  referralErasureDueAfter,
  referralProblems,
} from './referrals.ts';

const referral = {
  provisionId: '7d0f7e3c-8f0a-4a8e-9a57-0d9d8f4c2b11',
  route: 'social_team',
  residentName: 'P. S.',
  residentContact: '06 12345678',
  birthYear: '1951',
  neighbourhoodCode: '',
  note: '',
  consentGivenOn: '2026-03-02',
  consentMethod: 'verbal',
  consentConfirmed: true,
};

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('a referral', () => {
  it('comes by a route that is also a client route of a participant', () => {
    expect(REFERRAL_ROUTES.every((route) => CLIENT_ROUTES.includes(route))).toBe(true);
  });

  it('keeps name, contact and consent; empty optional fields become null', () => {
    expect(referralBodySchema.parse(referral)).toMatchObject({
      residentName: 'P. S.',
      birthYear: 1951,
      neighbourhoodCode: null,
      note: null,
      consentGivenOn: '2026-03-02',
    });
  });

  it('needs the confirmation that the resident consented', () => {
    const result = referralBodySchema.safeParse({ ...referral, consentConfirmed: false });
    expect(messages(result)).toEqual([
      ['consentConfirmed', 'Bevestig dat de inwoner toestemming heeft gegeven.'],
    ]);
  });

  it('never takes a BSN', () => {
    const result = referralBodySchema.safeParse({ ...referral, bsn: '111222333' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Een verwijzing bevat nooit een BSN.');
  });

  it('needs a name and a phone number or e-mail address to reach the resident', () => {
    const result = referralBodySchema.safeParse({
      ...referral,
      residentName: ' ',
      residentContact: 'bel maar',
    });
    expect(messages(result)?.map(([path]) => path)).toEqual(['residentName', 'residentContact']);
    expect(
      ['06 12345678', '+31 6 1234 5678', '043-3501234', 'p@voorbeeld.nl'].map(isPhoneOrEmail),
    ).toEqual([true, true, true, true]);
    expect(['12345', 'p@', 'zes twee'].map(isPhoneOrEmail)).toEqual([false, false, false]);
  });

  it('has a note of at most 1000 characters', () => {
    expect(referralBodySchema.safeParse({ ...referral, note: 'x'.repeat(1000) }).success).toBe(
      true,
    );
    expect(messages(referralBodySchema.safeParse({ ...referral, note: 'x'.repeat(1001) }))).toEqual(
      [['note', 'De toelichting mag hoogstens 1000 tekens lang zijn.']],
    );
  });

  it('cannot have consent given after today', () => {
    expect(referralProblems({ consentGivenOn: '2026-03-02' }, '2026-03-02')).toEqual([]);
    expect(referralProblems({ consentGivenOn: '2026-03-03' }, '2026-03-02')).toEqual([
      {
        path: 'consentGivenOn',
        message: 'De datum van de toestemming kan niet in de toekomst liggen.',
      },
    ]);
    expect(
      messages(referralFormSchema('2026-03-01').safeParse(referral))?.map(([path]) => path),
    ).toEqual(['consentGivenOn']);
  });
});

describe('the decision on a referral', () => {
  it('accepts with a start date on or after the consent', () => {
    expect(referralDecisionSchema.parse({ decision: 'accept', startDate: '2026-03-09' })).toEqual({
      decision: 'accept',
      startDate: '2026-03-09',
    });
    expect(acceptProblems('2026-03-02', '2026-03-02')).toEqual([]);
    expect(acceptProblems('2026-03-01', '2026-03-02').map((p) => p.path)).toEqual(['startDate']);
  });

  it('declines only with a reason of at least 5 characters', () => {
    expect(
      messages(referralDecisionSchema.safeParse({ decision: 'decline', reason: 'vol' })),
    ).toEqual([['reason', 'Schrijf waarom u de verwijzing afwijst (minstens 5 tekens).']]);
    expect(
      referralDecisionSchema.safeParse({ decision: 'decline', reason: 'Wij zitten vol.' }).success,
    ).toBe(true);
  });
});

describe('the opening hours of a provision', () => {
  const lindeboom: OpeningDayParts = {
    monday: ['morning', 'afternoon'],
    wednesday: ['morning', 'afternoon'],
    friday: ['afternoon'],
  };

  it('read as Dutch day parts per day', () => {
    expect(openingText({ friday: ['afternoon'], monday: ['afternoon', 'morning'] })).toBe(
      'maandag ochtend en middag, vrijdag middag',
    );
    expect(openingText({})).toBe('');
  });

  it('tell whether it is open in a day part on any weekday', () => {
    expect(openInDayPart(lindeboom, 'afternoon')).toBe(true);
    expect(openInDayPart(lindeboom, 'evening')).toBe(false);
  });
});

describe("when a referral that led to no participation loses the resident's details", () => {
  it('is the retention period after the decline', () => {
    expect(
      referralErasureDueAfter(
        { status: 'declined', referredOn: '2026-01-10', decidedOn: '2026-02-03' },
        3,
      ),
    ).toBe('2026-05-03');
  });

  it('is the retention period after the referral while nobody decided', () => {
    expect(
      referralErasureDueAfter({ status: 'pending', referredOn: '2025-11-30', decidedOn: null }, 3),
    ).toBe('2026-02-28');
  });

  it('never comes for an accepted referral (the participant has its own) or an erased one', () => {
    expect(
      referralErasureDueAfter(
        { status: 'accepted', referredOn: '2020-01-01', decidedOn: '2020-01-02' },
        3,
      ),
    ).toBeNull();
    expect(
      referralErasureDueAfter({ status: 'expired', referredOn: '2020-01-01', decidedOn: null }, 3),
    ).toBeNull();
  });
});
