/**
 * The council report (docs/rules/council-report.md): the policy officer makes the report of a
 * year that has ended under a rendement scenario, follows the job's progress, and downloads
 * every version made.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm, type Resolver } from 'react-hook-form';
import {
  type CouncilReportList,
  type CouncilReportView,
  type StartCouncilReport,
  startCouncilReportSchema,
} from '../../../../server/features/council-report/council-report.schemas.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { errorMessage, type FieldSpec } from '../../../components/form-errors.ts';
import { FormProblems } from '../../../components/form-problems.tsx';
import { formatMoment } from '../../../components/format.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { RulesSection } from '../../../components/rules-section.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { RowHeader, Table, cell } from '../../../components/table.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import {
  councilReportFileUrl,
  councilReportsQueryOptions,
  useStartCouncilReport,
} from '../api/council-report-api.ts';
import { councilReportTexts as texts } from '../texts.ts';

interface StartValues {
  year: string;
  scenario: string;
}

const resolver = zodResolver(startCouncilReportSchema) as unknown as Resolver<
  StartValues,
  unknown,
  StartCouncilReport
>;

const FIELDS: FieldSpec<StartValues>[] = [
  { name: 'year', id: 'raadsrapportage-jaar' },
  { name: 'scenario', id: 'raadsrapportage-scenario' },
];

function StartForm({ list }: { list: CouncilReportList }) {
  const start = useStartCouncilReport();
  const feedback = useFormFeedback(texts.failed);
  const form = useForm<StartValues, unknown, StartCouncilReport>({
    resolver,
    defaultValues: {
      year: list.years[0] === undefined ? '' : String(list.years[0]),
      scenario: list.scenarios[0]?.id ?? '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const year = form.watch('year');
  const onValid = async (body: StartCouncilReport) => {
    feedback.reset();
    try {
      await start.mutateAsync(body);
      const version =
        Math.max(0, ...list.reports.filter((r) => r.year === body.year).map((r) => r.version)) + 1;
      feedback.succeeded(texts.started(body.year, version));
    } catch (error) {
      feedback.failed(error, form.setError, FIELDS);
    }
  };
  return (
    <section aria-labelledby="raadsrapportage-maken" className="sr-section sr-form-section">
      <h2 id="raadsrapportage-maken" className="utrecht-heading-2">
        {texts.startTitle}
      </h2>
      <StatusMessage>{feedback.status}</StatusMessage>
      <FormProblems
        id="raadsrapportage-fouten"
        errors={errors}
        fields={FIELDS}
        feedback={feedback}
      />
      {list.years.length === 0 ? (
        <p className="utrecht-paragraph">{texts.noYears}</p>
      ) : (
        <form
          className="sr-form"
          noValidate
          onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
        >
          <SelectField
            id={FIELDS[0]!.id}
            label={texts.year}
            description={texts.yearHint}
            error={errorMessage(errors, 'year')}
            options={list.years.map((y) => ({ value: String(y), label: String(y) }))}
            {...form.register('year')}
          />
          <SelectField
            id={FIELDS[1]!.id}
            label={texts.scenario}
            description={texts.scenarioHint}
            error={errorMessage(errors, 'scenario')}
            options={list.scenarios.map((s) => ({ value: s.id, label: s.name }))}
            {...form.register('scenario')}
          />
          <div className="sr-actions">
            <Button type="submit" busy={isSubmitting}>
              {texts.start(year)}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function Status({ report }: { report: CouncilReportView }) {
  switch (report.status) {
    case 'generating':
      return <>{texts.progress(report.done, report.total)}</>;
    case 'failed':
      return <>{texts.failedJob}</>;
    case 'done':
      return (
        <>
          {texts.done(report.finishedAt ? formatMoment(report.finishedAt) : null, report.pdfPages)}
        </>
      );
  }
}

function ReportList({ reports }: { reports: CouncilReportView[] }) {
  return (
    <section aria-labelledby="raadsrapportages" className="sr-section">
      <h2 id="raadsrapportages" className="utrecht-heading-2">
        {texts.listTitle}
      </h2>
      {reports.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : (
        <Table
          id="raadsrapportage-lijst"
          caption={texts.caption}
          columns={[
            texts.columns.report,
            texts.columns.scenario,
            texts.columns.requested,
            texts.columns.status,
            texts.columns.files,
          ]}
        >
          {reports.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <RowHeader>{texts.reportName(r.year, r.version)}</RowHeader>
              <td className={cell.data}>{r.scenarioName}</td>
              <td className={cell.data}>
                {texts.requested(r.requestedByName, formatMoment(r.requestedAt))}
              </td>
              <td className={cell.data} aria-live="polite">
                <Status report={r} />
              </td>
              <td className={cell.data}>
                {r.status === 'done' ? (
                  <>
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={councilReportFileUrl(r.id, 'pdf')}
                      download
                    >
                      {texts.pdf(r.year, r.version)}
                    </a>
                    <br />
                    <a
                      className="utrecht-link utrecht-link--html-a"
                      href={councilReportFileUrl(r.id, 'xlsx')}
                      download
                    >
                      {texts.xlsx(r.year, r.version)}
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

export function CouncilReportPage() {
  const query = useQuery(councilReportsQueryOptions());
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {query.data ? (
        <>
          <StartForm list={query.data} />
          <ReportList reports={query.data.reports} />
        </>
      ) : null}
      <RulesSection id="raadsrapportage-regels" title={texts.rulesTitle} rules={texts.rules} />
    </Page>
  );
}
