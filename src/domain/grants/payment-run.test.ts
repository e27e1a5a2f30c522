import { describe, expect, it } from 'vitest';
import { endToEndId, executionDay, ibanExclusion, isSepaText, sepaText } from './payment-run.ts';

describe('which terms stay out of a payment run', () => {
  it('keeps out an organisation without an IBAN or with a wrong check digit', () => {
    expect(ibanExclusion(null)).toBe('De organisatie heeft geen rekeningnummer (IBAN) opgegeven.');
    expect(ibanExclusion('  ')).toBe('De organisatie heeft geen rekeningnummer (IBAN) opgegeven.');
    // NL85INGB0001234561 is valid; one digit changed breaks mod 97.
    expect(ibanExclusion('NL85INGB0001234562')).toBe(
      'Het rekeningnummer (IBAN) van de organisatie klopt niet (controlegetal).',
    );
  });

  it('lets a valid IBAN in, written with spaces or in lower case too', () => {
    expect(ibanExclusion('NL85INGB0001234561')).toBeNull();
    expect(ibanExclusion('nl85 ingb 0001 2345 61')).toBeNull();
  });
});

describe('the day the bank pays', () => {
  it('is the last due day, or the day of export once that day has passed', () => {
    expect(executionDay('2027-03-01', '2027-02-20')).toBe('2027-03-01');
    expect(executionDay('2027-01-01', '2027-02-20')).toBe('2027-02-20');
  });
});

describe('SEPA text', () => {
  it('drops accents and replaces what the SEPA character set lacks', () => {
    expect(sepaText('Stichting Ontmoetingshuis Heer', 70)).toBe('Stichting Ontmoetingshuis Heer');
    expect(sepaText('Coöperatie Café "De Ûle" & Zn.', 70)).toBe('Cooperatie Cafe De Ule + Zn.');
    expect(sepaText('Straße — Ærø', 70)).toBe('Strasse AEro');
    expect(isSepaText(sepaText('Zürich € 5 @ home; ok!', 70))).toBe(true);
  });

  it('cuts a name to 70 characters', () => {
    expect(sepaText('a'.repeat(80), 70)).toHaveLength(70);
  });

  it('numbers the end-to-end ids of a run, within 35 characters', () => {
    expect(endToEndId('BT-2026-0001', 1)).toBe('BT-2026-0001-00001');
    expect(endToEndId('BT-2026-0001', 60_000)).toBe('BT-2026-0001-60000');
  });
});
