import { describe, expect, it } from 'vitest';
import { startupBanner } from './startup-banner.ts';

const config = { PUBLIC_URL: undefined, DATA_DIR: './data' };

describe('the start-up banner', () => {
  it('is one line with the address and the database when there is no demo', () => {
    expect(startupBanner({ config, port: 8080, databaseKind: 'pglite', demo: null })).toBe(
      'Samenredzaam runs on http://localhost:8080 (embedded database in ./data)',
    );
  });

  it('shows PUBLIC_URL when set, and never the address of a PostgreSQL server', () => {
    expect(
      startupBanner({
        config: { PUBLIC_URL: 'https://subsidie.maastricht.example/', DATA_DIR: './data' },
        port: 8080,
        databaseKind: 'postgresql',
        demo: null,
      }),
    ).toBe('Samenredzaam runs on https://subsidie.maastricht.example (PostgreSQL)');
  });

  it('lists the demo accounts with their role and password under that line', () => {
    const banner = startupBanner({
      config,
      port: 18080,
      databaseKind: 'pglite',
      demo: {
        password: 'samenredzaam-demo',
        accounts: [
          { email: 'policy_officer@demo.example', role: 'Beleidsmedewerker' },
          {
            email: 'applicant@demo.example',
            role: 'Aanvrager (organisatie) – Stichting Huiskamer De Lindeboom',
          },
        ],
      },
    });
    expect(banner.split('\n')).toEqual([
      'Samenredzaam runs on http://localhost:18080 (embedded database in ./data)',
      'Demo municipality: log in with one of these accounts, password samenredzaam-demo',
      '  account                      role',
      '  policy_officer@demo.example  Beleidsmedewerker',
      '  applicant@demo.example       Aanvrager (organisatie) – Stichting Huiskamer De Lindeboom',
    ]);
  });
});
