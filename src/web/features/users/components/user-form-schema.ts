import { z } from 'zod';
import {
  createUserBodySchema,
  updateUserBodySchema,
  type CreateUserBody,
  type UpdateUserBody,
  type User,
} from '../../../../server/features/users/users.schemas.ts';

const { shape: create } = createUserBodySchema;
const newPassword = updateUserBodySchema.shape.password.unwrap();

/** An empty field keeps the current password; anything else must be a valid new one. */
const optionalNewPassword = z.string().superRefine((value, ctx) => {
  if (value === '') return;
  const result = newPassword.safeParse(value);
  if (!result.success)
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message });
});

/**
 * The user form's schema, made of the API's own field schemas (and so their Dutch messages).
 * Adding a user needs an e-mail address and a password; changing one keeps the address (it
 * cannot change) and the password unless a new one is typed.
 */
export function userFormSchema(mode: 'create' | 'edit') {
  return z.object({
    name: create.name,
    email: mode === 'create' ? create.email : z.string(),
    password: mode === 'create' ? create.password : optionalNewPassword,
    roles: create.roles,
    organisationIds: z.array(z.uuid()),
    active: z.boolean(),
  });
}

export type UserFormInput = z.input<ReturnType<typeof userFormSchema>>;
export type UserFormOutput = z.output<ReturnType<typeof userFormSchema>>;

/** The form's first values: empty for a new user, the user's own for an existing one. */
export function userFormDefaults(user?: User): UserFormInput {
  if (!user)
    return { name: '', email: '', password: '', roles: [], organisationIds: [], active: true };
  return {
    name: user.name,
    email: user.email,
    password: '',
    roles: user.roles,
    organisationIds: user.organisations.map((o) => o.id),
    active: user.active,
  };
}

/** The body that adds a user (new users are active). */
export function createUserBody({
  email,
  name,
  password,
  roles,
  organisationIds,
}: UserFormOutput): CreateUserBody {
  return { email, name, password, roles, organisationIds };
}

/** The body that changes a user: the password only when a new one was typed. */
export function updateUserBody({
  name,
  roles,
  organisationIds,
  active,
  password,
}: UserFormOutput): UpdateUserBody {
  return password
    ? { name, roles, organisationIds, active, password }
    : { name, roles, organisationIds, active };
}
