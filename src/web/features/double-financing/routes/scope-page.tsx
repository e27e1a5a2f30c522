import { useQuery } from '@tanstack/react-query';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { runsQueryOptions, scopeQueryOptions } from '../api/double-financing-api.ts';
import { FeatureLinks } from '../components/feature-links.tsx';
import { RunsTable, StartRun } from '../components/runs.tsx';
import { ScopeForm } from '../components/scope-form.tsx';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.scope;

/** Which allocations count as begeleiding groep; start a matching run; earlier runs. */
export function ScopePage() {
  const scope = useQuery(scopeQueryOptions);
  const runs = useQuery(runsQueryOptions);

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <section aria-labelledby="afbakening-titel" className="sr-section">
        <h2 id="afbakening-titel" className="utrecht-heading-2">
          {texts.formTitle}
        </h2>
        <p className="utrecht-paragraph">{texts.explanation}</p>
        {scope.isPending ? <Loading /> : null}
        {scope.isError ? (
          <LoadError error={scope.error} onRetry={() => void scope.refetch()} />
        ) : null}
        {scope.data ? <ScopeForm scope={scope.data} /> : null}
      </section>
      <section aria-labelledby="vergelijken-titel" className="sr-section">
        <h2 id="vergelijken-titel" className="utrecht-heading-2">
          {texts.runTitle}
        </h2>
        <p className="utrecht-paragraph">{texts.runIntro}</p>
        <StartRun />
      </section>
      <section aria-labelledby="eerdere-titel" className="sr-section">
        <h2 id="eerdere-titel" className="utrecht-heading-2">
          {texts.runsTitle}
        </h2>
        {runs.isPending ? <Loading /> : null}
        {runs.isError ? <LoadError error={runs.error} onRetry={() => void runs.refetch()} /> : null}
        {runs.data && runs.data.length === 0 ? (
          <p className="utrecht-paragraph">{texts.runsEmpty}</p>
        ) : null}
        {runs.data && runs.data.length > 0 ? <RunsTable runs={runs.data} /> : null}
      </section>
      <FeatureLinks />
    </Page>
  );
}
