import { describe, expect, it } from 'vitest';
import { rolesFor } from './access-table.ts';
import { ROLE_CODES } from './roles.ts';

describe('the roles of an action', () => {
  it('are every role for what any logged-in user may do', () => {
    expect(rolesFor('notification.read')).toEqual([...ROLE_CODES]);
    expect(rolesFor('auth.two_factor.manage')).toEqual([...ROLE_CODES]);
  });

  it('are the roles the rule names, in the order of the roles', () => {
    expect(rolesFor('application.read')).toEqual(['policy_officer', 'applicant']);
    expect(rolesFor('report.provision')).toEqual(['applicant', 'coordinator']);
    expect(rolesFor('wmo.import')).toEqual(['wmo_analyst']);
  });

  it('are only those with the scopes asked for', () => {
    // The organisation's own page is the board's; the administrator manages all of them.
    expect(rolesFor('organisation.update')).toEqual(['applicant', 'admin']);
    expect(rolesFor('organisation.update', ['own'])).toEqual(['applicant']);
    expect(rolesFor('organisation.list', ['all'])).toEqual(['policy_officer', 'admin']);
    expect(rolesFor('referral.list', ['assigned'])).toEqual(['social_worker']);
  });
});
