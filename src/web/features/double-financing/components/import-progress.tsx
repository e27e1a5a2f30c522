import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { LoadError } from '../../../components/query-state.tsx';
import {
  doubleFinancingKeys,
  importQueryOptions,
  isImportBusy,
} from '../api/double-financing-api.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { ImportReport } from './import-report.tsx';

const texts = doubleFinancingTexts.import;

/**
 * One import just handed in: a progress bar while it is queued or running (asked every
 * second), then its report. When it finishes, the list of imports is refreshed.
 */
export function ImportProgress({ initial }: { initial: WmoImport }) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...importQueryOptions(initial.id), initialData: initial });
  const item = query.data;
  const busy = isImportBusy(item);

  useEffect(() => {
    if (!busy) void queryClient.invalidateQueries({ queryKey: doubleFinancingKeys.imports });
  }, [busy, queryClient]);

  const progressId = `voortgang-${item.id}`;
  const done = item.progress?.done ?? 0;
  const total = item.progress?.total ?? 0;
  return (
    <article aria-labelledby={`${progressId}-titel`}>
      <h3 id={`${progressId}-titel`} className="utrecht-heading-3">
        {item.fileName}
      </h3>
      {/* Always in the page, so the end of the import is announced; once done, the report
          below shows the status to the eye. */}
      <p className={busy ? 'utrecht-paragraph' : 'sr-visually-hidden'} role="status">
        {texts.report.status}: <strong>{doubleFinancingTexts.importStatus[item.status]}</strong>
      </p>
      {busy ? (
        <div className="sr-form-field">
          <label className="utrecht-form-label" htmlFor={progressId}>
            {texts.progressLabel(item.fileName)}
          </label>
          <div>
            {/* Without a size yet (queued) the bar shows that it is busy, without a value. */}
            {total > 0 ? (
              <progress id={progressId} max={total} value={done}>
                {texts.progressText(done, total)}
              </progress>
            ) : (
              <progress id={progressId}>{texts.progressText(0, 0)}</progress>
            )}
          </div>
          <p className="utrecht-paragraph">{texts.progressText(done, total)}</p>
        </div>
      ) : (
        <ImportReport item={item} idPrefix="nu" />
      )}
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
    </article>
  );
}
