import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cell, Table } from './table.tsx';

describe('Table', () => {
  it('names the table and its scrollable region by the caption, with a header cell per column', () => {
    render(
      <Table
        caption="Alle gebruikers (2)"
        columns={[
          'Naam',
          { label: 'Leden', numeric: true },
          { label: 'Acties', hiddenLabel: true },
        ]}
      >
        <tr>
          <th scope="row" className={cell.data}>
            Anna
          </th>
          <td className={cell.number}>3</td>
          <td className={cell.data}>–</td>
        </tr>
      </Table>,
    );

    const table = screen.getByRole('table', { name: 'Alle gebruikers (2)' });
    expect(table.querySelector('caption')?.textContent).toBe('Alle gebruikers (2)');
    const region = screen.getByRole('region', { name: 'Alle gebruikers (2)' });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(table)).toBe(true);

    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Naam', 'Leden', 'Acties']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    expect(headers[1]!.className).toContain('utrecht-table__header-cell--numeric-column');
    expect(headers[2]!.querySelector('.sr-visually-hidden')?.textContent).toBe('Acties');
    expect(within(table).getByRole('rowheader').textContent).toBe('Anna');
  });

  it('can hide the caption from sight while keeping the table named', () => {
    render(
      <Table id="cijfers" caption="Cijfers per week" captionHidden columns={['Week', 'Aantal']}>
        <tr>
          <td>1</td>
          <td>12</td>
        </tr>
      </Table>,
    );
    const table = screen.getByRole('table', { name: 'Cijfers per week' });
    expect(table.id).toBe('cijfers');
    expect(table.querySelector('caption')?.id).toBe('cijfers-titel');
    expect(table.querySelector('caption')?.className).toContain('sr-visually-hidden');
  });

  it('takes header rows of its own and a foot, for a grid with grouped columns', () => {
    render(
      <Table
        caption="Aanwezigheid"
        head={
          <tr>
            <th scope="colgroup" colSpan={2}>
              Maandag
            </th>
          </tr>
        }
        foot={
          <tr>
            <td>Totaal</td>
            <td>4</td>
          </tr>
        }
      >
        <tr>
          <td>x</td>
          <td>y</td>
        </tr>
      </Table>,
    );
    const table = screen.getByRole('table', { name: 'Aanwezigheid' });
    expect(within(table).getByRole('columnheader').textContent).toBe('Maandag');
    expect(table.querySelector('tfoot')?.textContent).toBe('Totaal4');
  });
});
