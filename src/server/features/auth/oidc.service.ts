/**
 * Logging in at an OpenID Connect provider (the municipality's Entra ID or Keycloak, or an
 * eHerkenning/DigiD broker): the standard authorization-code flow with PKCE, state and nonce,
 * and nothing specific to one provider. The product keeps deciding who may do what: a person
 * gets in only as a user the administrator made, found by the provider's account (issuer and
 * subject) or, the first time, by a verified e-mail address (docs/oidc-login.md).
 */
import { hashToken, newToken } from '../../platform/tokens.ts';
import * as client from 'openid-client';
import { normaliseEmail } from '../../../domain/email.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { type OidcSettings, isLoopbackUrl } from '../../platform/config.ts';
import * as authRepo from './auth.repository.ts';
import { openSession } from './auth.service.ts';
import * as repo from './oidc.repository.ts';
import type { OidcLoginError } from './oidc.schemas.ts';
import type { PublicUseCaseContext } from '../../platform/use-case.ts';

/** How long a person may take at the provider before the callback is refused. */
export const LOGIN_ATTEMPT_MINUTES = 10;
/** The provider's metadata is discovered again after this time (keys are refreshed anyway). */
const DISCOVERY_HOURS = 24;
/** A provider that does not answer within this time counts as unavailable. */
const REQUEST_TIMEOUT_SECONDS = 10;

/** A login at the provider that leads to no session, with the code the login page explains. */
export class OidcLoginFailure extends Error {
  readonly code: OidcLoginError;

  constructor(code: OidcLoginError, options?: { cause?: unknown }) {
    super(code, options);
    this.name = 'OidcLoginFailure';
    this.code = code;
  }
}

/**
 * The connection to the provider. Its metadata is discovered at the first login, not at
 * start-up, so a provider that is down does not keep the product from starting; a failed
 * discovery is tried again at the next login.
 */
export class OidcProvider {
  readonly settings: OidcSettings;
  #discovered: { configuration: Promise<client.Configuration>; at: number } | null = null;

  constructor(settings: OidcSettings) {
    this.settings = settings;
  }

  configuration(now: Date): Promise<client.Configuration> {
    const current = this.#discovered;
    if (current && now.getTime() - current.at < DISCOVERY_HOURS * 3600_000) {
      return current.configuration;
    }
    const configuration = this.#discover().catch((error: unknown) => {
      if (this.#discovered?.configuration === configuration) this.#discovered = null;
      throw new OidcLoginFailure('OIDC_UNAVAILABLE', { cause: error });
    });
    this.#discovered = { configuration, at: now.getTime() };
    return configuration;
  }

  #discover(): Promise<client.Configuration> {
    const { issuer, clientId, clientSecret } = this.settings;
    return client.discovery(
      issuer,
      clientId,
      undefined,
      // Basic is the method every provider must support (RFC 6749 2.3.1); a public client
      // has no secret and proves itself with PKCE alone.
      clientSecret ? client.ClientSecretBasic(clientSecret) : client.None(),
      {
        timeout: REQUEST_TIMEOUT_SECONDS,
        // Plain http only to this machine itself: the configuration refuses it elsewhere.
        execute:
          issuer.protocol === 'http:' && isLoopbackUrl(issuer)
            ? [client.allowInsecureRequests]
            : [],
      },
    );
  }
}

export interface BegunLogin {
  /** The browser keeps this in a short-lived cookie; the database keeps only its hash. */
  handle: string;
  authorizationUrl: URL;
}

/** Sends the person to the provider: PKCE (S256), state and nonce, kept for the callback. */
export async function beginLogin(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { provider, returnTo }: { provider: OidcProvider; returnTo: string | undefined },
): Promise<BegunLogin> {
  const configuration = await provider.configuration(now);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const handle = newToken();
  await repo.insertLoginAttempt(
    db,
    {
      handleHash: hashToken(handle),
      state,
      nonce,
      codeVerifier,
      returnTo: returnTo ?? null,
      expiresAt: new Date(now.getTime() + LOGIN_ATTEMPT_MINUTES * 60_000),
    },
    now,
  );
  const authorizationUrl = client.buildAuthorizationUrl(configuration, {
    redirect_uri: provider.settings.redirectUri.href,
    scope: provider.settings.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { handle, authorizationUrl };
}

export interface CompletedLogin {
  token: string;
  expiresAt: Date;
  /** A path of this site the person asked for before logging in. */
  returnTo: string | null;
}

/**
 * The provider sent the person back: checks state, PKCE and nonce by redeeming the code,
 * finds the user the account belongs to (linking it the first time) and opens the product's
 * own session, audited in the same transaction.
 */
export async function completeLogin(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  {
    provider,
    ...options
  }: { provider: OidcProvider; handle: string | undefined; query: string; sessionHours: number },
): Promise<CompletedLogin> {
  const attempt = options.handle
    ? await repo.takeLoginAttempt(db, hashToken(options.handle), now)
    : undefined;
  if (!attempt) throw new OidcLoginFailure('OIDC_EXPIRED');
  const configuration = await provider.configuration(now);

  // The address the provider sent the browser to, as registered there: behind a proxy the
  // request's own protocol and host may differ.
  const callbackUrl = new URL(provider.settings.redirectUri);
  callbackUrl.search = options.query;
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  let claims: client.IDToken;
  try {
    tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    const idTokenClaims = tokens.claims();
    if (!idTokenClaims || !tokens.id_token) throw new OidcLoginFailure('OIDC_FAILED');
    claims = idTokenClaims;
  } catch (error) {
    throw asLoginFailure(error);
  }
  const issuer = claims.iss;
  const subject = claims.sub;
  const idToken = tokens.id_token;

  let user = await repo.findLinkedUser(db, issuer, subject);
  const firstLogin = !user;
  if (!user) {
    const email = await verifiedEmail(configuration, tokens.access_token, claims);
    user = await repo.findUserByEmail(db, normaliseEmail(email));
    if (!user) {
      // Nothing of the address is kept: the row says only that a login without an account
      // failed, and goes after 90 days like a failed password login for an unknown address.
      await authRepo.auditUnknownAddressLoginFailure(db);
      throw new OidcLoginFailure('OIDC_UNKNOWN_ACCOUNT');
    }
  }
  const found = user;
  const actor = actorOf(found);
  if (!found.active) {
    await changeWithAudit(db, actor, async (_tx, audit) => {
      await audit({
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: found.id,
        after: { method: 'oidc', issuer },
      });
    });
    throw new OidcLoginFailure('OIDC_ACCOUNT_INACTIVE');
  }

  const session = await changeWithAudit(db, actor, async (tx, audit) => {
    if (firstLogin) {
      const linked = await repo.linkIdentity(tx, { issuer, subject, userId: found.id, at: now });
      // The user is linked to another account at this provider (or this account was linked
      // a moment ago): an e-mail address alone never moves a link.
      if (!linked) throw new OidcLoginFailure('OIDC_LINKED_TO_OTHER');
      await audit({
        action: 'auth.oidc_linked',
        entityType: 'user',
        entityId: found.id,
        after: { issuer },
      });
    }
    await repo.recordIdentityLogin(tx, issuer, subject, now);
    const opened = await openSession(
      { db: tx, now },
      { userId: found.id, sessionHours: options.sessionHours },
    );
    await repo.insertOidcSession(tx, { sessionTokenHash: opened.tokenHash, issuer, idToken });
    await audit({
      action: 'auth.login',
      entityType: 'user',
      entityId: found.id,
      after: { method: 'oidc', issuer },
    });
    return opened;
  });
  return { token: session.token, expiresAt: session.expiresAt, returnTo: attempt.returnTo };
}

/**
 * Where the browser goes to log out at the provider too (RP-initiated logout), for a session
 * that began there; null for a password login, or a provider without an end-session endpoint
 * or out of reach (the product's own session ends all the same).
 */
export async function endSessionUrl(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { provider, sessionTokenHash }: { provider: OidcProvider; sessionTokenHash: string },
): Promise<URL | null> {
  const session = await repo.findOidcSession(db, sessionTokenHash);
  if (!session) return null;
  const configuration = await provider.configuration(now);
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(configuration, {
    id_token_hint: session.idToken,
    post_logout_redirect_uri: provider.settings.postLogoutRedirectUri.href,
  });
}

/**
 * The e-mail address the provider vouches for: from the ID token, or else from the userinfo
 * endpoint (many providers put only the subject in the ID token). An address the provider
 * marks as not verified is not used; one without the mark is (Entra ID sends none).
 */
async function verifiedEmail(
  configuration: client.Configuration,
  accessToken: string,
  claims: client.IDToken,
): Promise<string> {
  let source: Record<string, unknown> = claims;
  if (typeof claims.email !== 'string' && configuration.serverMetadata().userinfo_endpoint) {
    try {
      source = await client.fetchUserInfo(configuration, accessToken, claims.sub);
    } catch (error) {
      throw asLoginFailure(error);
    }
  }
  const email = source.email;
  const verified = source.email_verified;
  if (
    typeof email !== 'string' ||
    email.trim() === '' ||
    verified === false ||
    verified === 'false'
  ) {
    throw new OidcLoginFailure('OIDC_NO_VERIFIED_EMAIL');
  }
  return email;
}

function actorOf(user: { id: string; email: string }): Actor {
  return {
    kind: 'user',
    userId: user.id,
    email: user.email,
    roles: [],
    organisationIds: [],
    provisionIds: [],
  };
}

/** What went wrong at the provider, as the login page explains it. */
function asLoginFailure(error: unknown): OidcLoginFailure {
  if (error instanceof OidcLoginFailure) return error;
  if (error instanceof client.AuthorizationResponseError) {
    return new OidcLoginFailure(
      error.error === 'access_denied' ? 'OIDC_CANCELLED' : 'OIDC_FAILED',
      {
        cause: error,
      },
    );
  }
  if (isUnreachable(error)) return new OidcLoginFailure('OIDC_UNAVAILABLE', { cause: error });
  return new OidcLoginFailure('OIDC_FAILED', { cause: error });
}

/** No answer, a timeout, or a server error at the provider: not the person's fault. */
function isUnreachable(error: unknown): boolean {
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  if (error instanceof DOMException && ['TimeoutError', 'AbortError'].includes(error.name))
    return true;
  if (error instanceof client.ResponseBodyError) return error.status >= 500;
  if (error instanceof client.ClientError && error.cause instanceof Response) {
    return error.cause.status >= 500;
  }
  return false;
}

/**
 * A description of a failure that may be logged: names, codes and the library's fixed
 * messages, never a token, a claim or the provider's free text.
 */
export function failureSummary(failure: OidcLoginFailure): Record<string, string | number> {
  const summary: Record<string, string | number> = { code: failure.code };
  const cause = failure.cause;
  if (cause instanceof Error) {
    summary.cause = cause.name;
    const causeCode = (cause as { code?: unknown }).code;
    if (typeof causeCode === 'string') summary.causeCode = causeCode;
    if (
      cause instanceof client.AuthorizationResponseError ||
      cause instanceof client.ResponseBodyError
    ) {
      // An OAuth error code; anything else in that place is not repeated.
      if (/^[a-z_]{1,64}$/.test(cause.error)) summary.providerError = cause.error;
    }
    if (cause instanceof client.ResponseBodyError) summary.status = cause.status;
  }
  return summary;
}
