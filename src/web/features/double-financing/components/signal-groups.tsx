import type { SignalList } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { providerLetterUrl } from '../api/double-financing-api.ts';
import { formatCount } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { cell, Table } from '../../../components/table.tsx';

const texts = doubleFinancingTexts.signals;
const columns = texts.groupColumns;

/** Signals per provision, each with a button that shows only that provision's signals. */
export function ProvisionGroups({
  groups,
  onShow,
}: {
  groups: SignalList['byProvision'];
  onShow: (provisionId: string) => void;
}) {
  return (
    <Table
      id="voorzieningen-tabel"
      caption={texts.byProvisionCaption}
      columns={[
        { label: columns.provision },
        { label: columns.organisation },
        { label: columns.count, numeric: true },
        { label: columns.open, numeric: true },
        { label: columns.show },
      ]}
    >
      {groups.map((group) => (
        <tr className="utrecht-table__row" key={group.provisionId}>
          <th scope="row" className={cell.header}>
            {group.provisionName}
          </th>
          <td className={cell.data}>{group.organisationName}</td>
          <td className={cell.number}>{formatCount(group.count)}</td>
          <td className={cell.number}>{formatCount(group.open)}</td>
          <td className={cell.data}>
            <Button appearance="subtle" onClick={() => onShow(group.provisionId)}>
              {texts.showProvision(group.provisionName)}
            </Button>
          </td>
        </tr>
      ))}
    </Table>
  );
}

/** Signals per provider, with the letter (PDF) of its open signals. */
export function ProviderGroups({
  groups,
  onShow,
}: {
  groups: SignalList['byProvider'];
  onShow: (providerAgb: string) => void;
}) {
  return (
    <Table
      id="aanbieders-tabel"
      caption={texts.byProviderCaption}
      columns={[
        { label: columns.provider },
        { label: columns.count, numeric: true },
        { label: columns.open, numeric: true },
        { label: columns.letter },
        { label: columns.show },
      ]}
    >
      {groups.map((group) => (
        <tr className="utrecht-table__row" key={group.providerAgb}>
          <th scope="row" className={cell.header}>
            {group.providerAgb}
          </th>
          <td className={cell.number}>{formatCount(group.count)}</td>
          <td className={cell.number}>{formatCount(group.open)}</td>
          <td className={cell.data}>
            {group.open > 0 ? (
              <a
                href={providerLetterUrl(group.providerAgb)}
                className="utrecht-link utrecht-link--html-a"
                download
              >
                {texts.letter(group.providerAgb)}
              </a>
            ) : (
              texts.noOpen
            )}
          </td>
          <td className={cell.data}>
            <Button appearance="subtle" onClick={() => onShow(group.providerAgb)}>
              {texts.showProvider(group.providerAgb)}
            </Button>
          </td>
        </tr>
      ))}
    </Table>
  );
}
