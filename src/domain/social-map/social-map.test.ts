import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './language.ts';
import {
  joinRequestFormSchema,
  joinRequestProblems,
  joinRequestValues,
  newFormKey,
  spamVerdict,
} from './join-request.ts';
import { lookupPostcode, normalisePostcode } from './postcode.ts';
import { hasFilters, matchesSearch, socialMapQuerySchema } from './search.ts';
import { projectBuurten, ringCentre, spreadAround } from './svg-map.ts';
import { knownFeatures, openingLines } from './vocabulary.ts';
import { publicApplicant } from '../grants/subsidy-register.ts';
import { staffActions } from './staff-actions.ts';

const table = { municipalityPc4: ['6211', '6216'], pc6: { '6216AB': 'BU09350201' } };

describe('postcode to buurt', () => {
  it('finds, refuses, and says honestly what it cannot tell', () => {
    expect(normalisePostcode(' 6216 ab ')).toBe('6216AB');
    expect(normalisePostcode('0216AB')).toBeNull();
    expect(lookupPostcode('6216ab', table)).toEqual({
      kind: 'found',
      postcode: '6216 AB',
      buurt: 'BU09350201',
    });
    expect(lookupPostcode('1012 AB', table)).toEqual({ kind: 'outside', postcode: '1012 AB' });
    expect(lookupPostcode('6211 XX', table)).toEqual({ kind: 'unknown', postcode: '6211 XX' });
    expect(lookupPostcode('6211', table)).toEqual({ kind: 'unknown', postcode: '6211' });
    // Only the four-digit area is known: the buurt around its centre, said to be approximate.
    const withCentres = {
      municipalityPc4: [...table.municipalityPc4, '6214'],
      pc6: table.pc6,
      pc4Centre: { '6214': 'BU09350201' },
    };
    expect(lookupPostcode('6214 BC', withCentres)).toEqual({
      kind: 'around',
      postcode: '6214 BC',
      buurt: 'BU09350201',
    });
    expect(lookupPostcode('6216ab', withCentres)).toMatchObject({ kind: 'found' });
    expect(lookupPostcode('6211', withCentres)).toEqual({ kind: 'unknown', postcode: '6211' });
    expect(lookupPostcode('<script>', table)).toEqual({ kind: 'invalid' });
  });
});

describe('search query', () => {
  it('ignores unknown choices and keeps the known accessibility features in order', () => {
    const query = socialMapQuerySchema.parse({
      buurt: 'BU09350201',
      category: 'nonsense',
      dayPart: 'evening',
      access: ['hearing_loop', 'x', 'wheelchair'],
      q: 'a'.repeat(150),
      page: '0',
    });
    expect(query.buurt).toBe('BU09350201');
    expect(query.category).toBeUndefined();
    expect(query.dayPart).toBe('evening');
    expect(query.access).toEqual(['wheelchair', 'hearing_loop']);
    expect(query.q).toHaveLength(100);
    expect(query.page).toBe(1);
    expect(hasFilters(query)).toBe(true);
    expect(hasFilters(socialMapQuerySchema.parse({ buurt: '', access: '' }))).toBe(false);
  });
});

describe('words', () => {
  it('chooses the language from the query first, then the cookie, else Dutch', () => {
    expect(chooseLanguage('en', 'nl')).toBe('en');
    expect(chooseLanguage(undefined, 'en')).toBe('en');
    expect(chooseLanguage('de', undefined)).toBe('nl');
  });

  it('writes opening times per day with the day parts and hours', () => {
    expect(
      openingLines({ wednesday: ['evening', 'morning'], monday: ['afternoon'] }, 'en'),
    ).toEqual([
      { day: 'monday', text: 'Monday: afternoon (13:00–17:00)' },
      { day: 'wednesday', text: 'Wednesday: morning (09:00–12:00), evening (19:00–22:00)' },
    ]);
    expect(knownFeatures(['hearing_loop', 'bogus', 'wheelchair'])).toEqual([
      'wheelchair',
      'hearing_loop',
    ]);
    expect(knownFeatures(null)).toEqual([]);
  });
});

describe('svg map', () => {
  it('fits the buurten into the width, north up, with centres inside', () => {
    const map = projectBuurten(
      [
        {
          code: 'A',
          name: 'A',
          ring: [
            [5, 50],
            [5.1, 50],
            [5.1, 50.1],
            [5, 50.1],
            [5, 50],
          ],
        },
      ],
      300,
    );
    expect(map.width).toBe(300);
    // 0.1° of latitude against 0.1° × cos(50.05°) of longitude.
    expect(map.height).toBe(468);
    expect(map.buurten[0]!.path.startsWith('M0 467.')).toBe(true);
    expect(map.buurten[0]!.centre).toEqual({ x: 150, y: 233.6 });
    expect(ringCentre([{ x: 1, y: 1 }])).toEqual({ x: 1, y: 1 });
    expect(spreadAround({ x: 10, y: 10 }, 0, 2)).toEqual({ x: 6.5, y: 10 });
    expect(spreadAround({ x: 10, y: 10 }, 1, 2)).toEqual({ x: 13.5, y: 10 });
  });
});

describe('subsidy register', () => {
  it('names organisations with a KvK number and nobody else', () => {
    expect(publicApplicant({ name: 'Stichting X', kvkNumber: '12345678' })).toEqual({
      name: 'Stichting X',
      kvkNumber: '12345678',
    });
    expect(publicApplicant({ name: 'J. Jansen', kvkNumber: null })).toEqual({
      name: 'particulier',
      kvkNumber: null,
    });
    expect(publicApplicant({ name: 'J. Jansen', kvkNumber: ' ' }).name).toBe('particulier');
  });
});

describe('matching a provision', () => {
  const provision = {
    name: 'Avondsoos',
    organisationName: 'Stichting De Lindeboom',
    publicDescription: 'Koffie en een spel',
    category: 'living_room',
    neighbourhoodCode: 'BU09350201',
    openingDayParts: { monday: ['morning'], wednesday: ['afternoon', 'evening'] },
    targetGroups: ['ouderen'],
    accessibilityFeatures: ['wheelchair'],
  };
  const match = (input: Record<string, unknown>, buurt?: string) =>
    matchesSearch(provision, socialMapQuerySchema.parse(input), buurt);

  it('holds every filter that is filled in', () => {
    expect(match({})).toBe(true);
    expect(match({ dayPart: 'evening', access: 'wheelchair' }, 'BU09350201')).toBe(true);
    expect(match({}, 'BU09350202')).toBe(false);
    expect(match({ day: 'monday', dayPart: 'evening' })).toBe(false);
    expect(match({ day: 'wednesday', dayPart: 'evening' })).toBe(true);
    expect(match({ day: 'sunday' })).toBe(false);
    expect(match({ access: ['wheelchair', 'hearing_loop'] })).toBe(false);
    expect(match({ category: 'services' })).toBe(false);
    expect(match({ group: 'ouderen', q: 'SPEL' })).toBe(true);
    expect(match({ q: 'lindeboom' })).toBe(true);
    expect(match({ q: 'zwemmen' })).toBe(false);
  });
});

describe('a request to take part', () => {
  const shown = new Date('2026-05-04T10:00:00Z');
  const form = joinRequestFormSchema.parse({
    name: ' Ans ',
    contact: '06 12345678',
    consent: 'yes',
    formKey: newFormKey(shown, '0b7c3a52-5a1f-4b8e-9f57-1f8f7d3f4a10'),
  });
  const at = (ms: number) => new Date(shown.getTime() + ms);

  it('lets people through and stops robots', () => {
    expect(joinRequestProblems(form)).toEqual([]);
    expect(joinRequestValues(form)).toEqual({ name: 'Ans', contact: '06 12345678', remark: null });
    expect(spamVerdict(form, at(5000))).toBe('ok');
    expect(spamVerdict(form, at(1000))).toBe('too_fast');
    expect(spamVerdict(form, at(25 * 60 * 60 * 1000))).toBe('expired');
    expect(spamVerdict({ ...form, website: 'http://spam' }, at(5000))).toBe('robot');
    expect(spamVerdict({ ...form, formKey: 'x' }, at(5000))).toBe('invalid_key');
  });

  it('names every wrong field in both languages', () => {
    const problems = joinRequestProblems(
      joinRequestFormSchema.parse({
        name: 'x'.repeat(101),
        contact: 'nope',
        remark: 'y'.repeat(501),
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['name', 'contact', 'remark', 'consent']);
    expect(problems[0]!.message.en).toBe('Your name can be at most 100 characters.');
  });
});

describe('staff actions on the social map', () => {
  const provision = { id: 'p1', organisationId: 'o1' };
  it('offers referring to social workers and the staff page to whoever may see it', () => {
    expect(staffActions(null).mayRefer).toBe(false);
    expect(staffActions(null).mayManage(provision)).toBe(false);
    const worker = staffActions({
      roles: ['social_worker'],
      organisationIds: [],
      provisionIds: [],
    });
    expect([worker.mayRefer, worker.mayManage(provision)]).toEqual([true, false]);
    const owner = { roles: ['applicant'] as const, provisionIds: [] };
    expect(staffActions({ ...owner, organisationIds: ['o1'] }).mayManage(provision)).toBe(true);
    expect(staffActions({ ...owner, organisationIds: ['o2'] }).mayManage(provision)).toBe(false);
    expect(
      staffActions({ roles: ['coordinator'], organisationIds: [], provisionIds: ['p1'] }).mayManage(
        provision,
      ),
    ).toBe(true);
    const policy = staffActions({
      roles: ['policy_officer'],
      organisationIds: [],
      provisionIds: [],
    });
    expect([policy.mayRefer, policy.mayManage(provision)]).toEqual([false, true]);
  });
});
