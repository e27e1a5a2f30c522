import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  applyServerFieldErrors,
  errorMessage,
  summaryErrors,
  type FieldSpec,
} from './form-errors.ts';

interface Values {
  name: string;
  roles: string[];
  boardMembers: { name: string }[];
}

const fields: FieldSpec<Values>[] = [
  { name: 'name', id: 'org-naam' },
  { name: 'roles', id: 'org-rollen-0' },
  { name: 'boardMembers.0.name', id: 'org-bestuur-0-naam' },
];

describe('errorMessage', () => {
  it('finds the message at a nested path, written with dots or brackets', () => {
    const errors: FieldErrors<Values> = {
      boardMembers: [{ name: { type: 'too_small', message: 'Vul een naam in.' } }],
    };
    expect(errorMessage(errors, 'boardMembers.0.name')).toBe('Vul een naam in.');
    expect(errorMessage(errors, 'boardMembers[0].name')).toBe('Vul een naam in.');
    expect(errorMessage(errors, 'boardMembers.1.name')).toBeUndefined();
    expect(errorMessage({ name: { type: 'x', message: '' } }, 'name')).toBeUndefined();
  });
});

describe('summaryErrors', () => {
  it('lists the messages in the order of the fields, each linked to its field, then the rest', () => {
    const errors: FieldErrors<Values> = {
      roles: { type: 'too_small', message: 'Kies minstens één rol.' },
      name: { type: 'too_small', message: 'Vul een naam in.' },
    };
    expect(summaryErrors(errors, fields, ['Het IBAN is al in gebruik.'])).toEqual([
      { fieldId: 'org-naam', message: 'Vul een naam in.' },
      { fieldId: 'org-rollen-0', message: 'Kies minstens één rol.' },
      { fieldId: null, message: 'Het IBAN is al in gebruik.' },
    ]);
  });
});

describe('applyServerFieldErrors', () => {
  it('puts each server message on its field, or on the field its path starts with', () => {
    const set: [string, string][] = [];
    const result = applyServerFieldErrors(
      {
        fields: [
          { path: 'name', message: 'Deze naam bestaat al.' },
          { path: 'roles.2', message: 'Onbekende rol.' },
          { path: 'iban', message: 'Het IBAN is al in gebruik.' },
        ],
      },
      (name, error) => set.push([name, error.message ?? '']),
      fields,
    );
    expect(set).toEqual([
      ['name', 'Deze naam bestaat al.'],
      ['roles', 'Onbekende rol.'],
    ]);
    expect(result).toEqual({ applied: true, unmatched: ['Het IBAN is al in gebruik.'] });
  });

  it('leaves errors without field messages to the caller', () => {
    const setError = () => {
      throw new Error('not expected');
    };
    expect(applyServerFieldErrors(new Error('netwerk'), setError, fields)).toEqual({
      applied: false,
      unmatched: [],
    });
    expect(applyServerFieldErrors({ fields: [] }, setError, fields).applied).toBe(false);
  });
});
