import { describe, expect, it } from 'vitest';
import {
  createUserBody,
  updateUserBody,
  userFormDefaults,
  userFormSchema,
  type UserFormOutput,
} from './user-form-schema.ts';

const values: UserFormOutput = {
  name: 'Bram Jansen',
  email: 'bram@demo.example',
  password: '',
  roles: ['assessor'],
  organisationIds: [],
  active: false,
};

describe('userFormSchema', () => {
  it('for a new user needs a valid e-mail address and password', () => {
    const result = userFormSchema('create').safeParse({ ...values, email: 'bram', password: '' });
    expect(result.success ? [] : result.error.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['email', 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.'],
      ['password', 'Het wachtwoord moet minstens 12 tekens lang zijn.'],
    ]);
  });

  it('for an existing user accepts an empty password but not a short one', () => {
    expect(userFormSchema('edit').safeParse(values).success).toBe(true);
    const short = userFormSchema('edit').safeParse({ ...values, password: 'kort' });
    expect(short.success ? [] : short.error.issues.map((i) => i.message)).toEqual([
      'Het wachtwoord moet minstens 12 tekens lang zijn.',
    ]);
  });

  it('trims the name and asks for one, and for at least one role', () => {
    const result = userFormSchema('edit').safeParse({ ...values, name: '   ', roles: [] });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual([
      'Vul een naam in.',
      'Kies minstens één rol.',
    ]);
  });
});

describe('userFormDefaults', () => {
  it('starts a new user empty and active, an existing one with its own values', () => {
    expect(userFormDefaults()).toEqual({
      name: '',
      email: '',
      password: '',
      roles: [],
      organisationIds: [],
      active: true,
    });
    expect(
      userFormDefaults({
        id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        email: 'anna@demo.example',
        name: 'Anna de Vries',
        roles: ['applicant'],
        organisations: [{ id: '2f1d6a52-3c1e-4b7e-9a51-6f0c2d9e8a11', name: 'De Linde' }],
        active: false,
        createdAt: '2026-01-05T09:00:00+01:00',
      }),
    ).toEqual({
      name: 'Anna de Vries',
      email: 'anna@demo.example',
      password: '',
      roles: ['applicant'],
      organisationIds: ['2f1d6a52-3c1e-4b7e-9a51-6f0c2d9e8a11'],
      active: false,
    });
  });
});

describe('the request bodies', () => {
  it('add a user without the active flag', () => {
    expect(createUserBody({ ...values, password: 'een lange zin als wachtwoord' })).toEqual({
      email: 'bram@demo.example',
      name: 'Bram Jansen',
      password: 'een lange zin als wachtwoord',
      roles: ['assessor'],
      organisationIds: [],
    });
  });

  it('change a user without the e-mail address, and with a password only when one was typed', () => {
    expect(updateUserBody(values)).toEqual({
      name: 'Bram Jansen',
      roles: ['assessor'],
      organisationIds: [],
      active: false,
    });
    expect(updateUserBody({ ...values, password: 'een lange zin als wachtwoord' }).password).toBe(
      'een lange zin als wachtwoord',
    );
  });
});
