/**
 * The fields the participant forms share: the details (registering and editing) and the
 * consent (registering and adding consent later). They read the form from the surrounding
 * `FormProvider`; `prefix` is where the consent lives in the form's values.
 */
import { useQuery } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  Controller,
  useForm,
  useFormContext,
  type FieldValues,
  type Resolver,
} from 'react-hook-form';
import type { z } from 'zod';
import { amsterdamDay } from '../../../../domain/dates.ts';
import {
  CLIENT_ROUTE_LABELS,
  CLIENT_ROUTES,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  CONSENT_SCOPE_LABELS,
  type ConsentScope,
} from '../../../../domain/participants/registration.ts';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { errorMessage, type FieldSpec } from '../../../components/form-errors.ts';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { neighbourhoodGroups } from '../../../components/neighbourhood-groups.ts';
import { SelectField, type SelectOption } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { participantsTexts } from '../texts.ts';
import { FormShell } from './form-shell.tsx';

const texts = participantsTexts.fields;

/** What the details look like in a form: text, as typed. */
export interface DetailsValues {
  displayName: string;
  birthYear: string;
  neighbourhoodCode: string;
  startDate: string;
  clientRoute: string;
  referringOrganisation: string;
}

export interface ConsentValues {
  scopes: string[];
  givenOn: string;
  method: string;
}

/**
 * The API's schema as the resolver of a form that holds text: the schema itself turns the
 * text into the API's values, with the same messages as the server.
 */
export function apiResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput, FieldValues>,
): Resolver<TValues, unknown, TOutput> {
  return zodResolver(schema) as unknown as Resolver<TValues, unknown, TOutput>;
}

/** Today in Maastricht, as the default date of a form. */
export const today = () => amsterdamDay(new Date());

const DETAIL_NAMES = [
  'displayName',
  'birthYear',
  'neighbourhoodCode',
  'startDate',
  'clientRoute',
  'referringOrganisation',
] as const;

/** The detail fields for the error summary, in the order of the form. */
export function detailFieldSpecs<T extends FieldValues>(id: string): FieldSpec<T>[] {
  return DETAIL_NAMES.map((name) => ({
    name: name as FieldSpec<T>['name'],
    id: name === 'clientRoute' ? `${id}-${name}-0` : `${id}-${name}`,
  }));
}

/** The consent fields for the error summary. */
export function consentFieldSpecs<T extends FieldValues>(
  id: string,
  prefix: '' | 'consent.',
): FieldSpec<T>[] {
  return [
    { name: `${prefix}scopes` as FieldSpec<T>['name'], id: `${id}-scopes-0` },
    { name: `${prefix}givenOn` as FieldSpec<T>['name'], id: `${id}-givenOn` },
    { name: `${prefix}method` as FieldSpec<T>['name'], id: `${id}-method-0` },
    { name: 'bsn' as FieldSpec<T>['name'], id: `${id}-bsn` },
  ];
}

export const detailsValues = (details?: {
  displayName: string;
  birthYear: number | null;
  neighbourhoodCode: string | null;
  startDate: string;
  clientRoute: string;
  referringOrganisation: string | null;
}): DetailsValues => ({
  displayName: details?.displayName ?? '',
  birthYear: details?.birthYear === null || !details ? '' : String(details.birthYear),
  neighbourhoodCode: details?.neighbourhoodCode ?? '',
  startDate: details?.startDate ?? '',
  clientRoute: details?.clientRoute ?? '',
  referringOrganisation: details?.referringOrganisation ?? '',
});

export function DetailsFields({ id }: { id: string }) {
  const form = useFormContext<DetailsValues>();
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const { errors } = form.formState;
  const route = form.watch('clientRoute');
  const fieldId = (name: string) => `${id}-${name}`;

  // The buurt list must be there before the select, or a saved buurt cannot show as chosen.
  if (neighbourhoods.isPending) return <Loading />;
  if (neighbourhoods.isError)
    return <LoadError error={neighbourhoods.error} onRetry={() => void neighbourhoods.refetch()} />;

  return (
    <>
      <TextField
        id={fieldId('displayName')}
        label={texts.displayName}
        description={texts.displayNameHint}
        autoComplete="off"
        error={errors.displayName?.message}
        {...form.register('displayName')}
      />
      <TextField
        id={fieldId('birthYear')}
        label={texts.birthYear}
        description={texts.birthYearHint}
        inputMode="numeric"
        autoComplete="off"
        className="sr-textbox--short"
        error={errors.birthYear?.message}
        {...form.register('birthYear')}
      />
      <SelectField
        id={fieldId('neighbourhoodCode')}
        label={texts.neighbourhood}
        placeholder={texts.noNeighbourhood}
        groups={neighbourhoodGroups(neighbourhoods.data)}
        error={errors.neighbourhoodCode?.message}
        {...form.register('neighbourhoodCode')}
      />
      <TextField
        id={fieldId('startDate')}
        type="date"
        label={texts.startDate}
        description={texts.startDateHint}
        className="sr-textbox--short"
        error={errors.startDate?.message}
        {...form.register('startDate')}
      />
      <Controller
        control={form.control}
        name="clientRoute"
        render={({ field }) => (
          <ChoiceGroup
            type="radio"
            id={fieldId('clientRoute')}
            legend={texts.clientRoute}
            name={field.name}
            options={CLIENT_ROUTES.map((r) => ({ value: r, label: CLIENT_ROUTE_LABELS[r] }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.clientRoute?.message}
          />
        )}
      />
      {route === 'other_organisation' ? (
        <TextField
          id={fieldId('referringOrganisation')}
          label={texts.referringOrganisation}
          autoComplete="off"
          error={errors.referringOrganisation?.message}
          {...form.register('referringOrganisation', { shouldUnregister: true })}
        />
      ) : null}
    </>
  );
}

interface ConsentFieldsProps {
  id: string;
  prefix: '' | 'consent.';
  /** The scopes that can be chosen (all when registering; those not given yet later). */
  scopes: readonly ConsentScope[];
}

/** Scopes, date and manner of the consent, and the BSN field once matching is ticked. */
export function ConsentFields({ id, prefix, scopes }: ConsentFieldsProps) {
  const form = useFormContext();
  const { errors } = form.formState;
  const chosen = (form.watch(`${prefix}scopes`) ?? []) as string[];
  const fieldId = (name: string) => `${id}-${name}`;
  return (
    <>
      <Controller
        control={form.control}
        name={`${prefix}scopes`}
        render={({ field }) => (
          <ChoiceGroup
            type="checkbox"
            id={fieldId('scopes')}
            legend={texts.scopes}
            name={field.name}
            options={scopes.map((s) => ({ value: s, label: CONSENT_SCOPE_LABELS[s] }))}
            value={field.value as string[]}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errorMessage(errors, `${prefix}scopes`)}
          />
        )}
      />
      {chosen.includes('matching') ? (
        <TextField
          id={fieldId('bsn')}
          label={texts.bsn}
          description={texts.bsnHint}
          inputMode="numeric"
          autoComplete="off"
          className="sr-textbox--short"
          error={errorMessage(errors, 'bsn')}
          {...form.register('bsn', { shouldUnregister: true })}
        />
      ) : null}
      <TextField
        id={fieldId('givenOn')}
        type="date"
        label={texts.givenOn}
        className="sr-textbox--short"
        error={errorMessage(errors, `${prefix}givenOn`)}
        {...form.register(`${prefix}givenOn`)}
      />
      <Controller
        control={form.control}
        name={`${prefix}method`}
        render={({ field }) => (
          <ChoiceGroup
            type="radio"
            id={fieldId('method')}
            legend={texts.method}
            name={field.name}
            options={CONSENT_METHODS.map((m) => ({ value: m, label: CONSENT_METHOD_LABELS[m] }))}
            value={field.value as string}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errorMessage(errors, `${prefix}method`)}
          />
        )}
      />
    </>
  );
}

interface ChoiceWithDateFormProps<TOutput> {
  id: string;
  /** The API's schema of the body: `{ [choice.name]: …, [date.name]: … }`. */
  schema: z.ZodType<TOutput, FieldValues>;
  choice: { name: string; label: string; placeholder: string; options: SelectOption[] };
  date: { name: string; label: string };
  submitLabel: string;
  /** Saves; returns the message to show. */
  onSave: (values: TOutput) => Promise<string>;
}

/** A choice from a list and the date it happened (an outflow, a withdrawal), as one form. */
export function ChoiceWithDateForm<TOutput>({
  id,
  schema,
  choice,
  date,
  submitLabel,
  onSave,
}: ChoiceWithDateFormProps<TOutput>) {
  const empty = () => ({ [choice.name]: '', [date.name]: today() });
  const form = useForm<Record<string, string>, unknown, TOutput>({
    resolver: apiResolver<Record<string, string>, TOutput>(schema),
    defaultValues: empty(),
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const fields = [choice.name, date.name].map((name) => ({ name, id: `${id}-${name}` }));
  return (
    <FormShell
      id={id}
      form={form}
      fields={fields}
      submitLabel={submitLabel}
      failedMessage={participantsTexts.detail.saveFailed}
      onSave={async (values) => {
        const message = await onSave(values);
        form.reset(empty());
        return message;
      }}
    >
      <SelectField
        id={`${id}-${choice.name}`}
        label={choice.label}
        placeholder={choice.placeholder}
        options={choice.options}
        error={errorMessage(errors, choice.name)}
        {...form.register(choice.name)}
      />
      <TextField
        id={`${id}-${date.name}`}
        type="date"
        label={date.label}
        className="sr-textbox--short"
        error={errorMessage(errors, date.name)}
        {...form.register(date.name)}
      />
    </FormShell>
  );
}
