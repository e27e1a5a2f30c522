/**
 * What `npm start` prints once the server listens: one line with the address, and on the
 * demo municipality the accounts to log in with. Nothing else reaches the terminal at the
 * default LOG_LEVEL unless something goes wrong.
 */
import type { DemoLogins } from './demo/demo-accounts.ts';
import type { Config } from './platform/config.ts';
import type { DatabaseKind } from './platform/db/database.ts';

export interface StartupFacts {
  config: Pick<Config, 'PUBLIC_URL' | 'DATA_DIR'>;
  /** The port the server really listens on (PORT=0 picks a free one). */
  port: number;
  databaseKind: DatabaseKind;
  demo: DemoLogins | null;
}

/** The address to open: PUBLIC_URL when set, else this machine on the listening port. */
export function startupUrl(facts: Pick<StartupFacts, 'config' | 'port'>): string {
  return (facts.config.PUBLIC_URL ?? `http://localhost:${facts.port}`).replace(/\/$/, '');
}

function databaseText(facts: StartupFacts): string {
  // Never the DATABASE_URL itself: it may hold a password.
  return facts.databaseKind === 'postgresql'
    ? 'PostgreSQL'
    : `embedded database in ${facts.config.DATA_DIR}`;
}

export function startupBanner(facts: StartupFacts): string {
  const lines = [`Samenredzaam runs on ${startupUrl(facts)} (${databaseText(facts)})`];
  if (facts.demo) {
    const width = Math.max('account'.length, ...facts.demo.accounts.map((a) => a.email.length));
    lines.push(
      `Demo municipality: log in with one of these accounts, password ${facts.demo.password}`,
      `  ${'account'.padEnd(width)}  role`,
      ...facts.demo.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.role}`),
    );
  }
  return lines.join('\n');
}
