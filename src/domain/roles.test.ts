import { describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_LABELS, isOrganisationRole } from './roles.ts';

describe('roles', () => {
  it('are the nine log-in roles of the domain, each with a Dutch name', () => {
    expect(ROLE_CODES).toEqual([
      'policy_officer',
      'assessor',
      'finance',
      'applicant',
      'coordinator',
      'social_worker',
      'wmo_analyst',
      'participant',
      'admin',
    ]);
    expect(ROLE_LABELS.policy_officer).toBe('Beleidsmedewerker');
    expect(ROLE_LABELS.admin).toBe('Functioneel beheerder');
  });

  it('mark applicant and coordinator as working for an organisation', () => {
    expect(ROLE_CODES.filter(isOrganisationRole)).toEqual(['applicant', 'coordinator']);
  });
});
