import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import {
  REPORT_ATTACHMENT_KINDS,
  REPORT_ATTACHMENT_LABELS,
  REPORT_TEXT_LIMIT,
  type ReportAttachmentKind,
} from '../../../../domain/grants/report.ts';
import { BUDGET_KIND_LABELS } from '../../../../domain/tender/categories.ts';
import type {
  GrantReport,
  ReportAttachment,
} from '../../../../server/features/grant-reports/grant-reports.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { AttachmentKindField } from '../../../components/attachment-kind-field.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { type SummaryError, ErrorSummary } from '../../../components/error-summary.tsx';
import { formatMoment } from '../../../components/format.ts';
import { euroInputValue, formatEuro, parseEuro } from '../../../components/money.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { widgetTexts } from '../../../components/widget-texts.ts';
import {
  grantReportQueryOptions,
  reportAttachmentUrl,
  useRemoveReportAttachment,
  useSaveReport,
  useSubmitReport,
  useUploadReportAttachment,
} from '../api/grant-report-api.ts';
import { grantsTexts } from '../texts.ts';
import { ReportComparison } from '../../../components/report-comparison.tsx';
import { ReportReach } from './report-reach.tsx';

const texts = grantsTexts.report;

/** The id of the form field a problem's path is about. */
const fieldId = (path: string) =>
  `verantwoording-${path.replaceAll('.', '-').replaceAll('_', '-')}`;

/**
 * The grant's accountability report (docs/rules/grant-lifecycle.md): the organisation fills it
 * in and submits it; the municipality reads it, promised and realised side by side. The reach
 * is never typed in: it is shown as registration counts it, and frozen at submission.
 */
export function ReportSection({ grantId, canWrite }: { grantId: string; canWrite: boolean }) {
  const report = useQuery(grantReportQueryOptions(grantId));
  const data = report.data;
  return (
    <section aria-labelledby="verantwoording-titel" className="sr-section">
      <h2 id="verantwoording-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      {report.isPending ? <Loading /> : null}
      {report.isError ? (
        <LoadError error={report.error} onRetry={() => void report.refetch()} />
      ) : null}
      {data ? <ReportBody report={data} canWrite={canWrite} /> : null}
    </section>
  );
}

function ReportBody({ report, canWrite }: { report: GrantReport; canWrite: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  if (report.status === 'not_required') {
    return <p className="utrecht-paragraph">{texts.notRequired}</p>;
  }
  const editing = canWrite && report.editable;
  return (
    <>
      <p className="utrecht-paragraph">{grantsTexts.tiers[report.accountabilityTier]}</p>
      {report.status === 'submitted' ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">
            {texts.submitted(formatMoment(report.submittedAt!), report.submittedByName ?? '')}
          </p>
        </Alert>
      ) : report.overdue ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{texts.overdue(formatDay(report.reportDueDay))}</p>
        </Alert>
      ) : (
        <p className="utrecht-paragraph">{texts.due(formatDay(report.reportDueDay))}</p>
      )}
      {report.status === 'draft' ? <p className="utrecht-paragraph">{texts.rules}</p> : null}
      <StatusMessage>{notice}</StatusMessage>
      {editing ? (
        <ReportForm report={report} onNotice={setNotice} />
      ) : (
        <>
          {report.status === 'draft' ? (
            <p className="utrecht-paragraph">{texts.draftNotice}</p>
          ) : null}
          <ReportComparison
            id="verantwoording-vergelijking"
            comparison={report.comparison}
            activities={report.content.activities}
            results={report.content.results}
          />
          <AttachmentList report={report} />
        </>
      )}
      <section aria-labelledby="verantwoording-bereik-titel" className="sr-section">
        <h3 id="verantwoording-bereik-titel" className="utrecht-heading-3">
          {texts.reachTitle}
        </h3>
        <p className="utrecht-paragraph">{texts.reachExplanation}</p>
        <p className="utrecht-paragraph">
          <strong>{report.reachFrozen ? texts.reachFrozen : texts.reachLive}</strong>
        </p>
        <ReportReach reach={report.reach} id="verantwoording-bereik" />
      </section>
    </>
  );
}

function AttachmentList({ report }: { report: GrantReport }) {
  if (report.attachments.length === 0) return null;
  return (
    <section aria-labelledby="verantwoording-bijlagen-titel" className="sr-section">
      <h3 id="verantwoording-bijlagen-titel" className="utrecht-heading-3">
        {texts.attachmentsTitle}
      </h3>
      <ul className="utrecht-unordered-list sr-file-list">
        {report.attachments.map((a) => (
          <li className="utrecht-unordered-list__item sr-file-list__item" key={a.id}>
            {REPORT_ATTACHMENT_LABELS[a.kind]}:{' '}
            <a
              href={reportAttachmentUrl(report.grantId, a.id)}
              download={a.filename}
              className="utrecht-link utrecht-link--html-a"
              aria-label={texts.download(a.filename)}
            >
              {a.filename}
            </a>{' '}
            <span className="sr-muted">({widgetTexts.bytes(a.sizeBytes)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReportForm({
  report,
  onNotice,
}: {
  report: GrantReport;
  onNotice: (message: string | null) => void;
}) {
  const save = useSaveReport(report.grantId);
  const submit = useSubmitReport(report.grantId);
  const [activities, setActivities] = useState(report.content.activities);
  const [results, setResults] = useState(report.content.results);
  const [costs, setCosts] = useState<string[]>(() =>
    report.comparison.costs.lines.map((_, i) =>
      euroInputValue(report.content.costs[i]?.actualCents ?? null),
    ),
  );
  const [errors, setErrors] = useState<{ path: string; message: string }[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const errorOf = (path: string) => errors.find((e) => e.path === path)?.message;

  const failed = (error: unknown) => {
    if (error instanceof ApiError && error.fields.length > 0) {
      setErrors(error.fields);
      setFocusSignal((n) => n + 1);
    } else {
      setMessage(error instanceof ApiError ? error.message : grantsTexts.failed);
    }
  };

  /** Saves what is on the form; false when something was wrong. */
  const onSave = async (announce: boolean): Promise<boolean> => {
    setErrors([]);
    setMessage(null);
    onNotice(null);
    const own: { path: string; message: string }[] = [];
    const parsed = costs.map((text, i) => {
      const cents = parseEuro(text);
      if (cents === undefined)
        own.push({ path: `costs.${i}.actualCents`, message: texts.notAnAmount });
      return { actualCents: cents ?? null };
    });
    if (own.length > 0) {
      setErrors(own);
      setFocusSignal((n) => n + 1);
      return false;
    }
    try {
      await save.mutateAsync({ activities, results, costs: parsed });
      if (announce) onNotice(texts.saved);
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  };

  const onSubmit = async () => {
    setConfirming(false);
    if (!(await onSave(false))) return;
    try {
      await submit.mutateAsync();
      onNotice(texts.submittedNow);
    } catch (error) {
      failed(error);
    }
  };

  const summary: SummaryError[] = errors.map((e) => ({
    fieldId: e.path === 'costs' ? null : fieldId(e.path),
    message: e.message,
  }));

  return (
    <div className="sr-form-section">
      <ErrorSummary id="verantwoording-fouten" errors={summary} focusSignal={focusSignal} />
      <ErrorMessage>{message}</ErrorMessage>
      {report.problems.length > 0 ? (
        <Alert type="info">
          <p className="utrecht-paragraph">
            <strong>{texts.missingTitle}</strong>
          </p>
          <ul className="utrecht-unordered-list">
            {report.problems.map((p) => (
              <li className="utrecht-unordered-list__item" key={p.path}>
                {p.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSave(true);
        }}
      >
        <TextareaField
          id={fieldId('activities')}
          label={texts.activities}
          description={texts.activitiesHint}
          value={activities}
          onChange={(event) => setActivities(event.target.value)}
          limit={REPORT_TEXT_LIMIT}
          length={activities.length}
          rows={6}
          error={errorOf('activities')}
        />
        {report.comparison.promisedResults ? (
          <div className="sr-facts">
            <div className="sr-facts__item">
              <p className="utrecht-paragraph">
                <strong>{texts.promisedResults}:</strong>{' '}
                <span className="sr-prewrap">{report.comparison.promisedResults}</span>
              </p>
            </div>
          </div>
        ) : null}
        <TextareaField
          id={fieldId('results')}
          label={texts.results}
          description={texts.resultsHint}
          value={results}
          onChange={(event) => setResults(event.target.value)}
          limit={REPORT_TEXT_LIMIT}
          length={results.length}
          rows={6}
          error={errorOf('results')}
        />
        <fieldset className="utrecht-form-fieldset sr-fieldset">
          <legend className="utrecht-form-fieldset__legend">{texts.costsTitle}</legend>
          <p className="utrecht-paragraph">
            {report.costsRequired ? texts.costsIntroFull : texts.costsIntro}
          </p>
          {report.comparison.costs.lines.map((line, i) => (
            <TextField
              key={i}
              id={fieldId(`costs.${i}.actualCents`)}
              label={texts.costLine(
                i + 1,
                BUDGET_KIND_LABELS[line.kind],
                line.description,
                formatEuro(line.budgetCents),
              )}
              description={texts.actualHint}
              inputMode="decimal"
              value={costs[i] ?? ''}
              onChange={(event) =>
                setCosts(costs.map((c, j) => (j === i ? event.target.value : c)))
              }
              error={errorOf(`costs.${i}.actualCents`)}
            />
          ))}
        </fieldset>
        <div className="sr-actions">
          <Button type="submit" appearance="secondary" busy={save.isPending && !confirming}>
            {texts.save}
          </Button>
          <Button
            onClick={() => setConfirming(true)}
            busy={submit.isPending}
            disabled={report.submitRefusal !== null}
            aria-describedby={report.submitRefusal ? 'verantwoording-niet-indienen' : undefined}
          >
            {texts.submit}
          </Button>
        </div>
        {report.submitRefusal ? (
          <p id="verantwoording-niet-indienen" className="utrecht-paragraph">
            {report.submitRefusal}
          </p>
        ) : null}
      </form>
      <ReportAttachments report={report} errorOf={errorOf} onNotice={onNotice} />
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={submit.isPending}
        onConfirm={() => void onSubmit()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{texts.confirmText}</p>
      </ConfirmDialog>
    </div>
  );
}

function ReportAttachments({
  report,
  errorOf,
  onNotice,
}: {
  report: GrantReport;
  errorOf: (path: string) => string | undefined;
  onNotice: (message: string | null) => void;
}) {
  return (
    <section aria-labelledby="verantwoording-bijlagen-titel" className="sr-section">
      <h3 id="verantwoording-bijlagen-titel" className="utrecht-heading-3">
        {texts.attachmentsTitle}
      </h3>
      <p className="utrecht-paragraph">
        {report.requiredAttachments.length > 0
          ? texts.attachmentsIntroFull
          : texts.attachmentsIntro}
      </p>
      {REPORT_ATTACHMENT_KINDS.map((kind) => (
        <AttachmentKind
          key={kind}
          kind={kind}
          report={report}
          attachments={report.attachments.filter((a) => a.kind === kind)}
          problem={errorOf(`attachments.${kind}`)}
          onNotice={onNotice}
        />
      ))}
    </section>
  );
}

function AttachmentKind({
  kind,
  report,
  attachments,
  problem,
  onNotice,
}: {
  kind: ReportAttachmentKind;
  report: GrantReport;
  attachments: ReportAttachment[];
  problem: string | undefined;
  onNotice: (message: string | null) => void;
}) {
  const upload = useUploadReportAttachment(report.grantId);
  const remove = useRemoveReportAttachment(report.grantId);
  return (
    <AttachmentKindField
      id={fieldId(`attachments.${kind}`)}
      label={REPORT_ATTACHMENT_LABELS[kind]}
      headingLevel={4}
      attachments={attachments}
      fileUrl={(attachmentId) => reportAttachmentUrl(report.grantId, attachmentId)}
      upload={(file) => upload.mutateAsync({ kind, file })}
      uploading={upload.isPending}
      remove={(attachmentId) => remove.mutateAsync(attachmentId)}
      removingId={remove.isPending ? remove.variables : undefined}
      problem={problem}
      texts={{ ...texts, failed: grantsTexts.failed }}
      onStatus={onNotice}
    />
  );
}
