import { Link } from '@tanstack/react-router';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import { organisationsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = organisationsTexts.list;

export function OrganisationTable({ organisations }: { organisations: Organisation[] }) {
  if (organisations.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      caption={texts.caption(organisations.length)}
      columns={[
        texts.columns.name,
        texts.columns.kvkNumber,
        texts.columns.city,
        { label: texts.columns.members, numeric: true },
      ]}
    >
      {organisations.map((organisation) => (
        <tr className="utrecht-table__row" key={organisation.id}>
          <th scope="row" className="utrecht-table__cell">
            <Link
              to="/beheer/organisaties/$organisationId"
              params={{ organisationId: organisation.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {organisation.name}
            </Link>
          </th>
          <td className="utrecht-table__cell">{organisation.kvkNumber ?? texts.unknown}</td>
          <td className="utrecht-table__cell">{organisation.city ?? texts.unknown}</td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
            {organisation.memberCount}
          </td>
        </tr>
      ))}
    </Table>
  );
}
