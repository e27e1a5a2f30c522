import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  organisationBodySchema,
  type Organisation,
} from '../../../../server/features/organisations/organisations.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  errorMessage,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { organisationsTexts } from '../texts.ts';
import { BoardMembersField } from './board-members-field.tsx';
import { Fieldset } from '../../../components/fieldset.tsx';

/** What the form holds: text as typed; the schema turns an empty field into "not filled in". */
export interface OrganisationFormValues {
  name: string;
  kvkNumber: string;
  iban: string;
  street: string;
  postcode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  boardMembers: { name: string; position: string }[];
}
type FormOutput = z.output<typeof organisationBodySchema>;

// The schema's input is `unknown` for the optional fields (it accepts '' and null).
const resolver = zodResolver(organisationBodySchema) as unknown as Resolver<
  OrganisationFormValues,
  unknown,
  FormOutput
>;

const toFormValues = (organisation?: Organisation): OrganisationFormValues => ({
  name: organisation?.name ?? '',
  kvkNumber: organisation?.kvkNumber ?? '',
  iban: organisation?.iban ?? '',
  street: organisation?.street ?? '',
  postcode: organisation?.postcode ?? '',
  city: organisation?.city ?? '',
  contactName: organisation?.contactName ?? '',
  contactEmail: organisation?.contactEmail ?? '',
  contactPhone: organisation?.contactPhone ?? '',
  boardMembers: organisation?.boardMembers.map((m) => ({ ...m })) ?? [],
});

const fromOutput = (values: FormOutput): OrganisationFormValues => ({
  name: values.name,
  kvkNumber: values.kvkNumber ?? '',
  iban: values.iban ?? '',
  street: values.street ?? '',
  postcode: values.postcode ?? '',
  city: values.city ?? '',
  contactName: values.contactName ?? '',
  contactEmail: values.contactEmail ?? '',
  contactPhone: values.contactPhone ?? '',
  boardMembers: values.boardMembers ?? [],
});

interface OrganisationFormProps {
  /** Prefix of the field ids, unique on the page. */
  id: string;
  organisation?: Organisation;
  submitLabel: string;
  /** Saves and returns the message to show; throws an ApiError when it fails. */
  onSave: (values: FormOutput) => Promise<string>;
  /** Empty the form after a successful save (creating), or keep what was saved (editing). */
  resetAfterSave: boolean;
  /** Name and KvK number are not for this person to change (an organisation's own members). */
  fixedIdentity?: boolean;
}

export function OrganisationForm({
  id,
  organisation,
  submitLabel,
  onSave,
  resetAfterSave,
  fixedIdentity = false,
}: OrganisationFormProps) {
  const [focusSignal, setFocusSignal] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<OrganisationFormValues, unknown, FormOutput>({
    resolver,
    defaultValues: toFormValues(organisation),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const texts = organisationsTexts.fields;
  const boardCount = form.watch('boardMembers').length;

  const fieldId = {
    name: `${id}-naam`,
    kvkNumber: `${id}-kvk`,
    iban: `${id}-iban`,
    street: `${id}-straat`,
    postcode: `${id}-postcode`,
    city: `${id}-plaats`,
    contactName: `${id}-contact-naam`,
    contactEmail: `${id}-contact-email`,
    contactPhone: `${id}-contact-telefoon`,
  } as const;
  const fields: FieldSpec<OrganisationFormValues>[] = [
    ...(fixedIdentity
      ? (['iban', 'street', 'postcode', 'city'] as const)
      : (['name', 'kvkNumber', 'iban', 'street', 'postcode', 'city'] as const)
    ).map((name) => ({ name, id: fieldId[name] })),
    ...Array.from({ length: boardCount }, (_, index) => ({
      name: `boardMembers.${index}.name` as const,
      id: `${id}-bestuur-${index}-naam`,
    })),
    { name: 'boardMembers', id: `${id}-bestuur-toevoegen` },
    ...(['contactName', 'contactEmail', 'contactPhone'] as const).map((name) => ({
      name,
      id: fieldId[name],
    })),
  ];

  const onValid = async (values: FormOutput) => {
    setStatus(null);
    setServerMessage(null);
    setUnmatched([]);
    try {
      const message = await onSave(values);
      form.reset(resetAfterSave ? toFormValues() : fromOutput(values));
      setStatus(message);
    } catch (error) {
      const result = applyServerFieldErrors(error, form.setError, fields);
      if (result.applied) {
        setUnmatched(result.unmatched);
        setFocusSignal((n) => n + 1);
      } else {
        setServerMessage(error instanceof ApiError ? error.message : organisationsTexts.saveFailed);
      }
    }
  };

  const text = (
    name: keyof typeof fieldId,
    label: string,
    extra: { description?: string; autoComplete?: string; className?: string; type?: string } = {},
  ) => (
    <TextField
      id={fieldId[name]}
      label={label}
      autoComplete={extra.autoComplete ?? 'off'}
      description={extra.description}
      className={extra.className}
      type={extra.type ?? 'text'}
      error={errorMessage(errors, name)}
      {...form.register(name)}
    />
  );

  return (
    <>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, unmatched)}
        focusSignal={focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
      >
        {fixedIdentity ? null : (
          <>
            {text('name', texts.name, { autoComplete: 'organization' })}
            {text('kvkNumber', texts.kvkNumber, {
              description: texts.kvkNumberHint,
              className: 'sr-textbox--short',
            })}
          </>
        )}
        {text('iban', texts.iban, { description: texts.ibanHint })}

        <Fieldset framed legend={texts.address}>
          {text('street', texts.street, { autoComplete: 'street-address' })}
          {text('postcode', texts.postcode, {
            description: texts.postcodeHint,
            autoComplete: 'postal-code',
            className: 'sr-textbox--short',
          })}
          {text('city', texts.city, { autoComplete: 'address-level2' })}
        </Fieldset>

        <BoardMembersField id={`${id}-bestuur`} form={form} />

        <Fieldset framed legend={texts.contact}>
          {text('contactName', texts.contactName)}
          {text('contactEmail', texts.contactEmail, { type: 'email' })}
          {text('contactPhone', texts.contactPhone, {
            description: texts.contactPhoneHint,
            type: 'tel',
          })}
        </Fieldset>

        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
