import { useEffect, useRef, useState } from 'react';
import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Button } from '../../../components/button.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatCount } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { ImportReport } from './import-report.tsx';
import { cell, Table } from '../../../components/table.tsx';

const texts = doubleFinancingTexts.import;
const columns = texts.columns;

/** The files imported before, newest first; the report of one of them below the table. */
export function ImportsTable({ items }: { items: WmoImport[] }) {
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = items.find((item) => item.id === shownId);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);

  return (
    <>
      <Table
        id="importen"
        caption={texts.listCaption(items.length)}
        columns={[
          { label: columns.file },
          { label: columns.format },
          { label: columns.at },
          { label: columns.status },
          { label: columns.read, numeric: true },
          { label: columns.imported, numeric: true },
          { label: columns.refused, numeric: true },
        ]}
      >
        {items.map((item) => (
          <tr className="utrecht-table__row" key={item.id}>
            <th scope="row" className={cell.header}>
              <Button
                appearance="subtle"
                aria-label={texts.showReport(item.fileName)}
                aria-expanded={shownId === item.id}
                aria-controls="import-verslag"
                onClick={() => setShownId(shownId === item.id ? null : item.id)}
              >
                {item.fileName}
              </Button>
            </th>
            <td className={cell.data}>{doubleFinancingTexts.formats[item.format]}</td>
            <td className={`${cell.data} sr-nowrap`}>{formatMoment(item.createdAt)}</td>
            <td className={cell.data}>{doubleFinancingTexts.importStatus[item.status]}</td>
            <td className={cell.number}>{formatCount(item.recordsRead)}</td>
            <td className={cell.number}>{formatCount(item.recordsImported)}</td>
            <td className={cell.number}>{formatCount(item.refused.length)}</td>
          </tr>
        ))}
      </Table>
      <div id="import-verslag">
        {shown ? (
          <section aria-labelledby="import-verslag-titel">
            <h3 id="import-verslag-titel" className="utrecht-heading-3" tabIndex={-1} ref={heading}>
              {texts.reportTitle(shown.fileName)}
            </h3>
            <ImportReport item={shown} idPrefix="eerder" />
          </section>
        ) : null}
      </div>
    </>
  );
}
