import { queryOptions } from '@tanstack/react-query';
import {
  type MunicipalityReportQuery,
  municipalityReportSchema,
  provisionReportSchema,
  type ReportPeriodQuery,
} from '../../../../server/features/participant-reports/participant-reports.schemas.ts';
import { queryString, request } from '../../../app/api-client.ts';

/** The period asked for; left out, the server takes the last twelve months. */
export type PeriodQuery = ReportPeriodQuery;

/**
 * A fixed period ("2026", "2026-Q1", "2026-03"); left out, the last quarter that ended. The
 * page never sends from/to, which the server accepts here only to refuse.
 */
export type MunicipalityQuery = Omit<MunicipalityReportQuery, 'from' | 'to'>;

const provisionReportUrl = (provisionId: string) =>
  `/api/provisions/${encodeURIComponent(provisionId)}/participant-report`;

export const provisionReportXlsxUrl = (provisionId: string, period: PeriodQuery) =>
  `${provisionReportUrl(provisionId)}.xlsx${queryString({ ...period })}`;

export const municipalityReportXlsxUrl = (query: MunicipalityQuery) =>
  `/api/participant-report.xlsx${queryString({ ...query })}`;

export const provisionReportQueryOptions = (provisionId: string, period: PeriodQuery) =>
  queryOptions({
    queryKey: ['participant-report', 'provision', provisionId, period] as const,
    queryFn: ({ signal }) =>
      request('GET', `${provisionReportUrl(provisionId)}${queryString({ ...period })}`, {
        schema: provisionReportSchema,
        signal,
      }),
  });

export const municipalityReportQueryOptions = (query: MunicipalityQuery) =>
  queryOptions({
    queryKey: ['participant-report', 'municipality', query] as const,
    queryFn: ({ signal }) =>
      request('GET', `/api/participant-report${queryString({ ...query })}`, {
        schema: municipalityReportSchema,
        signal,
      }),
  });
