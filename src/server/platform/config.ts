import { z } from 'zod';

/** The demo municipality's address for objections, printed in its letters. */
export const DEFAULT_OBJECTION_ADDRESS = 'Postbus 0000, 6200 AA Maastricht (demo)';

/**
 * Login through an OpenID Connect provider (docs/oidc-login.md). Off while none of these is
 * set; the scopes and the button's text have their defaults in `oidcSettings`.
 */
const oidcEnv = {
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  /** Without a secret the client is public and relies on PKCE alone. */
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URI: z.url().optional(),
  OIDC_SCOPES: z.string().min(1).optional(),
  OIDC_LOGIN_LABEL: z.string().trim().min(1).max(80).optional(),
};

/** All configuration comes from the environment; see the table in README.md. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Only this machine by default; set HOST=0.0.0.0 (or an address) to serve the network. */
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().min(1).optional(),
  SESSION_HOURS: z.coerce.number().positive().default(10),
  MUNICIPALITY_NAME: z.string().min(1).optional(),
  PUBLIC_URL: z.url().optional(),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Requests are logged at `debug`; the default `info` keeps the terminal quiet. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `text`: one readable line per entry; `json`: pino's JSON lines, for a log collector. */
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  DEMO: z.enum(['auto', 'off']).default('auto'),
  SMTP_URL: z.string().min(1).optional(),
  MAIL_FROM: z.string().min(3).default('Samenredzaam <noreply@samenredzaam.example>'),
  /** Attachments larger than this are refused (bytes). */
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** The attachments of one application together may not be larger than this (bytes). */
  APPLICATION_ATTACHMENTS_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(100 * 1024 * 1024),
  /** Files of Wmo allocations (iWmo messages, CSV, zip) larger than this are refused (bytes). */
  WMO_IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  SCHEDULER: z.enum(['on', 'off']).default('on'),
  /** Where objections (bezwaarschriften) are sent; printed in every decision. */
  OBJECTION_ADDRESS: z.string().min(3).default(DEFAULT_OBJECTION_ADDRESS),
  /**
   * The key of the BSN pseudonyms (HMAC-SHA-256). Without it, the embedded database keeps a
   * generated key in PSEUDONYM_KEY_FILE; on PostgreSQL no BSN can be recorded until it is set.
   */
  SAMENREDZAAM_PSEUDONYM_KEY: z
    .string()
    .min(32, { message: 'use at least 32 random characters (openssl rand -hex 32)' })
    .optional(),
  /**
   * The embedded database's own pseudonym key (when SAMENREDZAAM_PSEUDONYM_KEY is not set):
   * a file outside DATA_DIR, so that a copy of the data folder holds no key.
   */
  PSEUDONYM_KEY_FILE: z.string().min(1).default('./secrets/pseudonym.key'),
  /** Participant data is erased this many months after the participant left. */
  PARTICIPANT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /**
   * How long a referral that led to no participation keeps the resident's details: after
   * the decline, or after the referral while nobody decided (it then expires).
   */
  REFERRAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(24).default(3),
  /**
   * A Wmo allocation is deleted this many months after its end date (an allocation without
   * an end date stays); it is needed for the matching only while it runs.
   */
  WMO_ALLOCATION_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** A closed double-financing signal is deleted, with its history, this many months later. */
  SIGNAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** How long a participant's questionnaire link works. */
  QUESTIONNAIRE_LINK_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  ...oidcEnv,
});

export type Config = z.infer<typeof envSchema>;

/** The address people use to reach this installation, for links in e-mails. */
export function publicUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

export function mailSettings(config: Config) {
  return { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain http is allowed only to this machine itself (a provider for development or tests). */
export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** Either a complete OpenID Connect configuration, or none of it. */
function checkOidcEnv(env: Config, ctx: z.RefinementCtx) {
  const set = (Object.keys(oidcEnv) as (keyof typeof oidcEnv)[]).filter((key) => env[key]);
  if (set.length === 0) return;
  const problem = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message });
  const because = `required when ${set.join(', ')} is set`;
  if (!env.OIDC_ISSUER) problem('OIDC_ISSUER', because);
  else {
    const issuer = new URL(env.OIDC_ISSUER);
    if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && isLoopbackUrl(issuer))) {
      problem('OIDC_ISSUER', 'must be an https:// address');
    }
  }
  if (!env.OIDC_CLIENT_ID) problem('OIDC_CLIENT_ID', because);
  if (!env.OIDC_REDIRECT_URI && !env.PUBLIC_URL) {
    problem('OIDC_REDIRECT_URI', 'set it, or PUBLIC_URL to derive it from');
  }
  if (env.OIDC_SCOPES && !env.OIDC_SCOPES.split(/\s+/).includes('openid')) {
    problem('OIDC_SCOPES', 'must include openid');
  }
}

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

/** Login through an OpenID Connect provider, as configured. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  /** Undefined: a public client, protected by PKCE alone. */
  clientSecret: string | undefined;
  redirectUri: URL;
  /** Where the provider sends the browser after logging out there: the login page. */
  postLogoutRedirectUri: URL;
  scopes: string;
  loginLabel: string;
}

/** The OpenID Connect login as configured; null when it is off. */
export function oidcSettings(config: Config): OidcSettings | null {
  if (!config.OIDC_ISSUER || !config.OIDC_CLIENT_ID) return null;
  const base = config.OIDC_REDIRECT_URI
    ? new URL(config.OIDC_REDIRECT_URI).origin
    : publicUrl(config);
  return {
    issuer: new URL(config.OIDC_ISSUER),
    clientId: config.OIDC_CLIENT_ID,
    clientSecret: config.OIDC_CLIENT_SECRET,
    redirectUri: new URL(config.OIDC_REDIRECT_URI ?? `${base}${OIDC_CALLBACK_PATH}`),
    postLogoutRedirectUri: new URL(`${base}/inloggen?uitgelogd=true`),
    scopes: config.OIDC_SCOPES ?? 'openid email profile',
    loginLabel: config.OIDC_LOGIN_LABEL ?? 'Inloggen met uw organisatie-account',
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema
    .superRefine(checkOidcEnv)
    .safeParse(
      Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
    );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `Configuration error in ${String(issue?.path.join('.'))}: ${issue?.message ?? 'invalid value'}`,
    );
  }
  return parsed.data;
}
