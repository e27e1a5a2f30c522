import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { importsQueryOptions } from '../api/double-financing-api.ts';
import { FeatureLinks } from '../components/feature-links.tsx';
import { ImportForm } from '../components/import-form.tsx';
import { ImportProgress } from '../components/import-progress.tsx';
import { ImportsTable } from '../components/imports-table.tsx';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.import;

/** Upload files of Wmo allocations, follow their progress, read their reports. */
export function ImportPage() {
  const imports = useQuery(importsQueryOptions);
  // The imports handed in on this visit, newest first: each shows its progress, then its report.
  const [current, setCurrent] = useState<WmoImport[]>([]);

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <section aria-labelledby="inlezen-titel" className="sr-section">
        <h2 id="inlezen-titel" className="utrecht-heading-2">
          {texts.formTitle}
        </h2>
        <ImportForm onStarted={(items) => setCurrent((before) => [...items, ...before])} />
      </section>
      {current.length > 0 ? (
        <section aria-labelledby="voortgang-titel" className="sr-section">
          <h2 id="voortgang-titel" className="utrecht-heading-2">
            {texts.currentTitle}
          </h2>
          {current.map((item) => (
            <ImportProgress key={item.id} initial={item} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="eerder-titel" className="sr-section">
        <h2 id="eerder-titel" className="utrecht-heading-2">
          {texts.listTitle}
        </h2>
        {imports.isPending ? <Loading /> : null}
        {imports.isError ? (
          <LoadError error={imports.error} onRetry={() => void imports.refetch()} />
        ) : null}
        {imports.data && imports.data.length === 0 ? (
          <p className="utrecht-paragraph">{texts.listEmpty}</p>
        ) : null}
        {imports.data && imports.data.length > 0 ? <ImportsTable items={imports.data} /> : null}
      </section>
      <FeatureLinks />
    </Page>
  );
}
