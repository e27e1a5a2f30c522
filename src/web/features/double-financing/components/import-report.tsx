import type { WmoImport } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatCount } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { cell, Table } from '../../../components/table.tsx';

const texts = doubleFinancingTexts.import;

/** What an import read, kept and refused. The reasons come from the server in English. */
/** `idPrefix` keeps ids unique when one import is reported twice on a page. */
export function ImportReport({ item, idPrefix }: { item: WmoImport; idPrefix: string }) {
  const facts: [string, string][] = [
    [texts.report.status, doubleFinancingTexts.importStatus[item.status]],
    [texts.report.format, doubleFinancingTexts.formats[item.format]],
    [texts.report.read, formatCount(item.recordsRead)],
    [texts.report.imported, formatCount(item.recordsImported)],
  ];
  if (item.versionsSuperseded > 0)
    facts.push([texts.report.superseded, formatCount(item.versionsSuperseded)]);
  if (item.allocationsRemoved > 0)
    facts.push([texts.report.removed, formatCount(item.allocationsRemoved)]);
  if (item.messageIds.length > 0)
    facts.push([texts.report.messages, formatCount(item.messageIds.length)]);
  if (item.finishedAt) facts.push([texts.report.finished, formatMoment(item.finishedAt)]);
  return (
    <>
      <Facts rows={facts} />
      {item.refused.length > 0 ? (
        <>
          <h4 className="utrecht-heading-4">{texts.refusedTitle}</h4>
          <p className="utrecht-paragraph">{texts.refusedIntro}</p>
          <Table
            id={`${idPrefix}-geweigerd-${item.id}`}
            caption={texts.refusedCaption(item.refused.length)}
            columns={[
              { label: texts.refusedColumns.file },
              { label: texts.refusedColumns.record },
              { label: texts.refusedColumns.reason },
            ]}
          >
            {item.refused.map((refusal, index) => (
              <tr className="utrecht-table__row" key={index}>
                <td className={cell.data}>{refusal.file}</td>
                <td className={cell.data}>{refusal.record ?? texts.wholeFile}</td>
                <td className={cell.data} lang="en">
                  {refusal.reason}
                </td>
              </tr>
            ))}
          </Table>
        </>
      ) : null}
    </>
  );
}
