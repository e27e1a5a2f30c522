import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { schemesQueryOptions } from '../api/rounds-api.ts';
import { SchemeForm } from '../components/scheme-form.tsx';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.scheme;

export function SchemePage() {
  const schemes = useQuery(schemesQueryOptions);
  const [chosen, setChosen] = useState<string | null>(null);
  const scheme = schemes.data?.find((s) => s.id === chosen) ?? schemes.data?.[0];

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {schemes.isPending ? <Loading /> : null}
      {schemes.isError ? (
        <LoadError error={schemes.error} onRetry={() => void schemes.refetch()} />
      ) : null}
      {schemes.data && schemes.data.length === 0 ? (
        <p className="utrecht-paragraph">{texts.none}</p>
      ) : null}
      {schemes.data && schemes.data.length > 1 ? (
        <div className="sr-form">
          <SelectField
            id="regeling-kiezen"
            label={texts.choose}
            options={schemes.data.map((s) => ({ value: s.id, label: s.name }))}
            value={scheme?.id ?? ''}
            onChange={(event) => setChosen(event.target.value)}
          />
        </div>
      ) : null}
      {scheme ? <SchemeForm key={scheme.id} scheme={scheme} /> : null}
    </Page>
  );
}
