import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { APPLICATION_STATUS_LABELS } from '../../../../server/features/applications/applications.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { OVERVIEW_STATUSES, type OverviewFilter, type OverviewSearch } from '../overview-search.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.overview;

interface FilterValues {
  category: string;
  status: string;
  search: string;
}

const toValues = (filter: OverviewFilter): FilterValues => ({
  category: filter.category ?? '',
  status: filter.status ?? '',
  search: filter.search ?? '',
});

export function OverviewFilterForm({
  roundId,
  filter,
}: {
  roundId: string;
  filter: OverviewFilter;
}) {
  const navigate = useNavigate();
  const form = useForm<FilterValues>({ defaultValues: toValues(filter) });

  useEffect(() => {
    form.reset(toValues(filter));
  }, [filter, form]);

  const onSubmit = (values: FilterValues) => {
    const search: OverviewSearch = {};
    if (values.category) search.categorie = values.category;
    if (values.status) search.status = values.status;
    if (values.search.trim()) search.zoek = values.search.trim();
    void navigate({ to: '/rondes/$roundId/overzicht', params: { roundId }, search });
  };

  return (
    <form
      role="search"
      aria-label={texts.filtersLabel}
      className="sr-form sr-filter-form"
      noValidate
      onSubmit={(event) => void form.handleSubmit(onSubmit)(event)}
    >
      <div className="sr-filter-form__grid">
        <SelectField
          id="filter-categorie"
          label={texts.category}
          options={[
            { value: '', label: texts.allCategories },
            ...CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
          ]}
          {...form.register('category')}
        />
        <SelectField
          id="filter-status"
          label={texts.status}
          options={[
            { value: '', label: texts.allStatuses },
            ...OVERVIEW_STATUSES.map((s) => ({ value: s, label: APPLICATION_STATUS_LABELS[s] })),
          ]}
          {...form.register('status')}
        />
        <TextField
          id="filter-zoeken"
          label={texts.search}
          description={texts.searchHint}
          type="search"
          autoComplete="off"
          {...form.register('search')}
        />
      </div>
      <div className="sr-actions">
        <Button type="submit">{texts.filter}</Button>
        <Link
          to="/rondes/$roundId/overzicht"
          params={{ roundId }}
          search={{}}
          className="utrecht-link utrecht-link--html-a sr-actions__link"
        >
          {texts.clear}
        </Link>
      </div>
    </form>
  );
}
