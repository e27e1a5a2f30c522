import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CheckboxField } from './checkbox-field.tsx';
import { SelectField } from './select-field.tsx';
import { TextField } from './text-field.tsx';
import { TextareaField } from './textarea-field.tsx';

/** The texts of the elements an element is described by, in order. */
function descriptions(element: HTMLElement): string[] {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`);
}

describe('TextField', () => {
  it('links its label, hint and error to the text box and marks it invalid', () => {
    render(
      <TextField
        id="naam"
        label="Naam"
        description="Zoals op de website."
        error="Vul een naam in."
        defaultValue=""
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Naam' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(box)).toEqual(['Zoals op de website.', 'Fout: Vul een naam in.']);
    expect(document.getElementById('naam-fout')?.textContent).toBe('Fout: Vul een naam in.');
  });

  it('without an error is neither invalid nor described by one', () => {
    render(<TextField id="plaats" label="Plaats" defaultValue="Utrecht" />);
    const box = screen.getByRole('textbox', { name: 'Plaats' });
    expect(box.hasAttribute('aria-invalid')).toBe(false);
    expect(box.hasAttribute('aria-describedby')).toBe(false);
    expect(document.getElementById('plaats-fout')).toBeNull();
  });

  it('keeps a hidden label for assistive technology', () => {
    render(<TextField id="bedrag-1" label="Bedrag van regel 1" hideLabel defaultValue="" />);
    const box = screen.getByRole('textbox', { name: 'Bedrag van regel 1' });
    expect(box.closest('.utrecht-form-field')?.querySelector('.sr-visually-hidden')).not.toBeNull();
  });
});

describe('SelectField', () => {
  it('offers a placeholder, options and groups, and shows its error', () => {
    render(
      <SelectField
        id="buurt"
        label="Buurt"
        placeholder="Kies een buurt"
        groups={[{ label: 'Noord', options: [{ value: 'BU01', label: 'Oost' }] }]}
        options={[{ value: 'BU00', label: 'Centrum' }]}
        error="Kies een buurt."
        defaultValue=""
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Buurt' });
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Kies een buurt',
      'Centrum',
      'Oost',
    ]);
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(descriptions(select)).toEqual(['Fout: Kies een buurt.']);
  });
});

describe('TextareaField', () => {
  it('counts the characters against the limit and marks a text that is too long', () => {
    render(
      <TextareaField
        id="toelichting"
        label="Toelichting"
        description="Kort en duidelijk."
        limit={10}
        length={12}
        defaultValue="Twaalf tekens"
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Toelichting' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const [hint, counter] = descriptions(box);
    expect(hint).toBe('Kort en duidelijk.');
    expect(counter).toBe('12 van 10 tekens: 2 te veel.');
  });
});

describe('CheckboxField', () => {
  it('puts the box before its label and links the hint and the error', async () => {
    render(
      <CheckboxField
        id="actief"
        label="Actief"
        description="Een inactieve gebruiker kan niet meer inloggen."
        error="Kies of de gebruiker actief is."
      />,
    );
    const box = screen.getByRole('checkbox', { name: 'Actief' });
    expect(descriptions(box)).toEqual([
      'Een inactieve gebruiker kan niet meer inloggen.',
      'Fout: Kies of de gebruiker actief is.',
    ]);
    await userEvent.click(screen.getByText('Actief'));
    expect((box as HTMLInputElement).checked).toBe(true);
  });
});
