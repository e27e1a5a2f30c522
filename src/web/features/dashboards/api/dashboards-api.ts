import { queryOptions } from '@tanstack/react-query';
import {
  dashboardSchema,
  neighbourhoodMapSchema,
  type DashboardQuery,
} from '../../../../server/features/dashboards/dashboards.schemas.ts';
import { request } from '../../../app/api-client.ts';

/** The filters as a query string, without the ones not chosen. */
export function dashboardSearch(filters: DashboardQuery & { panel?: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const dashboardQueryOptions = (filters: DashboardQuery) =>
  queryOptions({
    queryKey: ['dashboards', filters] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/dashboards${dashboardSearch(filters)}`, {
        schema: dashboardSchema,
        signal,
      }),
  });

export const neighbourhoodMapQueryOptions = (
  filters: Pick<DashboardQuery, 'year' | 'category' | 'wijk'>,
) =>
  queryOptions({
    queryKey: ['dashboards', 'map', filters] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/dashboards/map${dashboardSearch(filters)}`, {
        schema: neighbourhoodMapSchema,
        signal,
      }),
  });

export const dashboardXlsxUrl = (panel: string, filters: DashboardQuery) =>
  `/api/dashboards/export.xlsx${dashboardSearch({ ...filters, panel })}`;
