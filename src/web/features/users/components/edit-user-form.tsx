import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import {
  updateUserBodySchema,
  type UpdateUserBody,
  type User,
} from '../../../../server/features/users/users.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useUpdateUser } from '../api/users-api.ts';
import { usersTexts } from '../texts.ts';
import { roleOptions } from './role-options.ts';

const newPassword = updateUserBodySchema.shape.password.unwrap();

/**
 * The API's update body, with everything but the password required; an empty password field
 * means "keep the current password".
 */
const editUserFormSchema = updateUserBodySchema
  .required({ name: true, roles: true, organisationIds: true, active: true })
  .extend({
    password: z.string().superRefine((value, ctx) => {
      if (value === '') return;
      const result = newPassword.safeParse(value);
      if (!result.success)
        for (const issue of result.error.issues)
          ctx.addIssue({ code: 'custom', message: issue.message });
    }),
  });

type FormInput = z.input<typeof editUserFormSchema>;
type FormOutput = z.output<typeof editUserFormSchema>;

const ID = 'gebruiker';
const fields: FieldSpec<FormInput>[] = [
  { name: 'name', id: `${ID}-naam` },
  { name: 'roles', id: `${ID}-rollen-0` },
  { name: 'organisationIds', id: `${ID}-organisaties-0` },
  { name: 'active', id: `${ID}-actief` },
  { name: 'password', id: `${ID}-wachtwoord` },
];

export function EditUserForm({
  user,
  organisations,
}: {
  user: User;
  organisations: Organisation[];
}) {
  const updateUser = useUpdateUser(user.id);
  const [focusSignal, setFocusSignal] = useState(0);
  const [saved, setSaved] = useState(false);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(editUserFormSchema),
    defaultValues: {
      name: user.name,
      roles: user.roles,
      organisationIds: user.organisations.map((o) => o.id),
      active: user.active,
      password: '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const texts = usersTexts.fields;

  // An organisation the user belongs to is listed even if the list does not have it (yet).
  const options = [
    ...organisations.map((o) => ({ value: o.id, label: o.name })),
    ...user.organisations
      .filter((o) => !organisations.some((known) => known.id === o.id))
      .map((o) => ({ value: o.id, label: o.name })),
  ];

  const onValid = async ({ password, ...values }: FormOutput) => {
    setSaved(false);
    setServerMessage(null);
    setUnmatched([]);
    const body: UpdateUserBody = password ? { ...values, password } : values;
    try {
      await updateUser.mutateAsync(body);
      form.reset({ ...values, password: '' });
      setSaved(true);
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
      <StatusMessage>{saved ? usersTexts.edit.saved : null}</StatusMessage>
      <ErrorMessage>{serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
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
        <TextField
          id={`${ID}-naam`}
          label={texts.name}
          autoComplete="off"
          error={errors.name?.message}
          {...form.register('name')}
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
              options={options}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldState.error?.message}
              emptyText={texts.noOrganisations}
            />
          )}
        />
        <CheckboxField
          id={`${ID}-actief`}
          label={texts.active}
          description={texts.activeHint}
          error={errors.active?.message}
          {...form.register('active')}
        />
        <TextField
          id={`${ID}-wachtwoord`}
          label={texts.newPassword}
          description={texts.newPasswordHint}
          type="password"
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {usersTexts.edit.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
