import { describe, expect, it } from 'vitest';
import { cx } from './class-names.ts';
import { appTitle } from './document-title.ts';
import { describedBy } from './field-parts.tsx';
import { neighbourhoodGroups } from './neighbourhood-groups.ts';

describe('appTitle', () => {
  it('names the page, then the product', () => {
    expect(appTitle('Gebruikers')).toBe('Gebruikers – Samenredzaam');
    expect(appTitle('Samenredzaam')).toBe('Samenredzaam');
  });
});

describe('cx and describedBy', () => {
  it('join only what is there', () => {
    expect(cx('utrecht-form-field', false, null, undefined, 'sr-form-field')).toBe(
      'utrecht-form-field sr-form-field',
    );
    expect(describedBy('naam-hint', undefined, 'naam-fout')).toBe('naam-hint naam-fout');
    expect(describedBy(undefined, undefined)).toBeUndefined();
  });
});

describe('neighbourhoodGroups', () => {
  it('groups the buurten by wijk, as choices', () => {
    expect(
      neighbourhoodGroups({
        districts: [
          {
            code: 'WK01',
            name: 'Centrum',
            neighbourhoods: [
              { code: 'BU0101', name: 'Binnenstad' },
              { code: 'BU0102', name: 'Lombok' },
            ],
          },
        ],
      }),
    ).toEqual([
      {
        label: 'Centrum',
        options: [
          { value: 'BU0101', label: 'Binnenstad' },
          { value: 'BU0102', label: 'Lombok' },
        ],
      },
    ]);
  });
});
