import { describe, expect, it } from 'vitest';
import type { Settings } from '../../server/features/settings/settings.schemas.ts';
import { municipalityHeaderName, municipalityName } from './municipality.ts';

const settings = (municipalityName: string, demo = false): Settings => ({
  municipalityName,
  municipalityCode: '0935',
  demo,
  privacy: { controller: null, dataProtectionOfficer: null, dataProtectionOfficerEmail: null },
});

describe('municipalityName', () => {
  it('says "Gemeente" once, whether the configured name has it or not', () => {
    expect(municipalityName(settings('Maastricht'))).toBe('Gemeente Maastricht');
    expect(municipalityName(settings('gemeente Maastricht'))).toBe('gemeente Maastricht');
  });

  it('leaves out a "(demo)" in the configured name', () => {
    expect(municipalityName(settings('Voorbeeldstad (demo)'))).toBe('Gemeente Voorbeeldstad');
  });
});

describe('municipalityHeaderName', () => {
  it('adds "(demo)" in a demonstration environment only', () => {
    expect(municipalityHeaderName(settings('Voorbeeldstad (demo)', true))).toBe(
      'Gemeente Voorbeeldstad (demo)',
    );
    expect(municipalityHeaderName(settings('Maastricht'))).toBe('Gemeente Maastricht');
  });
});
