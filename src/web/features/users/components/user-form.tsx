import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import type { User } from '../../../../server/features/users/users.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useSaveUser } from '../api/users-api.ts';
import { usersTexts } from '../texts.ts';
import { roleOptions } from './role-options.ts';
import {
  createUserBody,
  updateUserBody,
  userFormDefaults,
  userFormSchema,
  type UserFormInput,
  type UserFormOutput,
} from './user-form-schema.ts';

const texts = usersTexts.fields;

/** The ids of the fields (link targets of the error summary), per form. */
function fieldsOf(id: string, creating: boolean): FieldSpec<UserFormInput>[] {
  return [
    { name: 'name', id: `${id}-naam` },
    ...(creating
      ? [
          { name: 'email' as const, id: `${id}-email` },
          { name: 'password' as const, id: `${id}-wachtwoord` },
        ]
      : []),
    { name: 'roles', id: `${id}-rollen-0` },
    { name: 'organisationIds', id: `${id}-organisaties-0` },
    ...(creating
      ? []
      : [
          { name: 'active' as const, id: `${id}-actief` },
          { name: 'password' as const, id: `${id}-wachtwoord` },
        ]),
  ];
}

interface UserFormProps {
  /** The user to change; without one, the form adds a new user. */
  user?: User;
  organisations: Organisation[];
}

/**
 * Adds a user (name, e-mail address, password, roles, organisations) or changes one (name,
 * roles, organisations, active, and a new password if typed). The e-mail address of an
 * existing user cannot change.
 */
export function UserForm({ user, organisations }: UserFormProps) {
  const creating = user === undefined;
  const id = creating ? 'nieuwe-gebruiker' : 'gebruiker';
  const fields = fieldsOf(id, creating);
  const saveUser = useSaveUser(user?.id);
  const [focusSignal, setFocusSignal] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<UserFormInput, unknown, UserFormOutput>({
    resolver: zodResolver(userFormSchema(creating ? 'create' : 'edit')),
    defaultValues: userFormDefaults(user),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  // An organisation the user belongs to is listed even if the list does not have it (yet).
  const organisationOptions = [
    ...organisations.map((o) => ({ value: o.id, label: o.name })),
    ...(user?.organisations ?? [])
      .filter((o) => !organisations.some((known) => known.id === o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ];

  const onValid = async (values: UserFormOutput) => {
    setStatus(null);
    setServerMessage(null);
    setUnmatched([]);
    try {
      const saved = await saveUser.mutateAsync(
        creating ? createUserBody(values) : updateUserBody(values),
      );
      if (creating) {
        form.reset(userFormDefaults());
        setStatus(usersTexts.create.created(saved.name));
      } else {
        form.reset({ ...values, password: '' });
        setStatus(usersTexts.edit.saved);
      }
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

  const passwordField = (
    <TextField
      id={`${id}-wachtwoord`}
      label={creating ? texts.password : texts.newPassword}
      description={creating ? texts.passwordHint : texts.newPasswordHint}
      type="password"
      autoComplete="new-password"
      error={errors.password?.message}
      {...form.register('password')}
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
        aria-labelledby={creating ? `${id}-titel` : undefined}
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
      >
        <TextField
          id={`${id}-naam`}
          label={texts.name}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
        />
        {creating ? (
          <>
            <TextField
              id={`${id}-email`}
              label={texts.email}
              type="email"
              autoComplete="off"
              spellCheck={false}
              error={errors.email?.message}
              {...form.register('email')}
            />
            {passwordField}
          </>
        ) : null}
        <Controller
          control={form.control}
          name="roles"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${id}-rollen`}
              legend={texts.roles}
              description={texts.rolesHint}
              options={roleOptions}
              error={fieldState.error?.message}
              {...field}
            />
          )}
        />
        <Controller
          control={form.control}
          name="organisationIds"
          render={({ field, fieldState }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${id}-organisaties`}
              legend={texts.organisations}
              description={texts.organisationsHint}
              options={organisationOptions}
              error={fieldState.error?.message}
              emptyText={texts.noOrganisations}
              {...field}
            />
          )}
        />
        {creating ? null : (
          <>
            <CheckboxField
              id={`${id}-actief`}
              label={texts.active}
              description={texts.activeHint}
              error={errors.active?.message}
              {...form.register('active')}
            />
            {passwordField}
          </>
        )}
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {creating ? usersTexts.create.submit : usersTexts.edit.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
