import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FundBooking } from '../../../../server/features/fund/fund.schemas.ts';
import { CorrectionForm, DepositForm } from './fund-forms.tsx';

const CREATED = { id: '8e3c6051-bf4d-4a01-8c43-5d6e7f8091a2' };
const DEPOSIT_ID = '5b0f3f2e-8c1a-4d7e-9f10-2a3b4c5d6e7f';

const booking = (over: Partial<FundBooking>): FundBooking => ({
  id: DEPOSIT_ID,
  kind: 'deposit',
  amountCents: 50_000_000,
  sourceYear: 2024,
  description: null,
  correctsId: null,
  correctsKind: null,
  reason: null,
  grantReference: null,
  bookedByName: 'Petra Lemmens',
  bookedAt: '2026-05-14T08:00:00.000Z',
  approvedByName: 'Ruud Vroemen',
  approvedAt: '2026-05-15T07:30:00.000Z',
  pending: false,
  bookedByYou: false,
  ...over,
});

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

describe('proposing a deposit', () => {
  it('asks for the amount and a source before anything is sent', async () => {
    const calls = answerWith(CREATED);
    wrap(<DepositForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Storting voorstellen' }));
    // Each message in the summary and beside its field.
    expect(await screen.findAllByText('Vul een bedrag in.')).toHaveLength(2);
    await userEvent.type(screen.getByRole('textbox', { name: 'Bedrag' }), '50.000,00');
    await userEvent.click(screen.getByRole('button', { name: 'Storting voorstellen' }));
    expect(
      await screen.findAllByText(
        'Vul de bron van de storting in: het jaar van het jaarrekeningresultaat of een omschrijving van de andere bron.',
      ),
    ).toHaveLength(2);
    expect(calls).toEqual([]);
  });

  it('sends the amount in cents with its other source, and says a colleague must approve', async () => {
    const calls = answerWith(CREATED);
    wrap(<DepositForm />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Bedrag' }), '50.000,00');
    await userEvent.type(
      screen.getByRole('textbox', { name: /^Omschrijving van de bron/ }),
      'Bijdrage zorgverzekeraar',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Storting voorstellen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      method: 'POST',
      url: '/api/fund/deposits',
      body: { amountCents: 5_000_000, sourceYear: null, description: 'Bijdrage zorgverzekeraar' },
    });
    expect(
      await screen.findByText('De storting is voorgesteld. Een collega moet haar nog goedkeuren.'),
    ).toBeTruthy();
  });
});

describe('proposing a correction', () => {
  it('offers only bookings that count, and shows the refusal of the server beside the amount', async () => {
    const calls = answerWith(
      {
        code: 'FUND_BOOKING_REFUSED',
        message:
          'Deze boeking maakt het vrij te besteden saldo negatief: er is nog € 1.000,00 vrij.',
        fields: [
          {
            path: 'amountCents',
            message:
              'Deze boeking maakt het vrij te besteden saldo negatief: er is nog € 1.000,00 vrij.',
          },
        ],
      },
      409,
    );
    wrap(
      <CorrectionForm
        bookings={[
          booking({}),
          booking({
            id: '6c1a4e3f-9d2b-4e8f-8a21-3b4c5d6e7f80',
            amountCents: 5_000_000,
            sourceYear: null,
            description: 'Bijdrage zorgverzekeraar',
            pending: true,
          }),
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Boeking die u corrigeert' });
    expect(
      [...(select as HTMLSelectElement).options].map((o) => o.text.replaceAll('\u00a0', ' ')),
    ).toEqual(['Kies een boeking', 'Storting € 500.000,00 — Jaarrekeningresultaat 2024']);
    await userEvent.selectOptions(select, DEPOSIT_ID);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Bedrag van de correctie' }),
      '499.500',
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Reden' }), 'Dubbel geboekt');
    await userEvent.click(screen.getByRole('button', { name: 'Correctie voorstellen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      method: 'POST',
      url: '/api/fund/corrections',
      body: { correctsId: DEPOSIT_ID, amountCents: 49_950_000, reason: 'Dubbel geboekt' },
    });
    expect(
      await screen.findAllByText(
        'Deze boeking maakt het vrij te besteden saldo negatief: er is nog € 1.000,00 vrij.',
      ),
    ).toHaveLength(2);
  });
});
