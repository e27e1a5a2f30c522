import { inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { DataScope } from '../access.ts';

/**
 * The WHERE condition that keeps a query to the organisations a scope covers: nothing for
 * scope `all`, the own organisations for `organisations`, and no rows at all otherwise.
 */
export function organisationFilter(column: PgColumn, scope: DataScope): SQL | undefined {
  if (scope.kind === 'all') return undefined;
  const ids = scope.kind === 'organisations' ? scope.organisationIds : [];
  return ids.length === 0 ? sql`false` : inArray(column, [...ids]);
}
