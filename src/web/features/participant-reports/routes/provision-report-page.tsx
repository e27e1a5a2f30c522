import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../../app/api-client.ts';
import { useMe } from '../../../app/queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import {
  provisionReportQueryOptions,
  provisionReportXlsxUrl,
  type PeriodQuery,
} from '../api/participant-reports-api.ts';
import { DownloadSection, PeriodShown } from '../components/report-parts.tsx';
import { PeriodForm } from '../components/period-form.tsx';
import { ReportSections } from '../components/report-sections.tsx';
import { reportsTexts } from '../texts.ts';

const texts = reportsTexts.provision;

/** A provision's own report, for its organisation and its coordinator: numbers as they are. */
export function ProvisionReportPage() {
  const { provisionId } = useParams({
    from: '/ingelogd/beheer/voorzieningen/$provisionId/rapportage',
  });
  const [period, setPeriod] = useState<PeriodQuery>({});
  const report = useQuery({
    ...provisionReportQueryOptions(provisionId, period),
    placeholderData: keepPreviousData,
  });
  const error = report.error instanceof ApiError ? report.error : null;
  const notFound = error?.status === 404;
  const invalid = error?.status === 400 && error.fields.length > 0 ? error : undefined;
  const data = report.data;
  // The board sees this report but not the participants behind it.
  const coordinates = useMe()?.coordinatedProvisionIds.includes(provisionId) ?? false;

  return (
    <Page
      title={data ? texts.titleOf(data.provision.name) : texts.title}
      documentTitle={texts.title}
    >
      <p className="utrecht-paragraph">
        {coordinates ? (
          <Link
            to="/beheer/voorzieningen/$provisionId/deelnemers"
            params={{ provisionId }}
            className="utrecht-link utrecht-link--html-a"
          >
            {texts.back}
          </Link>
        ) : (
          <Link
            to="/beheer/voorzieningen/$provisionId"
            params={{ provisionId }}
            className="utrecht-link utrecht-link--html-a"
          >
            {texts.backToProvision}
          </Link>
        )}
      </p>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {notFound ? (
        <p className="utrecht-paragraph">{texts.notFound}</p>
      ) : (
        <PeriodForm id="periode" shown={data?.period} serverError={invalid} onChange={setPeriod} />
      )}
      {report.isPending ? <Loading /> : null}
      {report.isError && !notFound && !invalid ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data ? (
        <div aria-busy={report.isFetching || undefined}>
          <PeriodShown period={data.period} />
          <ReportSections report={data} id="rapport" level={2} />
          <DownloadSection href={provisionReportXlsxUrl(provisionId, data.period)} />
        </div>
      ) : null}
    </Page>
  );
}
