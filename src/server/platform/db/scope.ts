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

/**
 * The WHERE condition that keeps a query on a provision column to what a scope covers: all
 * provisions, those of the own organisations, or the provisions the user coordinates.
 */
export function provisionFilter(provisionColumn: PgColumn, scope: DataScope): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'organisations':
      return scope.organisationIds.length === 0
        ? sql`false`
        : sql`${provisionColumn} in (select p.id from provisions p where p.organisation_id in (${sql.join(
            scope.organisationIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}))`;
    case 'provisions':
      return scope.provisionIds.length === 0
        ? sql`false`
        : inArray(provisionColumn, [...scope.provisionIds]);
    default:
      return sql`false`;
  }
}
