// zod/mini: the login page reads the option and the error codes (see auth.schemas.ts).
import * as z from 'zod/mini';

/** Whether the login page offers logging in at the organisation's own identity provider. */
export const oidcLoginOptionSchema = z.object({
  enabled: z.boolean(),
  /** The button's text, e.g. "Inloggen met uw organisatie-account"; null when off. */
  label: z.nullable(z.string()),
});
export type OidcLoginOption = z.infer<typeof oidcLoginOptionSchema>;

/**
 * Why a login at the identity provider did not lead to a session. The callback sends the
 * browser to the login page with one of these codes (`/inloggen?fout=…`), which the page
 * shows as a Dutch message.
 */
export const oidcLoginErrorSchema = z.enum([
  /** The provider could not be reached (discovery, token or userinfo request). */
  'OIDC_UNAVAILABLE',
  /** No login under way in this browser, or it took longer than ten minutes. */
  'OIDC_EXPIRED',
  /** State, nonce, PKCE or the ID token did not check out, or the provider refused the code. */
  'OIDC_FAILED',
  /** The person stopped at the provider (access_denied). */
  'OIDC_CANCELLED',
  /** The provider gave no e-mail address, or said it is not verified. */
  'OIDC_NO_VERIFIED_EMAIL',
  /** No account in the product has this e-mail address: the administrator must make one. */
  'OIDC_UNKNOWN_ACCOUNT',
  /** The product's account is deactivated. */
  'OIDC_ACCOUNT_INACTIVE',
  /** The product's account is already linked to another account at this provider. */
  'OIDC_LINKED_TO_OTHER',
]);
export type OidcLoginError = z.infer<typeof oidcLoginErrorSchema>;

/** Logging out of a session that began at the provider: the browser goes on to log out there. */
export const logoutHandoverSchema = z.object({ endSessionUrl: z.url() });
export type LogoutHandover = z.infer<typeof logoutHandoverSchema>;

/** Query of GET /api/auth/oidc/login: where to go after logging in (a path of this site). */
export const oidcLoginQuerySchema = z.object({
  terug: z.catch(
    z.optional(z.string().check(z.maxLength(2000), z.regex(/^\/(?![/\\])/))),
    undefined,
  ),
});
