import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { Provision } from '../../../../server/features/provisions/provisions.schemas.ts';
import { provisionsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = provisionsTexts.list;

export function ProvisionTable({
  provisions,
  showOrganisation,
}: {
  provisions: Provision[];
  showOrganisation: boolean;
}) {
  if (provisions.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      caption={texts.caption(provisions.length)}
      columns={[
        texts.columns.name,
        texts.columns.category,
        texts.columns.organisation,
        texts.columns.neighbourhood,
        { label: texts.columns.dayParts, numeric: true },
      ]}
    >
      {provisions.map((provision) => (
        <tr className="utrecht-table__row" key={provision.id}>
          <th scope="row" className="utrecht-table__cell">
            <Link
              to="/beheer/voorzieningen/$provisionId"
              params={{ provisionId: provision.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {provision.name}
            </Link>
          </th>
          <td className="utrecht-table__cell">{CATEGORY_LABELS[provision.category]}</td>
          {showOrganisation ? (
            <td className="utrecht-table__cell">{provision.organisationName}</td>
          ) : null}
          <td className="utrecht-table__cell">{provision.neighbourhoodName ?? texts.unknown}</td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
            {provision.dayPartsPerWeek}
          </td>
        </tr>
      ))}
    </Table>
  );
}
