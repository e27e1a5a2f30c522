import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { Provision } from '../../../../server/features/provisions/provisions.schemas.ts';
import { provisionsTexts } from '../texts.ts';

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
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">
          {texts.caption(provisions.length)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.name}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.category}
            </th>
            {showOrganisation ? (
              <th scope="col" className="utrecht-table__header-cell">
                {texts.columns.organisation}
              </th>
            ) : null}
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.neighbourhood}
            </th>
            <th
              scope="col"
              className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column"
            >
              {texts.columns.dayParts}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {provisions.map((provision) => (
            <tr className="utrecht-table__row" key={provision.id}>
              <th scope="row" className="utrecht-table__cell">
                <Link
                  to="/voorzieningen/$provisionId"
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
              <td className="utrecht-table__cell">
                {provision.neighbourhoodName ?? texts.unknown}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                {provision.dayPartsPerWeek}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
