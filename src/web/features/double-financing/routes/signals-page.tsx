import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  SIGNAL_STATUSES,
  signalStatusSchema,
} from '../../../../domain/double-financing/signals.ts';
import type { SignalListQuery } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { signalsQueryOptions } from '../api/double-financing-api.ts';
import { FeatureLinks } from '../components/feature-links.tsx';
import { ProviderEmailForm } from '../components/provider-email-form.tsx';
import { ProviderGroups, ProvisionGroups } from '../components/signal-groups.tsx';
import { SignalsTable } from '../components/signals-table.tsx';
import { statusLabel } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.signals;

interface FilterValues {
  status: string;
  provisionId: string;
  providerAgb: string;
}

const toValues = (filter: SignalListQuery): FilterValues => ({
  status: filter.status ?? '',
  provisionId: filter.provisionId ?? '',
  providerAgb: filter.providerAgb ?? '',
});

function toFilter(values: FilterValues): SignalListQuery {
  const status = signalStatusSchema.safeParse(values.status);
  return {
    ...(status.success ? { status: status.data } : {}),
    ...(values.provisionId ? { provisionId: values.provisionId } : {}),
    ...(values.providerAgb ? { providerAgb: values.providerAgb } : {}),
  };
}

/** The signals, to filter by status, provision and provider; letters to providers. */
export function SignalsPage() {
  const [filter, setFilter] = useState<SignalListQuery>({});
  // All signals: the choices of the filters and the groups per provision and provider.
  const all = useQuery(signalsQueryOptions({}));
  const listed = useQuery({ ...signalsQueryOptions(filter), placeholderData: keepPreviousData });
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [focusResults, setFocusResults] = useState(0);

  useEffect(() => {
    if (focusResults > 0) resultsHeading.current?.focus();
  }, [focusResults]);

  // A letter holds the open signals: only providers with open signals get one.
  const withOpen = (all.data?.byProvider ?? []).filter((p) => p.open > 0).map((p) => p.providerAgb);

  const show = (next: SignalListQuery) => {
    setFilter(next);
    setFocusResults((n) => n + 1);
  };

  return (
    <Page title={texts.title}>
      <div className="utrecht-alert utrecht-alert--info sr-alert">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message">
            <p className="utrecht-paragraph">{doubleFinancingTexts.notVerdict}</p>
            <p className="utrecht-paragraph">{doubleFinancingTexts.privacy}</p>
          </div>
        </div>
      </div>
      {all.isPending ? <Loading /> : null}
      {all.isError ? <LoadError error={all.error} onRetry={() => void all.refetch()} /> : null}
      {all.data ? (
        <section aria-labelledby="zoeken-titel" className="sr-section">
          <h2 id="zoeken-titel" className="utrecht-heading-2">
            {texts.filtersTitle}
          </h2>
          <FilterForm
            filter={filter}
            provisions={all.data.byProvision.map((p) => ({
              value: p.provisionId,
              label: `${p.provisionName} (${p.organisationName})`,
            }))}
            providers={all.data.byProvider.map((p) => p.providerAgb)}
            onFilter={show}
          />
        </section>
      ) : null}
      <section
        aria-labelledby="gevonden-titel"
        className="sr-section"
        aria-busy={listed.isFetching || undefined}
      >
        <h2 id="gevonden-titel" className="utrecht-heading-2" tabIndex={-1} ref={resultsHeading}>
          {texts.listTitle}
        </h2>
        {listed.isPending ? <Loading /> : null}
        {listed.isError ? (
          <LoadError error={listed.error} onRetry={() => void listed.refetch()} />
        ) : null}
        {listed.data && listed.data.items.length === 0 ? (
          <p className="utrecht-paragraph">{texts.empty}</p>
        ) : null}
        {listed.data && listed.data.items.length > 0 ? (
          <SignalsTable signals={listed.data.items} />
        ) : null}
      </section>
      {all.data && all.data.items.length > 0 ? (
        <>
          <section aria-labelledby="per-voorziening-titel" className="sr-section">
            <h2 id="per-voorziening-titel" className="utrecht-heading-2">
              {texts.byProvisionTitle}
            </h2>
            <ProvisionGroups
              groups={all.data.byProvision}
              onShow={(provisionId) => show({ provisionId })}
            />
          </section>
          <section aria-labelledby="per-aanbieder-titel" className="sr-section">
            <h2 id="per-aanbieder-titel" className="utrecht-heading-2">
              {texts.byProviderTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.byProviderIntro}</p>
            <ProviderGroups
              groups={all.data.byProvider}
              onShow={(providerAgb) => show({ providerAgb })}
            />
            <h3 className="utrecht-heading-3">{texts.emailTitle}</h3>
            <p className="utrecht-paragraph">{texts.emailIntro}</p>
            {withOpen.length > 0 ? (
              <ProviderEmailForm providers={withOpen} />
            ) : (
              <p className="utrecht-paragraph">{texts.noOpenProviders}</p>
            )}
          </section>
        </>
      ) : null}
      <FeatureLinks />
    </Page>
  );
}

function FilterForm({
  filter,
  provisions,
  providers,
  onFilter,
}: {
  filter: SignalListQuery;
  provisions: { value: string; label: string }[];
  providers: string[];
  onFilter: (filter: SignalListQuery) => void;
}) {
  const form = useForm<FilterValues>({ defaultValues: toValues(filter) });

  useEffect(() => {
    form.reset(toValues(filter));
  }, [filter, form]);

  return (
    <form
      role="search"
      aria-label={texts.filtersLabel}
      className="sr-form sr-filter-form"
      noValidate
      onSubmit={(event) => void form.handleSubmit((values) => onFilter(toFilter(values)))(event)}
    >
      <div className="sr-filter-form__grid">
        <SelectField
          id="filter-status"
          label={texts.status}
          options={[
            { value: '', label: texts.allStatuses },
            ...SIGNAL_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })),
          ]}
          {...form.register('status')}
        />
        <SelectField
          id="filter-voorziening"
          label={texts.provision}
          options={[{ value: '', label: texts.allProvisions }, ...provisions]}
          {...form.register('provisionId')}
        />
        <SelectField
          id="filter-aanbieder"
          label={texts.provider}
          options={[
            { value: '', label: texts.allProviders },
            ...providers.map((agb) => ({ value: agb, label: agb })),
          ]}
          {...form.register('providerAgb')}
        />
      </div>
      <div className="sr-actions">
        <Button type="submit">{texts.filter}</Button>
        <Button appearance="secondary" onClick={() => onFilter({})}>
          {texts.clear}
        </Button>
      </div>
    </form>
  );
}
