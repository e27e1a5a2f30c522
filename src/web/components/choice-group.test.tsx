import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ChoiceGroup, type ChoiceOption } from './choice-group.tsx';

const roles: ChoiceOption[] = [
  { value: 'applicant', label: 'Aanvrager' },
  { value: 'assessor', label: 'Beoordelaar' },
  { value: 'admin', label: 'Beheerder' },
];

/** A form with one group, as the forms use it: a Controller's field spread onto the group. */
function RolesForm({ onSubmit }: { onSubmit: (roles: string[]) => void }) {
  const form = useForm<{ roles: string[] }>({ defaultValues: { roles: [] } });
  return (
    <form onSubmit={(event) => void form.handleSubmit((values) => onSubmit(values.roles))(event)}>
      <Controller
        control={form.control}
        name="roles"
        render={({ field }) => (
          <ChoiceGroup
            type="checkbox"
            id="rollen"
            legend="Rollen"
            description="Kies minstens één rol."
            options={roles}
            {...field}
          />
        )}
      />
      <button type="submit">Opslaan</button>
    </form>
  );
}

describe('ChoiceGroup', () => {
  it('reports the checked values to react-hook-form in the order of the options', async () => {
    const submitted: string[][] = [];
    render(<RolesForm onSubmit={(value) => submitted.push(value)} />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('checkbox', { name: 'Beheerder' }));
    await user.click(screen.getByRole('checkbox', { name: 'Aanvrager' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await user.click(screen.getByRole('checkbox', { name: 'Beheerder' }));
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(submitted).toEqual([['applicant', 'admin'], ['applicant']]);
  });

  it('is a fieldset named by its legend and described by its hint and error', () => {
    render(
      <ChoiceGroup
        type="checkbox"
        id="rollen"
        legend="Rollen"
        name="roles"
        description="Kies minstens één rol."
        error="Kies minstens één rol."
        options={roles}
        value={[]}
        onChange={() => {}}
      />,
    );
    const group = screen.getByRole('group', { name: 'Rollen' });
    const described = group
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Kies minstens één rol.', 'Fout: Kies minstens één rol.']);
    // The error summary links to the first option.
    expect(document.getElementById('rollen-0')).toBe(
      screen.getByRole('checkbox', { name: 'Aanvrager' }),
    );
    expect(
      screen.getAllByRole('checkbox').every((box) => box.getAttribute('aria-invalid') === 'true'),
    ).toBe(true);
  });

  it('as radio buttons reports the one chosen value, with each option its own hint', async () => {
    const chosen: string[] = [];
    render(
      <ChoiceGroup
        type="radio"
        id="route"
        legend="Hoe komt de deelnemer binnen?"
        name="route"
        options={[
          { value: 'self', label: 'Op eigen initiatief' },
          { value: 'referral', label: 'Via een verwijzer', description: 'Huisarts of wijkteam.' },
        ]}
        value="self"
        onChange={(value) => chosen.push(value)}
      />,
    );
    expect(
      screen.getByRole<HTMLInputElement>('radio', { name: 'Op eigen initiatief' }).checked,
    ).toBe(true);
    const referral = screen.getByRole('radio', { name: 'Via een verwijzer' });
    expect(document.getElementById(referral.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Huisarts of wijkteam.',
    );
    await userEvent.click(referral);
    expect(chosen).toEqual(['referral']);
  });

  it('says so when there is nothing to choose', () => {
    render(
      <ChoiceGroup
        type="checkbox"
        id="organisaties"
        legend="Organisaties"
        name="organisationIds"
        options={[]}
        value={[]}
        onChange={() => {}}
        emptyText="Er zijn nog geen organisaties."
      />,
    );
    expect(screen.getByText('Er zijn nog geen organisaties.')).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('shows a scale of marks as a row of radio buttons', async () => {
    const chosen: string[] = [];
    render(
      <ChoiceGroup
        type="radio"
        layout="scale"
        id="cijfer"
        legend="Welk cijfer geeft u?"
        name="cijfer"
        options={['0', '1', '2'].map((value) => ({ value, label: value }))}
        value={null}
        onChange={(value) => chosen.push(value)}
      />,
    );
    await userEvent.click(screen.getByRole('radio', { name: '2' }));
    expect(chosen).toEqual(['2']);
    expect(document.querySelectorAll('.sr-score-options .sr-score-option')).toHaveLength(3);
  });
});
