import { useState } from 'react';
import type { MatchingRun } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { useStartRun } from '../api/double-financing-api.ts';
import { formatCount } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { cell, Table } from '../../../components/table.tsx';

const texts = doubleFinancingTexts.scope;

/** "Vergelijking starten": runs the matching with the saved scope and shows its counts. */
export function StartRun() {
  const start = useStartRun();
  const [error, setError] = useState<string | null>(null);
  const run = start.data;

  const onStart = async () => {
    setError(null);
    try {
      await start.mutateAsync();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : doubleFinancingTexts.failed);
    }
  };

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>
        {run ? texts.runDone(run.counts.signals, run.counts.newSignals) : null}
      </StatusMessage>
      <div className="sr-actions">
        <Button busy={start.isPending} onClick={() => void onStart()}>
          {texts.run}
        </Button>
      </div>
      {run ? <RunFacts run={run} /> : null}
    </>
  );
}

function RunFacts({ run }: { run: MatchingRun }) {
  const facts = texts.runFacts;
  return (
    <Facts
      rows={[
        [texts.runColumns.at, formatMoment(run.startedAt)],
        [texts.runColumns.duration, texts.seconds(run.durationMs)],
        [texts.runColumns.scope, texts.scopeText(run.scope.categories, run.scope.productCodes)],
        [facts.imports, formatCount(run.inputs.imports)],
        [facts.allocations, formatCount(run.inputs.allocations)],
        [facts.allocationsInScope, formatCount(run.inputs.allocationsInScope)],
        [facts.participants, formatCount(run.inputs.participants)],
        [facts.participantsWithConsent, formatCount(run.inputs.participantsWithConsent)],
        [facts.signals, formatCount(run.counts.signals)],
        [facts.newSignals, formatCount(run.counts.newSignals)],
        [facts.changedSignals, formatCount(run.counts.changedSignals)],
        [facts.notFoundSignals, formatCount(run.counts.notFoundSignals)],
        [facts.stillOpen, formatCount(run.counts.stillOpen)],
      ]}
    />
  );
}

/** Earlier runs, newest first, with the scope they used and what they found. */
export function RunsTable({ runs }: { runs: MatchingRun[] }) {
  const columns = texts.runColumns;
  return (
    <Table
      id="vergelijkingen"
      caption={texts.runsCaption(runs.length)}
      columns={[
        { label: columns.at },
        { label: columns.scope },
        { label: columns.allocations, numeric: true },
        { label: columns.participants, numeric: true },
        { label: columns.signals, numeric: true },
        { label: columns.newSignals, numeric: true },
        { label: columns.stillOpen, numeric: true },
        { label: columns.duration, numeric: true },
      ]}
    >
      {runs.map((run) => (
        <tr className="utrecht-table__row" key={run.id}>
          <th scope="row" className={`${cell.header} sr-nowrap`}>
            {formatMoment(run.startedAt)}
          </th>
          <td className={cell.data}>
            {texts.scopeText(run.scope.categories, run.scope.productCodes)}
          </td>
          <td className={cell.number}>
            {texts.ofWhich(run.inputs.allocations, run.inputs.allocationsInScope)}
          </td>
          <td className={cell.number}>
            {texts.ofWhich(run.inputs.participants, run.inputs.participantsWithConsent)}
          </td>
          <td className={cell.number}>{formatCount(run.counts.signals)}</td>
          <td className={cell.number}>{formatCount(run.counts.newSignals)}</td>
          <td className={cell.number}>{formatCount(run.counts.stillOpen)}</td>
          <td className={`${cell.number} sr-nowrap`}>{texts.seconds(run.durationMs)}</td>
        </tr>
      ))}
    </Table>
  );
}
