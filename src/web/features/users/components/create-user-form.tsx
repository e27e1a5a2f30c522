import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import { createUserBodySchema } from '../../../../server/features/users/users.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useCreateUser } from '../api/users-api.ts';
import { usersTexts } from '../texts.ts';
import { roleOptions } from './role-options.ts';

type FormInput = z.input<typeof createUserBodySchema>;
type FormOutput = z.output<typeof createUserBodySchema>;

const ID = 'nieuwe-gebruiker';
const fields: FieldSpec<FormInput>[] = [
  { name: 'name', id: `${ID}-naam` },
  { name: 'email', id: `${ID}-email` },
  { name: 'password', id: `${ID}-wachtwoord` },
  { name: 'roles', id: `${ID}-rollen-0` },
  { name: 'organisationIds', id: `${ID}-organisaties-0` },
];

const emptyForm: FormInput = { name: '', email: '', password: '', roles: [], organisationIds: [] };

export function CreateUserForm({ organisations }: { organisations: Organisation[] }) {
  const createUser = useCreateUser();
  const [focusSignal, setFocusSignal] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(createUserBodySchema),
    defaultValues: emptyForm,
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const texts = usersTexts.fields;

  const onValid = async (values: FormOutput) => {
    setCreated(null);
    setServerMessage(null);
    setUnmatched([]);
    try {
      const user = await createUser.mutateAsync(values);
      form.reset(emptyForm);
      setCreated(usersTexts.create.created(user.name));
    } catch (error) {
      const result = applyServerFieldErrors(error, form.setError, fields);
      if (result.applied) {
        setUnmatched(result.unmatched);
        setFocusSignal((n) => n + 1);
      } else {
        setServerMessage(error instanceof ApiError ? error.message : usersTexts.saveFailed);
      }
    }
  };

  return (
    <>
      <StatusMessage>{created}</StatusMessage>
      <ErrorMessage>{serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields, unmatched)}
        focusSignal={focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        aria-labelledby={`${ID}-titel`}
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
      >
        <TextField
          id={`${ID}-naam`}
          label={texts.name}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextField
          id={`${ID}-email`}
          label={texts.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          id={`${ID}-wachtwoord`}
          label={texts.password}
          description={texts.passwordHint}
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Controller
          control={form.control}
          name="roles"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${ID}-rollen`}
              legend={texts.roles}
              description={texts.rolesHint}
              name={field.name}
              options={roleOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={form.control}
          name="organisationIds"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${ID}-organisaties`}
              legend={texts.organisations}
              description={texts.organisationsHint}
              name={field.name}
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              value={field.value ?? []}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
              emptyText={texts.noOrganisations}
            />
          )}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {usersTexts.create.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
