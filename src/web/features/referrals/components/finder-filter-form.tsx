import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { DAY_PART_LABELS, DAY_PARTS } from '../../../../domain/day-parts.ts';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { FinderQuery } from '../../../../server/features/referrals/referrals.schemas.ts';
import type { NeighbourhoodList } from '../../../../server/features/settings/settings.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { finderSearch } from '../finder-search.ts';
import { referralsTexts } from '../texts.ts';
import { neighbourhoodGroups } from '../../../components/neighbourhood-groups.ts';

const texts = referralsTexts.finder;

interface FilterValues {
  neighbourhoodCode: string;
  category: string;
  dayPart: string;
  targetGroup: string;
}

const toValues = (filter: FinderQuery): FilterValues => ({
  neighbourhoodCode: filter.neighbourhoodCode ?? '',
  category: filter.category ?? '',
  dayPart: filter.dayPart ?? '',
  targetGroup: filter.targetGroup ?? '',
});

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The filters of the finder; searching puts them in the URL. */
export function FinderFilterForm({
  filter,
  neighbourhoods,
  targetGroups,
}: {
  filter: FinderQuery;
  neighbourhoods: NeighbourhoodList;
  targetGroups: string[];
}) {
  const navigate = useNavigate();
  const form = useForm<FilterValues>({ defaultValues: toValues(filter) });

  useEffect(() => {
    form.reset(toValues(filter));
  }, [filter, form]);

  const onSubmit = (values: FilterValues) => {
    void navigate({ to: '/verwijzen', search: finderSearch(values) });
  };

  // A target group in the URL that no provision names any more stays choosable.
  const groups =
    filter.targetGroup && !targetGroups.includes(filter.targetGroup)
      ? [filter.targetGroup, ...targetGroups]
      : targetGroups;

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
          id="filter-buurt"
          label={texts.neighbourhood}
          description={texts.neighbourhoodHint}
          placeholder={texts.anyNeighbourhood}
          groups={neighbourhoodGroups(neighbourhoods)}
          {...form.register('neighbourhoodCode')}
        />
        <SelectField
          id="filter-categorie"
          label={texts.category}
          placeholder={texts.anyCategory}
          options={CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
          {...form.register('category')}
        />
        <SelectField
          id="filter-dagdeel"
          label={texts.dayPart}
          description={texts.dayPartHint}
          placeholder={texts.anyDayPart}
          options={DAY_PARTS.map((d) => ({ value: d, label: capitalise(DAY_PART_LABELS[d]) }))}
          {...form.register('dayPart')}
        />
        <SelectField
          id="filter-doelgroep"
          label={texts.targetGroup}
          placeholder={texts.anyTargetGroup}
          options={groups.map((g) => ({ value: g, label: capitalise(g) }))}
          {...form.register('targetGroup')}
        />
      </div>
      <div className="sr-actions">
        <Button type="submit">{texts.search}</Button>
        <Link
          to="/verwijzen"
          search={{}}
          className="utrecht-link utrecht-link--html-a sr-actions__link"
        >
          {texts.clear}
        </Link>
      </div>
    </form>
  );
}
