/** Schemas of inviting colleagues into an organisation, shared with the web app. */
import { z } from 'zod';
import { emailSchema } from '../../../domain/email.ts';

export const invitationBodySchema = z.object({ email: emailSchema });
export type InvitationBody = z.input<typeof invitationBodySchema>;

export const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
  acceptedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

export const invitationLookupSchema = z.object({
  organisationName: z.string(),
  email: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
  /** Whether an account with this e-mail address exists already (then: log in to accept). */
  accountExists: z.boolean(),
});
export type InvitationLookup = z.infer<typeof invitationLookupSchema>;

export const acceptInvitationBodySchema = z.object({
  name: z.string().trim().min(1, { message: 'Vul uw naam in.' }).max(200).optional(),
  password: z
    .string()
    .min(12, { message: 'Het wachtwoord moet minstens 12 tekens lang zijn.' })
    .max(256)
    .optional(),
});
export type AcceptInvitationBody = z.input<typeof acceptInvitationBodySchema>;

/** The organisation the accepted invitation made the user an applicant of. */
export const acceptedInvitationSchema = z.object({ organisationId: z.uuid() });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;

export const invitationParamsSchema = z.object({ token: z.string().min(20).max(100) });
