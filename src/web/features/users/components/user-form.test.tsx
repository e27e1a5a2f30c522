import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import type { User } from '../../../../server/features/users/users.schemas.ts';
import { UserForm } from './user-form.tsx';

const ORGANISATION_ID = '2f1d6a52-3c1e-4b7e-9a51-6f0c2d9e8a11';
const USER_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const organisations: Organisation[] = [
  {
    id: ORGANISATION_ID,
    name: 'Buurthuis De Linde',
    kvkNumber: '12345678',
    street: 'Lindelaan 1',
    postcode: '1234 AB',
    city: 'Utrecht',
    iban: null,
    boardMembers: [],
    contactName: null,
    contactEmail: null,
    contactPhone: null,
    memberCount: 1,
    createdAt: '2026-01-02T10:00:00+01:00',
  },
];

const existing: User = {
  id: USER_ID,
  email: 'anna@demo.example',
  name: 'Anna de Vries',
  roles: ['applicant'],
  organisations: [{ id: ORGANISATION_ID, name: 'Buurthuis De Linde' }],
  active: true,
  createdAt: '2026-01-05T09:00:00+01:00',
};

/** Answers every request with this user, and remembers what was asked. */
function answerWith(user: User) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string, init: RequestInit) => {
      calls.push({ method: init.method ?? 'GET', url, body: JSON.parse(init.body as string) });
      return Promise.resolve(
        new Response(JSON.stringify(user), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return calls;
}

function renderForm(user?: User) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <UserForm user={user} organisations={organisations} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('UserForm for a new user', () => {
  it('asks for name, e-mail address, password, roles and organisations', () => {
    renderForm();
    expect(screen.getByRole('textbox', { name: 'Naam' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'E-mailadres' })).toBeTruthy();
    expect(screen.getByLabelText('Wachtwoord')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Rollen' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Buurthuis De Linde' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Actief' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Gebruiker toevoegen' })).toBeTruthy();
  });

  it('says in Dutch what is missing, beside each field and in the summary, and sends nothing', async () => {
    const calls = answerWith(existing);
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Wachtwoord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));

    const summary = await screen.findByRole('group', { name: 'Er is iets niet goed ingevuld' });
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Vul een naam in.',
      'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      'Het wachtwoord moet minstens 12 tekens lang zijn.',
      'Kies minstens één rol.',
    ]);
    const name = screen.getByRole('textbox', { name: 'Naam' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('nieuwe-gebruiker-naam-fout')?.textContent).toBe(
      'Fout: Vul een naam in.',
    );
    expect(calls).toEqual([]);
  });

  it('adds the user and empties the form', async () => {
    const calls = answerWith({ ...existing, name: 'Bram Jansen' });
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Bram Jansen');
    await user.type(screen.getByRole('textbox', { name: 'E-mailadres' }), ' Bram@Demo.Example ');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await user.click(screen.getByRole('checkbox', { name: 'Beoordelaar' }));
    await user.click(screen.getByRole('checkbox', { name: 'Aanvrager (organisatie)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Buurthuis De Linde' }));
    await user.click(screen.getByRole('button', { name: 'Gebruiker toevoegen' }));

    await screen.findByText('Gebruiker Bram Jansen is toegevoegd.');
    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/users',
        body: {
          email: 'bram@demo.example',
          name: 'Bram Jansen',
          password: 'een lange zin als wachtwoord',
          roles: ['assessor', 'applicant'],
          organisationIds: [ORGANISATION_ID],
        },
      },
    ]);
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Naam' }).value).toBe(''),
    );
  });
});

describe('UserForm for an existing user', () => {
  it('shows the user, without the e-mail address (it cannot change) and with an optional password', () => {
    renderForm(existing);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Naam' }).value).toBe(
      'Anna de Vries',
    );
    expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).toBeNull();
    const checked = (name: string) =>
      screen.getByRole<HTMLInputElement>('checkbox', { name }).checked;
    expect(checked('Aanvrager (organisatie)')).toBe(true);
    expect(checked('Beoordelaar')).toBe(false);
    expect(checked('Buurthuis De Linde')).toBe(true);
    expect(checked('Actief')).toBe(true);
    expect(screen.getByLabelText('Nieuw wachtwoord (niet verplicht)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeTruthy();
  });

  it('keeps the password when the field stays empty', async () => {
    const calls = answerWith(existing);
    renderForm(existing);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Actief' }));
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    await screen.findByText('De wijzigingen zijn opgeslagen.');
    expect(calls).toEqual([
      {
        method: 'PATCH',
        url: `/api/users/${USER_ID}`,
        body: {
          name: 'Anna de Vries',
          roles: ['applicant'],
          organisationIds: [ORGANISATION_ID],
          active: false,
        },
      },
    ]);
  });

  it('refuses a common password and a user without roles, in Dutch', async () => {
    const calls = answerWith(existing);
    renderForm(existing);
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Aanvrager (organisatie)' }));
    await user.type(screen.getByLabelText('Nieuw wachtwoord (niet verplicht)'), 'Wachtwoord2024!');
    await user.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const summary = await screen.findByRole('group', { name: 'Er is iets niet goed ingevuld' });
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Kies minstens één rol.',
      'Dit wachtwoord staat op de lijst van meest gebruikte wachtwoorden en wordt als eerste geraden. Kies een ander, bijvoorbeeld een zin van een paar woorden.',
    ]);
    expect(calls).toEqual([]);
  });
});
