import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import {
  municipalityReportQueryOptions,
  municipalityReportXlsxUrl,
  type MunicipalityQuery,
} from '../api/participant-reports-api.ts';
import { MunicipalityTables } from '../components/municipality-tables.tsx';
import { FixedPeriodForm } from '../components/fixed-period-form.tsx';
import { DownloadSection } from '../components/report-parts.tsx';
import { ReportSections } from '../components/report-sections.tsx';
import { reportsTexts } from '../texts.ts';

const texts = reportsTexts.municipality;

/** All provisions together, per category and per provision: small numbers protected. */
export function MunicipalityReportPage() {
  const [query, setQuery] = useState<MunicipalityQuery>({});
  const report = useQuery({
    ...municipalityReportQueryOptions(query),
    placeholderData: keepPreviousData,
  });
  const error = report.error instanceof ApiError ? report.error : null;
  const invalid = error?.status === 400 && error.fields.length > 0 ? error : undefined;
  const data = report.data;
  const shown = data
    ? { kind: data.period.kind, key: data.period.key, category: data.category }
    : undefined;

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <section aria-labelledby="kleine-aantallen-kop" className="sr-section">
        <h2 id="kleine-aantallen-kop" className="utrecht-heading-2">
          {texts.smallNumbersTitle}
        </h2>
        <ul className="utrecht-unordered-list">
          {texts.smallNumbers.map((line) => (
            <li className="utrecht-unordered-list__item" key={line}>
              {line}
            </li>
          ))}
        </ul>
      </section>
      <FixedPeriodForm id="periode" shown={shown} serverError={invalid} onChange={setQuery} />
      {report.isPending ? <Loading /> : null}
      {report.isError && !invalid ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data ? (
        <div aria-busy={report.isFetching || undefined}>
          <p className="utrecht-paragraph">
            <strong>{reportsTexts.fixedPeriod.shown(data.period.label)}</strong>
          </p>
          <section aria-labelledby="totaal-kop" className="sr-section">
            <h2 id="totaal-kop" className="utrecht-heading-2">
              {texts.totalsTitle(data.category ? CATEGORY_LABELS[data.category] : null)}
            </h2>
            <ReportSections report={data.totals} id="totaal" level={3} />
          </section>
          <MunicipalityTables report={data} />
          <DownloadSection
            href={municipalityReportXlsxUrl({
              period: data.period.key,
              ...(data.category ? { category: data.category } : {}),
            })}
          />
        </div>
      ) : null}
    </Page>
  );
}
