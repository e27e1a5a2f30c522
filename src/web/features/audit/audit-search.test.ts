import { describe, expect, it } from 'vitest';
import { auditFilterSchema, cleanAuditSearch } from './audit-search.ts';
import { readAuditSearch } from './audit-search-params.ts';

describe('readAuditSearch', () => {
  it('reads the filters of the URL as text, and a page after the first', () => {
    expect(
      readAuditSearch({ actor: 'anna@demo.example', entityId: 123, page: 3, other: 'x' }),
    ).toEqual({ actor: 'anna@demo.example', entityId: '123', page: 3 });
    expect(readAuditSearch({ page: 1 })).toEqual({});
    expect(readAuditSearch({ page: 'twee', action: ['a'] })).toEqual({});
  });
});

describe('cleanAuditSearch', () => {
  it('drops values the API would refuse instead of breaking the page', () => {
    expect(
      cleanAuditSearch({ action: ' user.create ', from: 'gisteren', to: '2026-03-31', page: 2 }),
    ).toEqual({ action: 'user.create', to: '2026-03-31', page: 2 });
    expect(cleanAuditSearch({ actor: 'x'.repeat(321) })).toEqual({});
  });
});

describe('auditFilterSchema', () => {
  it('reads an empty field as no filter', () => {
    expect(
      auditFilterSchema.parse({
        actor: '',
        action: 'user.update',
        entityType: ' ',
        entityId: '',
        from: '2026-01-01',
        to: '',
      }),
    ).toEqual({ action: 'user.update', from: '2026-01-01' });
  });
});
