import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GrantChange } from '../../../../server/features/grant-changes/grant-changes.schemas.ts';
import type { Grant } from '../../../../server/features/grants/grants.schemas.ts';
import { LowerGrantForm, RequestChangeForm } from './grant-changes.tsx';

const GRANT_ID = '5b0f3f2e-8c1a-4d7e-9f10-2a3b4c5d6e7f';

const grant: Grant = {
  id: GRANT_ID,
  reference: 'SB-2025-0004',
  applicationId: '6c1a4e3f-9d2b-4e8f-8a21-3b4c5d6e7f80',
  organisationName: 'Stichting Ontmoetingshuis Heer',
  provisionName: 'Huiskamer Heer',
  roundId: '7d2b5f40-ae3c-4f90-9b32-4c5d6e7f8091',
  roundName: 'Subsidieronde 2025',
  category: 'living_room',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  grantedCents: 1_000_000,
  paidCents: 0,
  status: 'granted',
  decisionReference: 'BS-2025-0005',
  accountabilityTier: 'activity_report',
  reportDueDay: '2026-04-01',
  scheduleKind: 'monthly',
  scheduleChangeable: true,
  terms: [],
  timeline: [],
};

const answer: GrantChange = {
  id: '8e3c6051-bf4d-4a01-8c43-5d6e7f8091a2',
  reference: 'WB-2026-0001',
  grantId: GRANT_ID,
  kind: 'lowering',
  status: 'decided',
  summary: 'verlaging.',
  explanation: null,
  requestedAt: null,
  requestedByName: null,
  ground: 'a',
  reasons: 'x',
  previousCents: 1_000_000,
  newCents: 750_000,
  excessCents: 0,
  reclaimDueDay: null,
  decidedAt: '2026-12-06T10:00:00.000Z',
  hasLetter: true,
  html: '<p>brief</p>',
};

function answerWith(body: unknown, status = 201) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      calls.push({ method: init.method ?? 'GET', url, body: JSON.parse(init.body as string) });
      return Promise.resolve(
        new Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return calls;
}

const wrap = (ui: React.ReactNode) =>
  render(
    <QueryClientProvider
      client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}
    >
      {ui}
    </QueryClientProvider>,
  );

afterEach(() => vi.unstubAllGlobals());

describe('lowering or withdrawing a grant', () => {
  it('names every missing choice before anything is sent', async () => {
    const calls = answerWith(answer);
    wrap(<LowerGrantForm grant={grant} />);
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    // Each message in the summary and beside its field.
    expect(await screen.findAllByText('Kies verlagen of intrekken.')).toHaveLength(2);
    expect(screen.getAllByText('Kies de grond uit artikel 4:48, eerste lid, Awb.')).toHaveLength(2);
    expect(
      screen.getAllByText('Motiveer het besluit in minstens 20 tekens (artikel 3:46 Awb).'),
    ).toHaveLength(2);
    expect(calls).toEqual([]);
  });

  it('asks for confirmation with the amounts, then sends the new amount in cents', async () => {
    const calls = answerWith(answer);
    wrap(<LowerGrantForm grant={grant} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Verlagen' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Nieuw bedrag' }), '7.500,00');
    await userEvent.click(
      screen.getByRole('radio', {
        name: /^Onder a: de activiteiten vinden niet of niet geheel plaats/,
      }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Motivering/ }),
      'De huiskamer was drie maanden dicht wegens een verbouwing.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Verder' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent?.replaceAll('\u00a0', ' ')).toContain(
      'Subsidie SB-2025-0004 wordt verlaagd van € 10.000,00 tot € 7.500,00.',
    );
    expect(calls).toEqual([]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Ja, besluit nemen en brief versturen', hidden: true }),
    );
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      method: 'POST',
      url: `/api/grants/${GRANT_ID}/lowering`,
      body: {
        kind: 'lowering',
        newCents: 750_000,
        ground: 'a',
        reasons: 'De huiskamer was drie maanden dicht wegens een verbouwing.',
      },
    });
    expect(
      await screen.findByText(
        'Het besluit WB-2026-0001 is genomen; de brief staat bij de wijzigingen.',
      ),
    ).toBeTruthy();
  });
});

describe('asking for a change', () => {
  it('sends a budget shift as the new amount of each line in cents', async () => {
    const calls = answerWith({ ...answer, kind: 'budget_shift', status: 'pending' });
    wrap(
      <RequestChangeForm
        grant={grant}
        budgetLines={[
          { label: 'Vaste lasten', description: 'Huur', cents: 600_000 },
          { label: 'Vrijwilligerskosten', description: '', cents: 400_000 },
        ]}
      />,
    );
    await userEvent.click(
      screen.getByRole('radio', { name: 'Bedragen verschuiven tussen begrotingsposten' }),
    );
    const rent = screen.getByRole('textbox', { name: /^Huur \(nu €\s6\.000,00\)/ });
    await userEvent.clear(rent);
    await userEvent.type(rent, '6.500,00');
    const volunteers = screen.getByRole('textbox', { name: /^Vrijwilligerskosten \(nu/ });
    await userEvent.clear(volunteers);
    await userEvent.type(volunteers, '3.500,00');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Toelichting/ }),
      'De huur is dit jaar verhoogd.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Wijziging aanvragen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({
      kind: 'budget_shift',
      budgetLines: [650_000, 350_000],
      explanation: 'De huur is dit jaar verhoogd.',
    });
  });
});
